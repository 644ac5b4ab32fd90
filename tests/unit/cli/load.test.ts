// The loader CLI as outside tools run it: `tsx cli/load.ts --dry-run --json <files…>`.
// stdout must be exactly one JSON document in the export contract's shape.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFailed } from '../../../loaders/load';
import type { Diagnostic, LoadResult } from '../../../domain/records';
import { seedPath } from '../loaders/normalise/seed-cells';

const REPO = path.resolve(import.meta.dirname, '../../..');
const TSX = path.join(REPO, 'node_modules/.bin/tsx');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Run {
  const run = spawnSync(TSX, ['cli/load.ts', ...args], { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const SOURCE_KEYS = ['file', 'line'];
const expectSource = (source: unknown): void => {
  expect(source).toEqual(expect.objectContaining(Object.fromEntries(SOURCE_KEYS.map((k) => [k, expect.anything()]))));
};

describe('loader CLI', { timeout: 30_000 }, () => {
  it('--dry-run --json prints one JSON document with the contract fields', () => {
    const seed = seedPath('001');
    const run = cli('--dry-run', '--json', seed);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as LoadResult;
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['departments', 'diagnostics']));
    expect(result.departments.length).toBeGreaterThan(0);
    for (const d of result.departments) {
      expect(typeof d.name).toBe('string');
      expect(Object.keys(d.jurisdiction).sort()).toEqual(['city', 'county', 'province']);
      expectSource(d.source);
      expect(d.source.file).toBe(seed);
      for (const duty of d.duties) {
        expect(duty).toEqual(expect.objectContaining({ text: expect.any(String), items: expect.any(Array) }));
        expect(duty).toHaveProperty('office');
        expectSource(duty.source);
      }
      for (const m of d.boundaryMatters) {
        expect(m).toHaveProperty('seq');
        expect(typeof m.title).toBe('string');
        expectSource(m.source);
        for (const a of m.assignments) {
          expect(a).toEqual(
            expect.objectContaining({
              agencyRaw: expect.any(String),
              agencies: expect.any(Array),
              generic: expect.any(Boolean),
              division: expect.any(String),
            }),
          );
          expect(a).toHaveProperty('case');
          expectSource(a.source);
          for (const b of a.bases) expect(Object.keys(b)).toEqual(expect.arrayContaining(['raw', 'title', 'docNumber', 'articles']));
        }
      }
      for (const s of d.services) {
        expect(s).toEqual(expect.objectContaining({ title: expect.any(String), units: expect.any(Array), phones: expect.any(Array) }));
        expect(s).toHaveProperty('content');
        expectSource(s.source);
      }
    }
    for (const x of result.diagnostics)
      expect(Object.keys(x)).toEqual(expect.arrayContaining(['file', 'line', 'severity', 'message', 'raw']));
    // The summary table and the report go to stderr, never into the JSON.
    expect(run.stderr).toContain('边界事项');
  });

  it('reports an unreadable file as an error naming it, loads the others, and exits 1', () => {
    const run = cli('--dry-run', '--json', 'no-such-list.txt', seedPath('000'));
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout) as LoadResult;
    expect(result.departments.length).toBeGreaterThan(0);
    const errors = result.diagnostics.filter((d: Diagnostic) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'no-such-list.txt', code: 'FILE_UNREADABLE' });
    expect(run.stderr).toContain('no-such-list.txt');
  });

  it('uses --department and --province/--city/--county for a list without a title', () => {
    const run = cli(
      '--dry-run',
      '--json',
      '--department',
      '洪江区经济和信息化局',
      '--province',
      '湖南省',
      '--city',
      '怀化市',
      '--county',
      '洪江区',
      seedPath('000'),
    );
    const result = JSON.parse(run.stdout) as LoadResult;
    expect(result.departments.map((d) => [d.name, d.jurisdiction])).toEqual([
      ['洪江区经济和信息化局', { province: '湖南省', city: '怀化市', county: '洪江区' }],
    ]);
  });

  it('fails under --strict exactly when the input has warnings', () => {
    const run = cli('--dry-run', '--json', '--strict', seedPath('004'));
    const result = JSON.parse(run.stdout) as LoadResult;
    expect(run.status).toBe(result.diagnostics.some((d) => d.severity === 'warning') ? 1 : 0);
  });

  it('exits 2 on a usage error', () => {
    expect(cli('--dry-run').status).toBe(2);
    expect(cli('--no-such-option', seedPath('000')).status).toBe(2);
  });
});

describe('loadFailed', () => {
  const result = (severity: Diagnostic['severity']): LoadResult => ({
    departments: [],
    agencyMerges: [],
    diagnostics: [{ file: 'a.txt', line: 1, severity, code: 'X', message: 'm', raw: '' }],
  });

  it('fails on errors always and on warnings only in strict mode', () => {
    expect(loadFailed(result('error'))).toBe(true);
    expect(loadFailed(result('warning'))).toBe(false);
    expect(loadFailed(result('warning'), true)).toBe(true);
    expect(loadFailed(result('info'), true)).toBe(false);
  });
});
