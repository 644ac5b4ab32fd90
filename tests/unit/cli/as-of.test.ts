// `npm run load -- --as-of <date>`: the date of lists whose text states none (issue 13).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../../../domain/records';
import { seedPath } from '../loaders/normalise/seed-cells';

const REPO = path.resolve(import.meta.dirname, '../../..');
const TSX = path.join(REPO, 'node_modules/.bin/tsx');

const cli = (...args: string[]) => spawnSync(TSX, ['cli/load.ts', ...args], { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

describe('loader CLI --as-of', { timeout: 30_000 }, () => {
  it('records the given date (origin given) on every list of an undated seed, in the JSON export', () => {
    const run = cli('--dry-run', '--json', '--as-of', '2016-03-15', seedPath('001'));
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as LoadResult;
    expect(result.departments.length).toBeGreaterThan(0);
    for (const d of result.departments) expect(d.date).toEqual({ year: 2016, date: '2016-03-15', origin: 'given', line: null });
  });

  it('without --as-of an undated seed is unknown', () => {
    const result = JSON.parse(cli('--dry-run', '--json', seedPath('001')).stdout) as LoadResult;
    for (const d of result.departments) expect(d.date.origin).toBe('unknown');
  });

  it('refuses a date that is no day, with a usage error in Chinese', () => {
    for (const bad of ['2016-02-30', '16', '2016/03']) {
      const run = cli('--dry-run', '--as-of', bad, seedPath('001'));
      expect(run.status, bad).toBe(2);
      expect(run.stderr).toContain('--as-of 的日期无效');
      expect(run.stdout).toBe('');
    }
  });
});
