// The fuzz suite's own check for silent loss, independent of the loader's per-section
// TEXT_LOST: over the whole file, every line of every table cell the reader saw must be
// found (by its Han characters and letters) in the records of the department whose lines
// hold it, or in a diagnostic. A file refused with an error is accounted for by the error.
import type { Block } from '../../../loaders/blocks';
import type { Department, Diagnostic, LoadResult } from '../../../domain/records';
import { textKey } from '../../../loaders/parse/coverage';
import { declaredName, sectionHeading } from '../../../loaders/parse/headings';
import { isLabelPiece } from '../../../loaders/parse/table';

export interface SilentLoss {
  line: number;
  text: string;
}

function departmentTexts(d: Department): string[] {
  const texts = [d.name];
  for (const x of d.duties) texts.push(x.text, x.items.map(textKey).join(''), x.office ?? '', x.remarks ?? '');
  for (const m of d.boundaryMatters) {
    texts.push(m.title);
    for (const a of m.assignments) texts.push(a.agencyRaw, a.division, a.case ?? '', a.bases.map((b) => textKey(b.raw)).join(''));
  }
  for (const s of d.services) texts.push(s.title, s.content ?? '', s.units.map(textKey).join(''), s.phones.join(''));
  for (const r of d.supervision) texts.push(...r.path, r.text);
  return texts;
}

const corpusOf = (texts: string[]): string =>
  texts
    .map(textKey)
    .filter((t) => t.length > 0)
    .join('|');

export function silentLosses(blocks: Block[], result: LoadResult): SilentLoss[] {
  if (result.diagnostics.some((d) => d.severity === 'error')) return [];
  const diagnostics = corpusOf(result.diagnostics.flatMap((d: Diagnostic) => [d.raw, d.message]));
  const departments = result.departments.map((d) => ({ from: d.source.line, to: d.source.endLine, corpus: corpusOf(departmentTexts(d)) }));
  const lost: SilentLoss[] = [];
  for (const block of blocks) {
    // A section heading or a 部门名称 line written in a cell names things; it is no data.
    if (block.kind !== 'row' || sectionHeading(block) !== null || declaredName(block) !== null) continue;
    for (const cell of block.cells) {
      cell.text.split('\n').forEach((piece, offset) => {
        const key = textKey(piece);
        if (key.length === 0 || isLabelPiece(piece) || diagnostics.includes(key)) return;
        const line = cell.line + offset;
        const own = departments.filter((d) => line >= d.from && line <= d.to);
        if (!own.some((d) => d.corpus.includes(key))) lost.push({ line, text: piece.trim().slice(0, 80) });
      });
    }
  }
  return lost;
}
