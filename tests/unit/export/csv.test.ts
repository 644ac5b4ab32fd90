// The CSV serialiser against a real CSV parser (csv-parse): what Excel and WPS need (BOM,
// CRLF, RFC 4180 quoting) and what a spreadsheet must not do (evaluate a cell as a formula).
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, CSV_COLUMNS, csvHeader, csvLine, csvRow } from '../../../graph/export/csv.js';
import type { ResponsibilityRow } from '../../../graph/export/tables.js';

const row: ResponsibilityRow = {
  key: 'list.txt#L0#M3#A1',
  matterKey: '湖南省/衡阳市/蒸湘区|河道采砂管理',
  matter: '河道采砂管理',
  jurisdictionKey: '湖南省/衡阳市/蒸湘区',
  agencies: [
    { key: '湖南省/衡阳市/蒸湘区|水利局', name: '水利局' },
    { key: '湖南省/衡阳市/蒸湘区|公安分局', name: '公安分局' },
  ],
  agencyRaw: '水利局、公安分局',
  generic: false,
  division: '负责许可，"依法"查处,\n配合执法',
  role: 'lead',
  case: '=HYPERLINK("http://evil.example","点击")',
  bases: [
    {
      key: '湘政发〔2020〕1号',
      title: '河道采砂管理条例',
      docNumber: '湘政发〔2020〕1号',
      articles: ['第三条', '第五条'],
      inherited: false,
    },
    { key: '水法', title: '中华人民共和国水法', docNumber: null, articles: [], inherited: false },
  ],
  listKey: 'list.txt#L0',
  listDepartment: '水利局',
  file: 'list.txt',
  line: 12,
  endLine: 14,
};

describe('CSV for Excel and WPS', () => {
  it('starts with a UTF-8 byte-order mark and ends every record with CRLF', () => {
    const text = csvHeader('responsibilities') + csvRow('responsibilities', row);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    // Every line break outside quotes is CRLF: the only bare LF is the one inside the quoted division.
    const outsideQuotes = text.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes.match(/\r\n/g)).toHaveLength(2);
    expect(outsideQuotes.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('round-trips through a CSV parser: quotes, commas, newlines and Chinese intact', () => {
    const [header, parsed] = parse(csvHeader('responsibilities') + csvRow('responsibilities', row), {
      bom: true,
      record_delimiter: '\r\n',
    }) as string[][];
    expect(header).toEqual(CSV_COLUMNS.responsibilities.map((c) => c.name));
    const cell = (name: string) => parsed![header!.indexOf(name)];
    expect(cell('division')).toBe(row.division);
    expect(cell('agency')).toBe('水利局；公安分局');
    expect(cell('bases')).toBe('湘政发〔2020〕1号《河道采砂管理条例》第三条、第五条；《中华人民共和国水法》');
    expect(cell('file')).toBe('list.txt');
    expect(cell('line')).toBe('12');
    expect(cell('generic')).toBe('false');
  });

  it('neutralises formula injection with a leading apostrophe', () => {
    const [cells] = parse(csvLine(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '正常文字', 5, -3]), { record_delimiter: '\r\n' }) as string[][];
    expect(cells).toEqual(["'=1+1", "'+SUM(A1)", "'-2+3", "'@cmd", '正常文字', '5', '-3']);
    const [, parsed] = parse(csvHeader('responsibilities') + csvRow('responsibilities', row), { bom: true }) as string[][];
    expect(parsed![CSV_COLUMNS.responsibilities.findIndex((c) => c.name === 'case')]).toBe(`'${row.case}`);
  });

  it('writes an empty cell for null', () => {
    expect(csvLine([null, 'a'])).toBe(',a\r\n');
  });
});
