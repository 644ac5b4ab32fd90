// Bounded parsing (issue 11): every hostile file is refused with an error naming it and
// the limit, beside a good seed that still loads; each limit can be tightened per load.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocuments } from '../../../loaders/load';
import { HOSTILE_FILES, protoElementDocx, xlsxWithSheet } from './hostile-files';

const SEEDS = path.resolve(import.meta.dirname, '../../../../shared/seeds');
const GOOD = path.join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith('000')) ?? '000');
const dir = mkdtempSync(path.join(tmpdir(), 'jurisgraph-hostile-'));

function write(name: string, bytes: Buffer | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

describe('each hostile file beside a good seed: the good one loads, the hostile one is named', () => {
  for (const hostile of HOSTILE_FILES) {
    it(hostile.name, async () => {
      const file = write(hostile.name, await hostile.build());
      const before = process.memoryUsage().rss;
      const run = await loadDocuments([file, GOOD]);
      const grown = process.memoryUsage().rss - before;
      expect(run.result.departments.map((d) => [d.name, d.duties.length])).toEqual([['洪江区经信局', 19]]);
      const errors = run.result.diagnostics.filter((d) => d.severity === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ file, code: hostile.code });
      expect(errors[0].message).toContain(file);
      expect(errors[0].message).toContain(hostile.mentions);
      expect(run.documents.map((d) => d.file)).toEqual([GOOD]);
      // Refused while reading, not after the memory was spent.
      expect(grown).toBeLessThan(400 * 1024 * 1024);
    }, 30_000);
  }

  it('a <__proto__> element is harmless: the .docx loads and no object prototype changes', async () => {
    const file = write('proto_element.docx', await protoElementDocx());
    const run = await loadDocuments([file, GOOD]);
    expect(run.result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(run.result.departments.map((d) => d.name)).toContain('衡阳市蒸湘区统计局');
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });
});

describe('each limit refuses the file that passes it, and only that file', () => {
  const refused = async (file: string, limits: Parameters<typeof loadDocuments>[1]): Promise<string> => {
    const run = await loadDocuments([file], limits);
    const errors = run.result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].code).toBe('LIMIT_EXCEEDED');
    return errors[0].message;
  };

  it('fileBytes', async () => {
    expect(await refused(GOOD, { limits: { fileBytes: 1000 } })).toMatch(/文件大小（字节）上限为 1000，实际 30900/);
  });
  it('rows (text lines and rows of a .txt)', async () => {
    expect(await refused(GOOD, { limits: { rows: 50 } })).toMatch(/行数（段落数）上限为 50/);
  });
  it('cells (whole file)', async () => {
    expect(await refused(GOOD, { limits: { cells: 100 } })).toMatch(/单元格总数上限为 100/);
  });
  it('cellsPerRow (.csv)', async () => {
    const file = write('wide.csv', '序号,管理事项,相关部门,职责分工\n');
    expect(await refused(file, { limits: { cellsPerRow: 3 } })).toMatch(/每行单元格数上限为 3.*第 1 行/);
  });
  it('rows per sheet (.xlsx), counted before exceljs builds the sheet', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>x</t></is></c></row>`);
    const file = write('rows.xlsx', await xlsxWithSheet(rows.join('')));
    expect(await refused(file, { limits: { rows: 20 } })).toMatch(/行数（段落数）上限为 20.*xl\/worksheets\/sheet1\.xml/);
  });
  it('xmlDepth and decompressedBytes (.docx)', async () => {
    const deep = HOSTILE_FILES.find((h) => h.name === 'deeply_nested.docx');
    const file = write('deep.docx', (await deep?.build()) ?? '');
    expect(await refused(file, { limits: { xmlDepth: 64 } })).toMatch(/XML 嵌套层数上限为 64/);
    expect(await refused(file, { limits: { decompressedBytes: 1000 } })).toMatch(/解压后大小（字节）上限为 1000/);
  });
  it('gridSpan: a span of 65 is refused, 64 is read', async () => {
    const span = (n: number): string =>
      `<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="${n}"/></w:tcPr><w:p><w:r><w:t>序号</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`;
    const { buildDocxFromBody } = await import('./read/fixture-files');
    expect(await refused(write('span65.docx', await buildDocxFromBody(span(65))), {})).toMatch(/gridSpan\/gridBefore）上限为 64，实际 65/);
    const ok = await loadDocuments([write('span64.docx', await buildDocxFromBody(span(64)))]);
    expect(ok.result.diagnostics.map((d) => d.code)).not.toContain('LIMIT_EXCEEDED');
  });
});
