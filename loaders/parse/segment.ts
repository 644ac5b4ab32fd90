// Splits a document's blocks into departments and each department into sections.
//
// A department begins where its title stands (安化县工业和信息化局责任清单, possibly over
// two lines: 衡阳市蒸湘区经济贸易局 / （蒸湘区旅游局、蒸湘区招商合作局）责任清单), or, for a
// document without titles, at its 部门职责 heading. Sections run from one heading to the next.
import type { Block } from '../blocks';
import { LIST_TITLE_SUFFIX, type SectionKind } from '../rules';
import { declaredName, isTitleLine, sectionHeading, titleName, titleText } from './headings';

export interface Section {
  kind: SectionKind;
  heading: string;
  line: number;
  blocks: Block[];
}

export interface Segment {
  /** Name read from the title lines, or null when the list has none. */
  title: string | null;
  /** The title lines as written (suffix kept), or null when the list has none. */
  titleText: string | null;
  /** Name from a 部门名称（盖章）… line, if any. */
  declared: string | null;
  line: number;
  endLine: number;
  /** Blocks after the title and before the first section heading. */
  preamble: Block[];
  sections: Section[];
  /** Every block of the department, for inference from its text. */
  blocks: Block[];
}

const MAX_TITLE_LINES = 3;

export function segment(blocks: Block[]): Segment[] {
  const headings = blocks.map(sectionHeading);
  const firstHeading = headings.findIndex((h) => h !== null);
  if (blocks.length === 0) return [];
  if (firstHeading < 0) {
    // No headings at all (a spreadsheet holding one table): one department, all preamble.
    const end = blocks[blocks.length - 1].endLine;
    return [{ title: null, titleText: null, declared: null, line: blocks[0].line, endLine: end, preamble: blocks, sections: [], blocks }];
  }

  /** Where the title lines standing right before block `start` begin (`start` when there are none). */
  const titleStart = (start: number): number => {
    let from = start;
    while (from > 0 && start - from < MAX_TITLE_LINES && isTitleLine(blocks[from - 1]) && headings[from - 1] === null) from--;
    return from;
  };

  // Where departments start: every 部门职责 heading, the first heading of any kind, and any heading
  // under a …清单 title (a list that begins with its boundary table).
  const titled: { from: number; start: number }[] = [];
  headings.forEach((h, i) => {
    if (!h) return;
    const from = titleStart(i);
    const listTitle = blocks.slice(from, i).some((b) => b.kind === 'text' && LIST_TITLE_SUFFIX.test(b.text.trim()));
    if (h.kind === 'duties' || i === firstHeading || listTitle) titled.push({ from, start: i });
  });

  return titled.map(({ from, start }, n) => {
    const to = n + 1 < titled.length ? titled[n + 1].from : blocks.length;
    const own = blocks.slice(n === 0 ? 0 : from, to);
    const titleLines = blocks.slice(from, start);
    const sections: Section[] = [];
    const preamble: Block[] = [];
    for (let i = start; i < to; i++) {
      const h = headings[i];
      if (h) sections.push({ kind: h.kind, heading: h.text, line: blocks[i].line, blocks: [] });
      else if (sections.length > 0) sections[sections.length - 1].blocks.push(blocks[i]);
      else preamble.push(blocks[i]);
    }
    const declared = own.map(declaredName).find((d) => d !== null) ?? null;
    return {
      title: titleLines.length > 0 ? titleName(titleLines) : null,
      titleText: titleLines.length > 0 ? titleText(titleLines) : null,
      declared,
      // The first department owns what stands before its title too (a list whose heading was lost).
      line: (n === 0 && own.length > 0 ? own[0] : (titleLines[0] ?? blocks[start])).line,
      endLine: own.length > 0 ? own[own.length - 1].endLine : blocks[start].endLine,
      preamble: [...(n === 0 ? blocks.slice(0, from) : []), ...preamble],
      sections,
      blocks: own,
    };
  });
}
