// The planner's pair table as data (web/src/views/pairRows.ts), the shared CSV cell rules
// (domain/csv-cell.ts) and the hand-written .xlsx (web/src/export/xlsx.ts), read back by
// csv-parse and exceljs, the readers a spreadsheet user's files meet.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument } from '../../../domain/csv-cell.js';
import type { Overlap, OverlapMatrix } from '../../../web/src/api.js';
import { overlapGraph } from '../../../web/src/graph/elements.js';
import { tableCsv, type ExportTable } from '../../../web/src/export/table.js';
import { columnName, xlsxBytes } from '../../../web/src/export/xlsx.js';
import { findingsTable } from '../../../web/src/export/detailTables.js';
import { pairRows, pairSourceKey, pairTableExport, searchRows, sortRows, sourcesByPair } from '../../../web/src/views/pairRows.js';

const agency = (name: string) => ({ key: `湖南省/衡阳市/蒸湘区|${name}`, name, aliases: [] });
const matrix: OverlapMatrix = {
  agencies: [
    { ...agency('教育局'), matterCount: 40, dutyCount: 3 },
    { ...agency('交通运输局'), matterCount: 10, dutyCount: 3 },
    { ...agency('公安分局'), matterCount: 0, dutyCount: 0 },
  ],
  edges: [
    {
      source: agency('教育局').key,
      target: agency('交通运输局').key,
      kind: 'DECLARED',
      weight: 3,
      maxScore: 0.4,
      labels: ['校车安全', '=危险'],
    },
    { source: agency('教育局').key, target: agency('公安分局').key, kind: 'CONTRADICTION', weight: 1, maxScore: 0.9, labels: ['治安'] },
    { source: agency('交通运输局').key, target: agency('教育局').key, kind: 'UNDECLARED', weight: 2, maxScore: 0.7, labels: ['节能'] },
  ],
};
const allKinds = ['DECLARED', 'UNDECLARED', 'CONTRADICTION'] as const;
const source = (file: string, line: number, title: string | null) => ({ file, line, endLine: null, title, listDate: null });

function finding(kind: Overlap['kind'], names: string[], lines: number[]): Overlap {
  return {
    id: `${kind}-${lines.join('-')}`,
    kind,
    score: 0.5,
    explanation: '两部门都写了',
    sharedTerms: ['节能'],
    agencies: names.map(agency),
    matter: null,
    items: lines.map((line, i) => ({
      text: `职责 ${line}`,
      excerpt: null,
      agencyKey: agency(names[i % names.length]!).key,
      source: source('lists/a.txt', line, '衡阳市蒸湘区教育局责任清单'),
    })),
    divisions: [],
  } as unknown as Overlap;
}

