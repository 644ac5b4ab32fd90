// graph/warm.ts: npm start builds every county's evidence index and overlap analysis before the
// first request, and again after each write.
import { beforeAll, describe, expect, it } from 'vitest';
import { listJurisdictions } from '../../../graph/repositories/jurisdiction.repository.js';
import { graphVersion } from '../../../graph/version.js';
import { keepCountiesWarm, warmCounties, type WarmReport } from '../../../graph/warm.js';
import { loadSeeds } from '../fixtures.js';

beforeAll(async () => {
  await loadSeeds();
}, 240_000);

describe('warming the counties', () => {
  it('visits every county of the graph at the version it read', async () => {
    const counties = (await listJurisdictions()).filter((j) => j.level === 'county');
    expect(counties.map((c) => c.name)).toContain('蒸湘区');
    const report = await warmCounties();
    expect(report.jurisdictions).toBe(counties.length);
    // Other test files write meanwhile: the version it read is at most the current one.
    expect(report.version).toBeLessThanOrEqual(await graphVersion());
  }, 120_000);

  it('warms no more counties than a process keeps, and keeps warming those same counties', async () => {
    const counties = (await listJurisdictions()).filter((j) => j.level === 'county');
    expect(counties.length).toBeGreaterThanOrEqual(2);
    const warmedAt = new Map<string, number>();
    const first = await warmCounties({ warmedAt, limit: 1 });
    expect(first.jurisdictions).toBe(1);
    expect(first.counties).toBe(counties.length);
    const [only] = [...warmedAt.keys()];
    // A county stale again is re-warmed; the others stay cold however often warming runs.
    warmedAt.set(only!, -1);
    const second = await warmCounties({ warmedAt, limit: 1 });
    expect(second.jurisdictions).toBe(1);
    expect([...warmedAt.keys()]).toEqual([only]);
  }, 120_000);

  it('keepCountiesWarm warms at once and reports it', async () => {
    const warmed: WarmReport[] = [];
    const failed: unknown[] = [];
    const stop = keepCountiesWarm({ warmed: (r) => warmed.push(r), failed: (e) => failed.push(e) }, 60_000);
    try {
      const deadline = Date.now() + 100_000;
      while (warmed.length === 0 && failed.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    } finally {
      stop();
    }
    expect(failed).toEqual([]);
    expect(warmed).toHaveLength(1);
    expect(warmed[0]!.jurisdictions).toBeGreaterThan(0);
  }, 120_000);
});
