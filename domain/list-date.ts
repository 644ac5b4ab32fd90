// A list's date as people read it, and as the newer-list rule compares it. A date is as
// precise as its source: 2016 (年度 in a title), 2016-03 (二〇一六年三月 under a 落款) or
// 2016-03-15. Comparing a year with a day needs a rule, kept here in one place: a list
// dated 2016 counts from the first day of 2016, an as-of date 2016 reaches its last day.
import type { ListDate } from './records';

export const UNKNOWN_LIST_DATE: ListDate = { year: null, date: null, origin: 'unknown', line: null };

const CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The earliest and latest year a list may plausibly carry (a list system began in 2014). */
export const LIST_YEARS = { min: 1980, max: 2099 } as const;

/** YYYY, YYYY-MM or YYYY-MM-DD when it names a real day (2016-02-30 does not), else null. */
export function calendarDate(value: string): string | null {
  const m = CALENDAR_DATE.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < LIST_YEARS.min || year > LIST_YEARS.max) return null;
  if (m[2] === undefined) return m[1];
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return `${m[1]}-${m[2]}`;
  const day = Number(m[3]);
  if (day < 1 || day > daysIn(year, month)) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date given at load (`--as-of 2016`): origin 'given', no line. */
export function givenListDate(date: string): ListDate {
  return { year: Number(date.slice(0, 4)), date, origin: 'given', line: null };
}

/** 2016年, 2016年3月, 2016年3月15日, 日期不详. */
export function listDateLabel(d: Pick<ListDate, 'date'>): string {
  if (!d.date) return '日期不详';
  const [year, month, day] = d.date.split('-');
  return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
}

/** The first day a date may denote (2016 → 2016-01-01). */
export function firstDayOf(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day a date may denote (2016 → 2016-12-31, 2016-02 → 2016-02-29). */
export function lastDayOf(date: string): string {
  const [year, month = '12', day] = date.split('-');
  return `${year}-${month}-${day ?? String(daysIn(Number(year), Number(month))).padStart(2, '0')}`;
}