describe('pairRows', () => {
  it('has exactly the graph edges under each filter, with the graph edge ids', () => {
    for (const filter of [
      { kinds: allKinds, minStrength: 1, agency: null },
      { kinds: ['DECLARED', 'CONTRADICTION'] as const, minStrength: 1, agency: null },
      { kinds: allKinds, minStrength: 2, agency: null },
      { kinds: allKinds, minStrength: 1, agency: '公安分局' },
    ]) {
      const graphEdges = overlapGraph(matrix, { ...filter, jurisdiction: '蒸湘区' })
        .elements.filter((e) => e.group === 'edges')
        .map((e) => String(e.data.id))
        .sort();
      expect(
        pairRows(matrix, filter)
          .map((r) => r.id)
          .sort(),
      ).toEqual(graphEdges);
    }
  });

  it('orders strongest first, sorts by a column either way and searches agencies, kinds and matters', () => {
    const rows = pairRows(matrix, { kinds: allKinds, minStrength: 1, agency: null });
    expect(rows.map((r) => r.strength)).toEqual([3, 2, 1]);
    expect(sortRows(rows, 'maxScore', true).map((r) => r.maxScore)).toEqual([0.9, 0.7, 0.4]);
    expect(sortRows(rows, 'kind', false).map((r) => r.kind)).toEqual(['CONTRADICTION', 'UNDECLARED', 'DECLARED']);
    expect(searchRows(rows, '公安').map((r) => r.kind)).toEqual(['CONTRADICTION']);
    expect(searchRows(rows, '矛盾')).toHaveLength(1);
    expect(searchRows(rows, '教育 校车').map((r) => r.kind)).toEqual(['DECLARED']);
    expect(searchRows(rows, '  ')).toHaveLength(3);
  });

  it('collects each pair’s sources once, in line order, whichever way round the agencies come', () => {
    const sources = sourcesByPair([
      finding('UNDECLARED', ['交通运输局', '教育局'], [20, 5]),
      finding('UNDECLARED', ['教育局', '交通运输局'], [5, 9]),
    ]);
    const key = pairSourceKey('UNDECLARED', agency('教育局').key, agency('交通运输局').key);
    expect(sources.get(key)!.map((x) => x.line)).toEqual([5, 9, 20]);
    const table = pairTableExport('职责交叉-蒸湘区', pairRows(matrix, { kinds: ['UNDECLARED'], minStrength: 1, agency: null }), sources);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]!.at(-1)).toBe(
      '《衡阳市蒸湘区教育局责任清单》第 5 行；《衡阳市蒸湘区教育局责任清单》第 9 行；《衡阳市蒸湘区教育局责任清单》第 20 行',
    );
  });
});

describe('CSV cells (domain/csv-cell.ts)', () => {
  it('quotes, doubles quotes, neutralises formulas but not negative numbers', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('＝1')).toBe("'＝1");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('-3')).toBe("'-3");
    expect(csvCell(null)).toBe('');
  });

  it('writes a BOM, CRLF lines, and reads back cell for cell', () => {
    const rows = [
      ['部门', '事项'],
      ['教育局', '校车,安全\n"重点"'],
    ];
    const text = csvDocument(rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parse(text, { bom: true })).toEqual(rows);
  });
});

describe('xlsx (web/src/export/xlsx.ts)', () => {
  it('names columns as Excel does', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('opens in exceljs with the same cells as the CSV: text as text, numbers as numbers', async () => {
    const rows = pairRows(matrix, { kinds: allKinds, minStrength: 1, agency: null });
    const table: ExportTable = pairTableExport('职责交叉-蒸湘区[测试]', rows, null);
    table.rows.push(['<&>"', '\u0001控制符', '', 0, -1.5, 7, '=SUM(A1)', '']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsxBytes(table)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('职责交叉-蒸湘区_测试_');
    const read: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      read.push(table.header.map((_, i) => row.getCell(i + 1).value ?? ''));
    });
    expect(read).toEqual(
      [table.header, ...table.rows.map((r) => r.map((cell) => cell ?? ''))].map((r, i) =>
        i === 4 ? r.map((x) => (x === '\u0001控制符' ? '控制符' : x)) : r,
      ),
    );
    // The CSV of the same table has the same rows (formulas neutralised in the CSV only: the .xlsx holds them as text).
    const csv = parse(tableCsv(table), { bom: true }) as string[][];
    expect(csv).toHaveLength(read.length);
    expect(csv[1]!.slice(0, 3)).toEqual(read[1]!.slice(0, 3).map(String));
  });

  it('exports a finding list with one row per text, each with its file and line', () => {
    const table = findingsTable('教育局', '交通运输局', 'UNDECLARED', [finding('UNDECLARED', ['教育局', '交通运输局'], [5, 9, 20])]);
    expect(table.rows.map((r) => [r[4], r[8], r[9]])).toEqual([
      ['教育局', 'lists/a.txt', 5],
      ['交通运输局', 'lists/a.txt', 9],
      ['教育局', 'lists/a.txt', 20],
    ]);
  });
});
