// Layout oddities of the Word text export, measured on the seeds' raw text: what the
// loader has to repair, which a clean generated list would never exercise. Measured through
// the project's own tokenizer (loaders/tokenize.ts) so a "row" is the row the pipeline sees.

import type { Block } from '../../loaders/blocks';
import { tokenize } from '../../loaders/tokenize';

export interface Oddities {
  /** Data rows after which the header row is repeated (Word repeats it after a page break). */
  repeatedHeader: number;
  /** Non-empty cells holding more than one paragraph (continued on untabbed lines). */
  continuedCell: number;
  /** Data rows cut in two by a stray blank line (both halves short of the header's width). */
  splitRow: number;
  /** Data rows short of the header's width that are not half of a split row: the seeds'
   *  boundary rows continuing a matter without its 序号 and 管理事项 cells. */
  shortRow: number;
  /** Gaps between two rows that hold two or more blank lines instead of one. */
  extraBlankLines: number;
  /** Rows opened by spaces before the TAB, with no blank line before them. */
  rowStartMark: number;
}

type Row = Extract<Block, { kind: 'row' }>;

function ratio(part: number, whole: number): number {
  return whole ? Math.round((part / whole) * 10000) / 10000 : 0;
}

const isHeader = (row: Row): boolean => row.cells[0]?.text.trim() === '序号';

/** Oddities of the given raw texts (one list file each), as shares of their opportunities. */
export function measureOddities(texts: string[]): Oddities {
  let dataRows = 0;
  let repeated = 0;
  let cells = 0;
  let continued = 0;
  let split = 0;
  let short = 0;
  let gaps = 0;
  let wideGaps = 0;
  let marked = 0;
  for (const text of texts) {
    const lines = text.split(/\r\n|\r|\n/);
    const blocks = tokenize(text);
    let width = 0;
    let previous: Block | null = null;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      if (block.kind === 'row' && previous?.kind === 'row') {
        gaps++;
        if (block.line - previous.endLine - 1 >= 2) wideGaps++;
        if (/^ +\t/.test(lines[block.line - 1] ?? '')) marked++;
      }
      previous = block;
      if (block.kind !== 'row') {
        width = 0;
        continue;
      }
      if (isHeader(block)) {
        if (width > 0) repeated++;
        width = block.cells.length;
        continue;
      }
      if (width === 0) continue;
      dataRows++;
      for (const cell of block.cells) {
        if (!cell.text.trim()) continue;
        cells++;
        if (cell.text.trim().includes('\n')) continued++;
      }
      const next = blocks[i + 1];
      if (
        block.cells.length < width &&
        next?.kind === 'row' &&
        !isHeader(next) &&
        next.cells.length < width &&
        block.cells.length + next.cells.length === width
      ) {
        split++;
        i++;
        previous = next;
      } else if (block.cells.length < width) {
        short++;
      }
    }
  }
  return {
    repeatedHeader: ratio(repeated, dataRows),
    continuedCell: ratio(continued, cells),
    splitRow: ratio(split, dataRows),
    shortRow: ratio(short, dataRows),
    extraBlankLines: ratio(wideGaps, gaps),
    rowStartMark: ratio(marked, gaps),
  };
}
