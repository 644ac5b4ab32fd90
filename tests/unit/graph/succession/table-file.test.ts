// Reading a succession table file (cli/succession-table.ts): CSV or TSV, header first, every row
// with its line; an empty file and a row longer than the header are problems with their line.
import { describe, expect, it } from 'vitest';
import { readSuccessionTable } from '../../../../cli/succession-table.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readSuccessionTable', () => {
  it('reads CSV rows by header, skipping blank lines but keeping line numbers', () => {
    const t = readSuccessionTable(bytes('辖区,类型,原机构\n\n蒸湘区,并入,"区质监局、区食药监局"\n'), 'a.csv');
    expect(t.problems).toEqual([]);
    expect(t.rows).toEqual([{ line: 3, cells: { 辖区: '蒸湘区', 类型: '并入', 原机构: '区质监局、区食药监局' } }]);
  });

  it('reads TSV', () => {
    const t = readSuccessionTable(bytes('辖区\t类型\n蒸湘区\t更名\n'), 'a.tsv');
    expect(t.rows).toEqual([{ line: 2, cells: { 辖区: '蒸湘区', 类型: '更名' } }]);
  });

  it('reports an empty table and a row with more cells than the header', () => {
    expect(readSuccessionTable(bytes('\n\n'), 'a.csv').problems[0]?.message).toContain('表格为空');
    const t = readSuccessionTable(bytes('辖区,类型\n蒸湘区,更名,多余\n'), 'a.csv');
    expect(t.problems).toEqual([{ line: 2, message: '第2行：比表头多 1 列' }]);
  });
});
