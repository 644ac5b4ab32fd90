// No silent loss, checked by text: every line of every cell of a table section must reach
// a record or a diagnostic. Line ranges cannot see this (a record's range covers a line
// whose text went to a column nobody reads); comparing text can. Texts are compared by
// their Han characters and Latin letters only, so what the parser legitimately changes
// (spacing, numbering, punctuation between units, wrapped lines glued back) does not count
// as loss; a text found nowhere in the section's records and diagnostics is TEXT_LOST.
import type { Block } from '../blocks';
import type { BoundaryMatter, Diagnostic, Duty, PublicService } from '../../domain/records';
import { NOISE_LINE, PLACEHOLDER } from '../rules';
import { declaredName } from './headings';
import { isLabelPiece } from './table';

/** What the comparison keeps of a text: Han characters and Latin letters. */
export function textKey(text: string): string {
  return text.replace(/[^\p{Script=Han}A-Za-z]+/gu, '');
}

export interface SectionOutput {
  duties: Duty[];
  boundaryMatters: BoundaryMatter[];
  services: PublicService[];
  diagnostics: Diagnostic[];
}

function outputTexts(out: SectionOutput): string[] {
  const texts: string[] = [];
  for (const d of out.duties) texts.push(d.text, d.items.map(textKey).join(''), d.office ?? '', d.remarks ?? '');
  for (const m of out.boundaryMatters) {
    texts.push(m.title);
    for (const a of m.assignments) texts.push(a.agencyRaw, a.division, a.case ?? '', a.bases.map((b) => textKey(b.raw)).join(''));
  }
  for (const s of out.services) texts.push(s.title, s.content ?? '', s.units.map(textKey).join(''), s.phones.join(''));
  for (const d of out.diagnostics) texts.push(d.raw);
  return texts;
}

export interface LostText {
  line: number;
  text: string;
}

/** Lines of the section's cells (and of the paragraphs glued into them) that reached nothing. */
export function lostTexts(blocks: Block[], out: SectionOutput): LostText[] {
  const corpus = outputTexts(out)
    .map(textKey)
    .filter((t) => t.length > 0)
    .join('|');
  const lost: LostText[] = [];
  const check = (text: string, line: number): void => {
    text.split('\n').forEach((piece, offset) => {
      const key = textKey(piece);
      if (key.length === 0 || isLabelPiece(piece) || corpus.includes(key)) return;
      lost.push({ line: line + offset, text: piece.trim() });
    });
  };
  for (const block of blocks) {
    if (block.kind === 'row') {
      for (const cell of block.cells) check(cell.text, cell.line);
    } else if (!PLACEHOLDER.test(block.text) && !NOISE_LINE.test(block.text) && declaredName(block) === null) {
      check(block.text, block.line);
    }
  }
  return lost;
}
