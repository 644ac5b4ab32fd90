// When a list was issued, read from its own words. Lists from before and after the
// 2018–2019 reform name different departments for the same matter, so a planner must see
// which is which. Only three kinds of line say when the list itself was issued:
//   - its title (2015年度安化县工业和信息化局责任清单, …责任清单（2016年版）): a year;
//   - a line that says nothing else (印发日期：2016年3月15日, （2016年3月印发）);
//   - the date under the 落款 (二〇一六年三月 / 2016年3月15日 on a line of its own).
// Dates anywhere else are about something else: a basis (《…》（2013年修订）, 〔2011〕46号,
// 商务部令2012年第9号), a case (2014年5月14日，市政府召开…), a rule (该裁量权基准已于2012年12月
// 公布…). Those stand in table cells or inside sentences, so they never match: a line that
// is only a date is the list's, a sentence with a date in it is not.
import { calendarDate, UNKNOWN_LIST_DATE } from '../../domain/list-date';
import type { ListDate } from '../../domain/records';
import type { Block } from '../blocks';
import { ISSUE_LINE, LIST_TITLE_SUFFIX, PROSE_PUNCTUATION, TITLE_YEAR, TITLE_YEAR_PHRASE, WRITTEN_DATE } from '../rules';
import { headingText } from './headings';
import { clean } from './text';

const CHINESE_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  '○': 0,
  Ｏ: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 二〇一六 → 2016: a year is written digit by digit. */
export function chineseYear(text: string): number | null {
  const digits = [...text].map((c) => CHINESE_DIGITS[c]);
  return digits.length === 4 && digits.every((d) => d !== undefined) ? Number(digits.join('')) : null;
}

/** 三 → 3, 十 → 10, 十二 → 12, 二十 → 20, 三十一 → 31: months and days are written as numbers. */
export function chineseNumber(text: string): number | null {
  if (/^[一二三四五六七八九]$/.test(text)) return CHINESE_DIGITS[text];
  const m = /^(?<tens>[一二三]?)十(?<ones>[一二三四五六七八九]?)$/.exec(text);
  if (!m?.groups) return null;
  const { tens, ones } = m.groups;
  return (tens ? CHINESE_DIGITS[tens] : 1) * 10 + (ones ? CHINESE_DIGITS[ones] : 0);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The date a WRITTEN_DATE match denotes, as YYYY[-MM[-DD]], or null when it is no real day. */
function dateOfMatch(groups: Record<string, string | undefined>): string | null {
  const year = groups.y ? Number(groups.y) : groups.cy ? chineseYear(groups.cy) : null;
  if (year === null) return null;
  const month = groups.m ? Number(groups.m) : groups.cm ? chineseNumber(groups.cm) : undefined;
  const day = groups.d ? Number(groups.d) : groups.cd ? chineseNumber(groups.cd) : undefined;
  if (month === null || day === null) return null;
  const written = `${year}${month === undefined ? '' : `-${pad(month)}`}${month === undefined || day === undefined ? '' : `-${pad(day)}`}`;
  return calendarDate(written);
}

/** A written date (2016年3月15日, 二〇一六年三月) as YYYY[-MM[-DD]], or null. */
export function writtenDate(text: string): string | null {
  const m = WRITTEN_DATE.exec(text);
  return m?.groups ? dateOfMatch(m.groups) : null;
}

export type ListDateLineKind = 'title' | 'issued' | 'signed';

export interface ListDateLine {
  kind: ListDateLineKind;
  date: string;
  line: number;
}

/** A list title line carrying a year: no prose, no 《》 (a basis), ends in 清单 or a year in （）. */
function titleLineDate(text: string): string | null {
  if (text.length > 80 || text.includes('《') || PROSE_PUNCTUATION.test(text)) return null;
  const withoutYear = text.replace(TITLE_YEAR_PHRASE, '');
  if (!LIST_TITLE_SUFFIX.test(withoutYear) || withoutYear === text) return null;
  const m = TITLE_YEAR.exec(text);
  if (!m?.groups) return null;
  const year = m.groups.y ? Number(m.groups.y) : m.groups.cy ? chineseYear(m.groups.cy) : null;
  return year === null ? null : calendarDate(String(year));
}

/** What one paragraph says about the list's date, if it says anything. */
export function listDateLine(block: Block): ListDateLine | null {
  // A title may stand in a one-cell row (a spreadsheet); an issue or 落款 line is a paragraph.
  const heading = headingText(block);
  if (heading !== null) {
    const title = titleLineDate(heading.replace(/\s+/g, ''));
    if (title) return { kind: 'title', date: title, line: block.line };
  }
  if (block.kind !== 'text') return null;
  const text = clean(block.text).replace(/\s+/g, '');
  const m = ISSUE_LINE.exec(text);
  if (!m?.groups) return null;
  const date = dateOfMatch(m.groups);
  if (!date) return null;
  return { kind: m.groups.keyword || m.groups.after ? 'issued' : 'signed', date, line: block.line };
}

/**
 * The date of a list from its paragraphs: a title's year first (the list names itself), else
 * the first issue line, else the last 落款 date (it closes the list). Unknown when none.
 */
export function listDateOf(blocks: readonly Block[]): ListDate {
  const found = blocks.map(listDateLine).filter((d): d is ListDateLine => d !== null);
  const chosen =
    found.find((d) => d.kind === 'title') ?? found.find((d) => d.kind === 'issued') ?? found.filter((d) => d.kind === 'signed').at(-1);
  if (!chosen) return UNKNOWN_LIST_DATE;
  return { year: Number(chosen.date.slice(0, 4)), date: chosen.date, origin: 'text', line: chosen.line };
}

/**
 * A document's lists were issued together unless each says otherwise: a list whose own text
 * states no date takes the first date another list of the same document states (cited by
 * that line). The document's date is that first date.
 */
export function documentListDates(dates: readonly ListDate[]): { lists: ListDate[]; document: ListDate } {
  const first = dates.find((d) => d.origin === 'text') ?? UNKNOWN_LIST_DATE;
  return { lists: dates.map((d) => (d.origin === 'text' ? d : first)), document: first };
}
