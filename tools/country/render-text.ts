// A ListDocument written in the Word text export's layout (TAB before every cell, a cell's
// further paragraphs on untabbed lines, a blank line after every row), with the layout
// oddities the seeds show drawn at their measured rates: rows cut in two by a stray blank
// line, double blank lines, rows opened by spaces instead of a blank line. Those exist only
// in this format; a .docx or .xlsx of the same document has none of them.

import type { Random } from '../../domain/seeded-random';
import { isHeaderRow, type ListDocument } from './document';
import type { Oddities } from './oddities';

// shortRow is measured but not drawn: rows written without their 序号/管理事项 cells are read
// with the agency as 序号 (MATTER_WITHOUT_AGENCY, TEXT_LOST), while the seeds' own short rows
// are put back by content. See docs/synthetic-country.md.
export type TextLayoutOddities = Pick<Oddities, 'splitRow' | 'extraBlankLines' | 'rowStartMark'>;

export const NO_ODDITIES: TextLayoutOddities = { splitRow: 0, extraBlankLines: 0, rowStartMark: 0 };

function cellLines(text: string): string[] {
  const [first, ...rest] = text.split('\n');
  return [`\t${first}`, ...rest];
}

export function renderText(document: ListDocument, random: Random, odd: TextLayoutOddities = NO_ODDITIES): string {
  const lines: string[] = [];
  for (const block of document.blocks) {
    if (block.kind === 'paragraph') {
      lines.push(...block.text.split('\n'), '');
      continue;
    }
    [block.header, ...block.rows].forEach((row, r) => {
      // A repeated header row stays whole: cut, the loader would read half of it as data.
      const data = r > 0 && !isHeaderRow(block, row);
      const marked = data && random() < odd.rowStartMark;
      const cut = data && row.length >= 3 && random() < odd.splitRow ? 1 + Math.floor(random() * (row.length - 1)) : 0;
      const pieces = cut > 0 ? [...row.slice(0, cut).flatMap(cellLines), '', ...row.slice(cut).flatMap(cellLines)] : row.flatMap(cellLines);
      // The spaces mark the new row, so the blank line before it goes.
      if (marked) {
        lines.pop();
        pieces[0] = ` ${pieces[0]}`;
      }
      lines.push(...pieces, '');
      if (random() < odd.extraBlankLines) lines.push('');
    });
  }
  return `${lines.join('\n')}\n`;
}
