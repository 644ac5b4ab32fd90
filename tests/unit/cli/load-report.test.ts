// The load report the CLI prints and the upload API returns: one report from one loader run.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReport, parseFile, summaryLine } from '../../../cli/load-report';
import { exportTxt, SAMPLE_LIST } from '../loaders/read/fixture-files';

const dir = mkdtempSync(path.join(os.tmpdir(), 'jg-report-'));

function listWith(rows: (string | null)[][]): string {
  const [duties, boundary, services] = SAMPLE_LIST.tables;
  return exportTxt({ ...SAMPLE_LIST, tables: [duties!, { ...boundary!, rows: [...boundary!.rows, ...rows] }, services!] });
}

describe('loadReport', () => {
  it('lists every diagnostic with file:line, errors first, under the name the caller gives the file', async () => {
    const file = path.join(dir, 'staged-copy.txt');
    const text = listWith([
      ['3', '价格监测', '', '', '', ''],
      ['4', '收费管理', '', '', '', ''],
    ]);
    writeFileSync(file, text);
    const run = await parseFile(file);
    const report = loadReport(run, { rename: (t) => t.split(file).join('清单.txt') });
    const lines = text.split('\n');
    expect(report.diagnostics.filter((d) => d.code === 'MATTER_WITHOUT_AGENCY').map((d) => [d.file, d.line])).toEqual([
      ['清单.txt', lines.indexOf('\t价格监测')],
      ['清单.txt', lines.indexOf('\t收费管理')],
    ]);
    const rank = report.diagnostics.map((d) => ['error', 'warning', 'info'].indexOf(d.severity));
    expect(rank).toEqual([...rank].sort((a, b) => a - b));
    expect(new Set(rank).size).toBeGreaterThan(1);
    expect(report.counts.warning).toBe(2);
    expect(report.records).toMatchObject({ departments: 1, duties: 2, matters: 4, services: 1 });
    expect(report.summary).toBe(summaryLine(run));
    expect(report.failed).toBe(false);
  });

  it('counts what it leaves out beyond maxDiagnostics, and a file that cannot be read fails with its name', async () => {
    const file = path.join(dir, 'broken.docx');
    writeFileSync(file, Buffer.from('PK\u0003\u0004 not really a zip'));
    const run = await parseFile(file);
    const report = loadReport(run, { rename: (t) => t.split(file).join('上传.docx'), maxDiagnostics: 0 });
    expect(report.failed).toBe(true);
    expect(report.counts.error).toBeGreaterThan(0);
    expect(report.diagnostics).toEqual([]);
    expect(report.diagnosticsOmitted).toBe(run.result.diagnostics.length);
    const full = loadReport(run, { rename: (t) => t.split(file).join('上传.docx') });
    expect(full.diagnostics[0]).toMatchObject({ severity: 'error', file: '上传.docx' });
    expect(JSON.stringify(full)).not.toContain(dir);
  });
});
