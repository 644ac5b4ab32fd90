// Titles and stored lines (issue 12: a source reads as its list's title, and its original
// rows can be shown). The written titles below are the seeds' own title lines (sed -n on the
// line each list starts at); the derived ones follow loaders/parse/title.ts for the three
// seeds without a title line (000 opens with 一、部门职责, 002 with 一、部门职责登记表 and a
// 部门名称（盖章）line, 003 with 一、部门职责登记表).
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TITLE_INFERRED_MARK, type Department, type DocumentInfo } from '../../../domain/records';
import { loadDocuments, type LoadRun } from '../../../loaders/load';
import { inferredTitle } from '../../../loaders/parse/title';
import { linesOfBlocks, linesOfText } from '../../../loaders/read/source-lines';
import { SAMPLE_LIST, buildDocx, buildXlsx, exportCsv, exportTxt } from './read/fixture-files';

const SEEDS = path.resolve(import.meta.dirname, '../../../../shared/seeds');
const seedPath = (prefix: string): string => path.join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(prefix))!);
const PREFIXES = ['000', '001', '002', '003', '004'];

let seeds: LoadRun;
beforeAll(async () => {
  seeds = await loadDocuments(PREFIXES.map(seedPath));
});

const docOf = (prefix: string): DocumentInfo => seeds.documents.find((d) => path.basename(d.file).startsWith(prefix))!;
const listsOf = (prefix: string): Department[] => seeds.result.departments.filter((d) => path.basename(d.source.file).startsWith(prefix));
/** The file's physical lines, as a text editor numbers them. */
const rawLines = (prefix: string): string[] => readFileSync(seedPath(prefix), 'utf8').split(/\r\n|\r|\n/);

describe('titles of the five seeds', () => {
  it('reads a written title as it stands and marks none of them inferred', () => {
    expect(docOf('001')).toMatchObject({ title: '安化县工业和信息化局责任清单', titleInferred: false });
    expect(listsOf('001').map((d) => d.title)).toEqual(['安化县工业和信息化局责任清单']);
    expect(docOf('004')).toMatchObject({ title: '衡阳市蒸湘区人民政府法制办公室责任清单', titleInferred: false });
  });

  it('derives a title for a document without a title line, from its place and department, and says so', () => {
    expect(docOf('000')).toMatchObject({ title: `湖南省洪江区经信局责任清单${TITLE_INFERRED_MARK}`, titleInferred: true });
    expect(docOf('002')).toMatchObject({ title: `河北省石家庄市鹿泉区工业和信息化局责任清单${TITLE_INFERRED_MARK}`, titleInferred: true });
    expect(docOf('003')).toMatchObject({ title: `海南省临高县工信局责任清单${TITLE_INFERRED_MARK}`, titleInferred: true });
    for (const prefix of ['000', '002', '003']) {
      const [list] = listsOf(prefix);
      expect(list).toMatchObject({ title: docOf(prefix).title, titleInferred: true });
      // Derived titles never pretend to be in the document.
      expect(rawLines(prefix).some((l) => l.includes('责任清单'))).toBe(false);
    }
  });

  it('gives each of 004’s 19 lists its own title, as written over one or more lines', () => {
    const lists = listsOf('004');
    expect(lists).toHaveLength(19);
    expect(lists.every((d) => !d.titleInferred)).toBe(true);
    const at = (line: number) => lists.find((d) => d.source.line === line)?.title;
    // Two lines with a blank line between them (2118–2120).
    expect(at(2118)).toBe('衡阳市蒸湘区农村工作办公室（蒸湘区水利农机局）责任清单');
    expect(at(2580)).toBe('衡阳市蒸湘区农村工作办公室（蒸湘区农业局、蒸湘区林业局、蒸湘区畜牧水产局）责任清单');
    expect(at(1086)).toBe('衡阳市蒸湘区经济贸易局（蒸湘区旅游局、蒸湘区招商合作局）责任清单');
    expect(at(366)).toBe('衡阳市蒸湘区发展改革和科学技术局（蒸湘区交通运输局）权力清单');
    // A title line without 责任清单 stays as written.
    expect(at(9683)).toBe('衡阳市蒸湘区人口和计划生育局');
    // Both lists of 农村工作办公室 publish as one agency, yet keep their own titles.
    expect(new Set(lists.filter((d) => d.name === '衡阳市蒸湘区农村工作办公室').map((d) => d.title)).size).toBe(2);
    // Every title is the text of the lines its list starts with.
    const raw = rawLines('004');
    for (const d of lists) {
      const opening = raw
        .slice(d.source.line - 1, d.source.line + 3)
        .join('')
        .replace(/\s+/g, '');
      expect(opening.startsWith(d.title), `${d.source.line} ${d.title}`).toBe(true);
    }
  });

  it('derives a title from the final department and place', () => {
    expect(inferredTitle('洪江区经信局', { province: '湖南省', city: null, county: '洪江区' })).toBe(
      `湖南省洪江区经信局责任清单${TITLE_INFERRED_MARK}`,
    );
    expect(inferredTitle('财政局', { province: null, city: '衡阳市', county: '蒸湘区' })).toBe(
      `衡阳市蒸湘区财政局责任清单${TITLE_INFERRED_MARK}`,
    );
  });
});

