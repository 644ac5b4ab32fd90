// The same list kept as .txt, .docx, .xlsx, .csv or GB18030 text must load to the
// same records: only the positions in `source` may differ between formats.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFiles } from '../../../../loaders/load';
import type { Department, LoadResult } from '../../../../domain/records';
import { SAMPLE_LIST, buildDocx, buildXlsx, exportCsv, exportTxt } from './fixture-files';

let dir: string;
const FILES = ['list.txt', 'list-gb.txt', 'list.docx', 'list.xlsx', 'list.csv', 'list-gb.csv'];
const results = new Map<string, LoadResult>();

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'jurisgraph-formats-'));
  const txt = exportTxt(SAMPLE_LIST);
  writeFileSync(path.join(dir, 'list.txt'), txt);
  writeFileSync(path.join(dir, 'list-gb.txt'), iconv.encode(txt, 'gb18030'));
  writeFileSync(path.join(dir, 'list.docx'), await buildDocx(SAMPLE_LIST));
  writeFileSync(path.join(dir, 'list.xlsx'), await buildXlsx(SAMPLE_LIST));
  writeFileSync(path.join(dir, 'list.csv'), exportCsv(SAMPLE_LIST));
  writeFileSync(path.join(dir, 'list-gb.csv'), iconv.encode(exportCsv(SAMPLE_LIST), 'gbk'));
  // One load per file: agencies are resolved per load, so each result stands alone.
  for (const name of FILES) results.set(name, await loadFiles([path.join(dir, name)]));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Records with every `source` removed: what must not depend on the format. */
function withoutSources(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSources);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'source')
        .map(([k, v]) => [k, withoutSources(v)]),
    );
  }
  return value;
}

const departmentsOf = (name: string): Department[] => results.get(name)?.departments ?? [];

describe('every format loads to the records of the .txt export', () => {
  it('reads the .txt export as the list it was written from', () => {
    const [d] = departmentsOf('list.txt');
    expect(d.name).toBe('衡阳市蒸湘区发展和改革局');
    expect(d.jurisdiction).toMatchObject({ city: '衡阳市', county: '蒸湘区' });
    expect(d.duties.map((x) => x.text)).toEqual(['拟订并组织实施国民经济和社会发展战略', '负责全区固定资产投资管理']);
    expect(d.boundaryMatters.map((m) => [m.seq, m.title])).toEqual([
      ['1', '经济运行调节'],
      ['2', '公路建设项目申报'],
    ]);
    expect(d.boundaryMatters.map((m) => m.assignments.map((a) => [a.agencies.length, a.generic]))).toEqual([
      [
        [1, false],
        [3, false],
      ],
      [
        [2, false],
        [0, true],
      ],
    ]);
    expect(d.boundaryMatters[0].assignments[0].bases.map((b) => b.docNumber)).toEqual([null, '湘政发〔2011〕46号']);
    expect(d.services.map((s) => [s.title, s.units])).toEqual([['企业投资项目备案', ['投资科']]]);
    expect(results.get('list.txt')?.diagnostics.filter((x) => x.severity !== 'info')).toEqual([]);
  });

  it.each(FILES.slice(1))('%s', (name) => {
    const reference = departmentsOf('list.txt');
    const departments = departmentsOf(name);
    expect(departments).toHaveLength(1);
    expect(withoutSources(departments)).toEqual(withoutSources(reference));
    expect(departments[0].source.file).toBe(path.join(dir, name));
    expect(results.get(name)?.diagnostics.filter((x) => x.severity !== 'info')).toEqual([]);
  });
});
