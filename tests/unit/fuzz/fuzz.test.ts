// The fuzz suite in CI (issue 11): hostile files, then random mutants of the seeds for a
// bounded time with a fixed seed. No crash, no hang, no silent text loss. The long run is
// `npm run fuzz -- --minutes N --seed S`.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport, runFuzz } from './fuzz';
import { seededRandom } from '../../../domain/seeded-random';
import { mutate } from './mutate';

/** Time for mutants after the hostile files; the whole test stays well under a minute. */
const BUDGET_MS = 30_000;
/** Slowest document seen: about 1.3 s on the shared 2-core machine (seed 004 mutants). */
const PER_FILE_MS = 10_000;

describe('fuzz', () => {
  it('the same seed makes the same mutants', () => {
    const bytes = Buffer.from('一、部门职责\n\t序号\n\t主要职责\n\n\t1\n\t负责全区统计工作\n');
    const a = seededRandom(7);
    const b = seededRandom(7);
    for (let i = 0; i < 20; i++) expect(mutate(bytes, a)).toEqual(mutate(bytes, b));
  });

  it(`hostile files and seed mutants for ${BUDGET_MS / 1000} s (seed 2026): no crash, no hang, no silent text loss`, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jurisgraph-fuzz-'));
    const report = await runFuzz({ seed: 2026, budgetMs: BUDGET_MS, perFileMs: PER_FILE_MS, dir });
    console.info(formatReport(report));
    expect(report.failures).toEqual([]);
    expect(report.hostile).toBeGreaterThanOrEqual(13);
    expect(report.documents).toBeGreaterThan(report.hostile);
  }, 60_000);
});
