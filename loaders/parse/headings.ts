// Recognises the paragraphs that structure a list: section headings (部门职责,
// 与相关部门的职责边界, 公共服务事项, 事中事后监管制度) and department titles.
import type { Block } from '../blocks';
import {
  DEPARTMENT_NAME_LINE,
  HEADING_NUMBER,
  LIST_TITLE_SUFFIX,
  PROSE_PUNCTUATION,
  SECTION_KEYWORDS,
  TITLE_END,
  TITLE_LINE,
  TITLE_YEAR_PHRASE,
  type SectionKind,
} from '../rules';
import { clean } from './text';

/** The text of a block that can be a heading: a paragraph, or a row of one cell (000 opens with one). */
export function headingText(block: Block): string | null {
  if (block.kind === 'text') return clean(block.text);
  const filled = block.cells.filter((c) => clean(c.text).length > 0);
  if (filled.length === 1 && block.cells.length <= 2 && !clean(filled[0].text).includes('\n')) return clean(filled[0].text);
  return null;
}

export interface SectionHeading {
  kind: SectionKind;
  text: string;
}

export function sectionHeading(block: Block): SectionHeading | null {
  const text = headingText(block);
  if (text === null || text.length > 40) return null;
  const numbered = HEADING_NUMBER.exec(text);
  const rest = numbered ? text.slice(numbered[0].length) : text;
  for (const kind of Object.keys(SECTION_KEYWORDS) as SectionKind[]) {
    const match = SECTION_KEYWORDS[kind].exec(rest);
    // Without a number, only the bare keyword is a heading: a sentence mentioning 部门职责 is not.
    if (match && (numbered || match.groups?.infix === '')) return { kind, text };
  }
  return null;
}

/** A paragraph that can be (part of) a department title: an organisation name, maybe ending in 责任清单. */
export function isTitleLine(block: Block): boolean {
  if (block.kind !== 'text') return false;
  // A year (2015年度…责任清单, …（2016年版）) is the list's date (list-date.ts), not part of a name.
  const text = clean(block.text).replace(/\s+/g, '').replace(TITLE_YEAR_PHRASE, '');
  return TITLE_LINE.test(text) && TITLE_END.test(text) && !PROSE_PUNCTUATION.test(text);
}

/** Title lines joined as written, without whitespace: 衡阳市蒸湘区经济贸易局（蒸湘区旅游局、蒸湘区招商合作局）责任清单. */
export function titleText(lines: Block[]): string {
  return lines.map((b) => (b.kind === 'text' ? clean(b.text).replace(/\s+/g, '') : '')).join('');
}

/** Title lines without the 责任清单 suffix and a year, joined: 衡阳市蒸湘区经济贸易局（蒸湘区旅游局、蒸湘区招商合作局）. */
export function titleName(lines: Block[]): string {
  return titleText(lines).replace(TITLE_YEAR_PHRASE, '').replace(LIST_TITLE_SUFFIX, '');
}

/** 部门名称（盖章）石家庄市鹿泉区工业和信息化局 → the name. */
export function declaredName(block: Block): string | null {
  if (block.kind !== 'text' || !(block.text.includes('部门名称') || block.text.includes('单位'))) return null;
  return DEPARTMENT_NAME_LINE.exec(clean(block.text))?.groups?.name ?? null;
}
