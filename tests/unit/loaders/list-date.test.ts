// List dates (issue 13): when a list was issued, read from its title, an issue line or the
// 落款, never from a basis, a 文号 or a case. The seeds: none of the five states when it was
// issued (grep -nE '(19|20)[0-9]{2}年|[〇零一二三四五六七八九]{4}年' over each seed finds only
// dates inside cells and sentences: 002:364–365 a case (2014年5月14日，市政府召开…), 004:605 and
// 004:3028 duties (2014年退耕还林任务, 2014年度本级农村能源), 004:1756/1792 bases (商务部令2012年
// 第9号, 令2007年第8号), 004:8314 a rule (该裁量权基准已于2012年12月公布于…); 000, 001 and 003
// none at all), so every seed list is 'unknown', or 'given' when loaded with --as-of.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate, lastDayOf, firstDayOf, listDateLabel } from '../../../domain/list-date';
import type { Block } from '../../../loaders/blocks';
import { loadDocuments, type LoadRun } from '../../../loaders/load';
import { chineseNumber, chineseYear, documentListDates, listDateLine, listDateOf, writtenDate } from '../../../loaders/parse/list-date';

const SEEDS = path.resolve(import.meta.dirname, '../../../../shared/seeds');
const PREFIXES = ['000', '001', '002', '003', '004'];
const seedPath = (prefix: string): string => path.join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(prefix))!);

const text = (t: string, line = 1): Block => ({ kind: 'text', text: t, line, endLine: line });
const row = (cells: string[], line = 1): Block => ({
  kind: 'row',
  cells: cells.map((c) => ({ text: c, line, endLine: line })),
  line,
  endLine: line,
});

describe('written dates', () => {
  it('reads Chinese numerals digit by digit for years and as numbers for months and days', () => {
    expect(chineseYear('二〇一六')).toBe(2016);
    expect(chineseYear('二零一九')).toBe(2019);
    expect(chineseYear('二〇一')).toBeNull();
    expect([chineseNumber('三'), chineseNumber('十'), chineseNumber('十二'), chineseNumber('二十'), chineseNumber('三十一')]).toEqual([
      3, 10, 12, 20, 31,
    ]);
    expect(chineseNumber('十十')).toBeNull();
    expect(chineseNumber('')).toBeNull();
  });

  it('reads 2016年3月15日, 二〇一六年三月 and 2015年 to their precision, and refuses days that do not exist', () => {
    expect(writtenDate('2016年3月15日')).toBe('2016-03-15');
    expect(writtenDate('二〇一六年三月')).toBe('2016-03');
    expect(writtenDate('二〇一六年十二月二十一日')).toBe('2016-12-21');
    expect(writtenDate('2015年')).toBe('2015');
    expect(writtenDate('2016年2月30日')).toBeNull();
    expect(writtenDate('2016年13月')).toBeNull();
    expect(writtenDate('12016年')).toBeNull();
  });

  it('labels a date in Chinese at its precision, and an unknown one as such', () => {
    expect(listDateLabel({ date: '2016' })).toBe('2016年');
    expect(listDateLabel({ date: '2016-03' })).toBe('2016年3月');
    expect(listDateLabel({ date: '2016-03-15' })).toBe('2016年3月15日');
    expect(listDateLabel({ date: null })).toBe('日期不详');
  });

  it('checks dates given at load and spans a year or a month to its first and last day', () => {
    expect(calendarDate('2016')).toBe('2016');
    expect(calendarDate('2016-03-15')).toBe('2016-03-15');
    expect(calendarDate('2016-3-15')).toBeNull();
    expect(calendarDate('2016-02-30')).toBeNull();
    expect(calendarDate('16')).toBeNull();
    expect(firstDayOf('2016')).toBe('2016-01-01');
    expect(lastDayOf('2016')).toBe('2016-12-31');
    expect(lastDayOf('2016-02')).toBe('2016-02-29');
  });
});