describe('stored lines of the five seeds', () => {
  it('are the file’s own lines, numbered as every source line is', () => {
    for (const prefix of PREFIXES) {
      const raw = rawLines(prefix);
      if (raw[raw.length - 1] === '') raw.pop();
      expect(docOf(prefix).sourceLines, prefix).toEqual(raw);
      expect(docOf(prefix).sourceLines.length).toBeGreaterThanOrEqual(docOf(prefix).lines);
    }
  });

  it('hold every boundary row’s division at the row’s lines (004 line 9823: 出生人口性别比治理)', () => {
    const lines = docOf('004').sourceLines;
    const rows = listsOf('004').flatMap((d) => d.boundaryMatters.flatMap((m) => m.assignments.map((a) => ({ m, a }))));
    // 人口计生局's row (卫生局's list has the same matter at 8747): 序号 at 9822, the title at 9823.
    const birth = rows.filter(({ m }) => m.title === '出生人口性别比治理').map(({ m }) => m.source.line);
    expect(birth).toContain(9822);
    expect(lines.slice(9822 - 1, 9824)).toEqual(['\t1', '\t出生人口性别比治理', '\t区人口计生局']);
    let checked = 0;
    for (const { a } of rows) {
      const head = a.division.replace(/\s+/g, '').slice(0, 6);
      if (!head) continue;
      const span = lines
        .slice(a.source.line - 1, a.source.endLine)
        .join('')
        .replace(/\s+/g, '');
      expect(span.includes(head), `${a.source.line}: ${head}`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(100); // the loop is not vacuous (004 has 310 rows with a division)
  });
});

describe('titles and stored lines of .docx, .xlsx and .csv', () => {
  let dir: string;
  const runs = new Map<string, LoadRun>();
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'jurisgraph-titles-'));
    writeFileSync(path.join(dir, 'list.txt'), exportTxt(SAMPLE_LIST));
    writeFileSync(path.join(dir, 'list.docx'), await buildDocx(SAMPLE_LIST));
    writeFileSync(path.join(dir, 'list.xlsx'), await buildXlsx(SAMPLE_LIST));
    writeFileSync(path.join(dir, 'list.csv'), exportCsv(SAMPLE_LIST));
    for (const name of ['list.txt', 'list.docx', 'list.xlsx', 'list.csv']) runs.set(name, await loadDocuments([path.join(dir, name)]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['list.txt', 'list.docx', 'list.xlsx', 'list.csv'])('%s: the written title, and each record’s text at its line', (name) => {
    const run = runs.get(name)!;
    const [doc] = run.documents;
    expect(doc).toMatchObject({ title: SAMPLE_LIST.title, titleInferred: false });
    const [list] = run.result.departments;
    expect(list).toMatchObject({ title: SAMPLE_LIST.title, titleInferred: false });
    const at = (line: number, endLine: number) => doc!.sourceLines.slice(line - 1, endLine).join('\n');
    expect(at(1, 1)).toContain(SAMPLE_LIST.title);
    const matters = list!.boundaryMatters;
    expect(matters.length).toBe(2);
    for (const m of matters) expect(at(m.source.line, m.source.endLine), `${name} ${m.title}`).toContain(m.title);
    for (const duty of list!.duties) expect(at(duty.source.line, duty.source.endLine)).toContain(duty.text);
    for (const s of list!.services) expect(at(s.source.line, s.source.endLine)).toContain(s.title);
  });
});

describe('line splitting', () => {
  it('counts CRLF, LF and CR line ends as the tokenizer does, without a phantom last line', () => {
    expect(linesOfText('\uFEFFa\r\nb\rc\nd\n')).toEqual(['a', 'b', 'c', 'd']);
    expect(linesOfText('a\n\nb')).toEqual(['a', '', 'b']);
  });

  it('puts a multi-paragraph cell on its lines and a row’s cells on one line', () => {
    const lines = linesOfBlocks([
      { kind: 'text', text: '标题', line: 1, endLine: 1 },
      {
        kind: 'row',
        line: 3,
        endLine: 4,
        cells: [
          { text: '1', line: 3, endLine: 3 },
          { text: '第一段\n第二段', line: 3, endLine: 4 },
          { text: '单元格\n内换行', line: 3, endLine: 3 },
        ],
      },
    ]);
    expect(lines).toEqual(['标题', '', '1\t第一段\t单元格 内换行', '第二段']);
  });
});