describe('the lines that date a list', () => {
  it('takes a title year, an issue line and a 落款 date, with their kind and line', () => {
    expect(listDateLine(text('2015年度安化县工业和信息化局责任清单', 1))).toEqual({ kind: 'title', date: '2015', line: 1 });
    expect(listDateLine(text('安化县工业和信息化局责任清单（2016年版）', 2))).toEqual({ kind: 'title', date: '2016', line: 2 });
    expect(listDateLine(text('二〇一七年度', 3))).toEqual({ kind: 'signed', date: '2017', line: 3 });
    expect(listDateLine(text('印发日期：2016年3月15日', 4))).toEqual({ kind: 'issued', date: '2016-03-15', line: 4 });
    expect(listDateLine(text('（2016年3月印发）', 5))).toEqual({ kind: 'issued', date: '2016-03', line: 5 });
    expect(listDateLine(text('    二〇一六年三月  ', 6))).toEqual({ kind: 'signed', date: '2016-03', line: 6 });
    expect(listDateLine(text('2016年3月15日', 7))).toEqual({ kind: 'signed', date: '2016-03-15', line: 7 });
  });

  it('never takes a date from a basis, a 文号, a case or a sentence', () => {
    const negatives = [
      // bases: a title in 《》 with its revision year, a 文号's year, a ministry order's year
      text('《中华人民共和国节约能源法》（2016年7月修订）'),
      text('《湖南省人民政府关于印发<湖南省“十二五”节能减排综合性工作方案>的通知》(湘政发[2011]46号)'),
      text('2、《单用途商业预付卡管理办法（试行）》（商务部令2012年第9号）'),
      text('（洪管办发〔2012〕32号）'),
      // a case and a rule's sentence (002:365, 004:8314)
      text('2014年5月14日，市政府召开全市普通高校招生考试工作电视电话会议'),
      text('（一）该裁量权基准已于2012年12月公布于衡阳市蒸湘区党政门户网站上'),
      // a duty that plans a year's work, and a list title naming a yearly plan in a sentence
      text('负责拟定2014年度本级农村能源建设专项资金分配方案。'),
      // a date alone in a table cell is a case's or a basis's, not the list's
      row(['2016年3月15日']),
      row(['1', '安全生产', '2016年3月15日']),
    ];
    for (const block of negatives) expect(listDateLine(block), JSON.stringify(block)).toBeNull();
  });

  it('prefers the title to an issue line to the last 落款 date', () => {
    const signedOnly = [text('某局责任清单', 1), text('二〇一五年十二月', 40), text('二〇一六年三月', 90)];
    expect(listDateOf(signedOnly)).toEqual({ year: 2016, date: '2016-03', origin: 'text', line: 90 });
    const issued = [text('印发时间：2016年1月4日', 2), ...signedOnly];
    expect(listDateOf(issued)).toMatchObject({ date: '2016-01-04', line: 2 });
    const titled = [text('2015年度某局责任清单', 1), ...issued];
    expect(listDateOf(titled)).toMatchObject({ date: '2015', line: 1 });
    expect(listDateOf([text('某局责任清单'), row(['2016年3月15日'])])).toEqual({ year: null, date: null, origin: 'unknown', line: null });
  });

  it('gives a list without its own date the first date its document states', () => {
    const dated = { year: 2016, date: '2016-03', origin: 'text' as const, line: 9 };
    const unknown = { year: null, date: null, origin: 'unknown' as const, line: null };
    const { lists, document } = documentListDates([unknown, dated, unknown]);
    expect(lists).toEqual([dated, dated, dated]);
    expect(document).toEqual(dated);
    expect(documentListDates([unknown]).document).toEqual(unknown);
  });

  it('stays linear on a pathological line', () => {
    const started = performance.now();
    listDateLine(text(`${'2016年'.repeat(5000)}三月`));
    listDateLine(text(`印发日期：${'二〇一六年 '.repeat(5000)}`));
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('dates of the five seeds and of a dated copy', () => {
  let plain: LoadRun;
  let given: LoadRun;
  let dated: LoadRun;
  let dir: string;
  beforeAll(async () => {
    plain = await loadDocuments(PREFIXES.map(seedPath));
    given = await loadDocuments(PREFIXES.map(seedPath), { asOf: '2016' });
    dir = mkdtempSync(path.join(tmpdir(), 'list-date-'));
    // 001 with a year in its title and a 落款 date that disagrees with --as-of.
    const lines = readFileSync(seedPath('001'), 'utf8').split('\n');
    expect(lines[0]).toBe('安化县工业和信息化局责任清单');
    lines[0] = '安化县工业和信息化局2023年度责任清单';
    const file = path.join(dir, '001-dated.txt');
    writeFileSync(file, `${lines.join('\n')}\n\n二〇二三年五月\n`);
    dated = await loadDocuments([file], { asOf: '2016' });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds no date in any seed: every list and document is unknown', () => {
    expect(plain.result.departments.length).toBeGreaterThan(5);
    for (const d of plain.result.departments) expect(d.date, d.title).toEqual({ year: null, date: null, origin: 'unknown', line: null });
    for (const d of plain.documents) expect(d.date.origin, d.file).toBe('unknown');
  });

  it('records --as-of as the given date of every seed list, without a warning', () => {
    for (const d of given.result.departments) expect(d.date, d.title).toEqual({ year: 2016, date: '2016', origin: 'given', line: null });
    for (const d of given.documents) expect(d.date.origin).toBe('given');
    expect(given.result.diagnostics.filter((d) => d.code === 'LIST_DATE_DIFFERS')).toEqual([]);
  });

  it('reads the title year of the dated copy, keeps its department name, and warns that --as-of differs', () => {
    const [dept] = dated.result.departments;
    expect(dept.name).toBe('安化县工业和信息化局');
    expect(dept.title).toBe('安化县工业和信息化局2023年度责任清单');
    expect(dept.date).toEqual({ year: 2023, date: '2023', origin: 'text', line: 1 });
    expect(dated.documents[0].date).toEqual(dept.date);
    const differs = dated.result.diagnostics.filter((d) => d.code === 'LIST_DATE_DIFFERS');
    expect(differs).toHaveLength(1);
    expect(differs[0]).toMatchObject({ severity: 'warning', line: 1 });
    // Otherwise the copy parses as the seed does: the same departments and matters.
    const seed = plain.result.departments.filter((d) => d.source.file.includes('001_'));
    expect(dated.result.departments.map((d) => d.boundaryMatters.length)).toEqual(seed.map((d) => d.boundaryMatters.length));
  });
});
