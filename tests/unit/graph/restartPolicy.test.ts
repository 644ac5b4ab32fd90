// When the supervisor restarts the local Neo4j and when it gives up (graph/restartPolicy.ts),
// driven by a clock of the test's own.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RESTART_POLICY, RestartPolicy } from '../../../graph/restartPolicy.js';

const MINUTE = 60_000;

describe('RestartPolicy', () => {
  it('restarts at once after a first failure, then backs off 1 s, 2 s, 4 s and gives up at the fifth failure in five minutes', () => {
    const policy = new RestartPolicy();
    expect(DEFAULT_RESTART_POLICY).toMatchObject({ maxFailures: 5, windowMs: 5 * MINUTE });
    expect([0, 10, 20, 30, 40].map((s) => policy.onFailure(s * 1_000))).toEqual([
      { action: 'restart', delayMs: 0, failures: 1 },
      { action: 'restart', delayMs: 1_000, failures: 2 },
      { action: 'restart', delayMs: 2_000, failures: 3 },
      { action: 'restart', delayMs: 4_000, failures: 4 },
      { action: 'give-up', failures: 5 },
    ]);
  });

  it('forgets failures older than the window: one crash a day is restarted at once every time', () => {
    const policy = new RestartPolicy();
    for (let day = 0; day < 30; day += 1) {
      expect(policy.onFailure(day * 24 * 60 * MINUTE)).toEqual({ action: 'restart', delayMs: 0, failures: 1 });
    }
  });

  it('counts in a sliding window: the oldest failure dropping out lowers the delay again', () => {
    const policy = new RestartPolicy();
    policy.onFailure(0);
    policy.onFailure(1 * MINUTE);
    policy.onFailure(2 * MINUTE);
    expect(policy.recentFailures(2 * MINUTE)).toBe(3);
    // At 5.5 minutes the failure at 0 is out of the window: this is the third, not the fourth.
    expect(policy.onFailure(5.5 * MINUTE)).toEqual({ action: 'restart', delayMs: 2_000, failures: 3 });
    expect(policy.recentFailures(20 * MINUTE)).toBe(0);
  });

  it('caps the delay', () => {
    const policy = new RestartPolicy({ maxFailures: 20, baseDelayMs: 1_000, maxDelayMs: 30_000 });
    const delays = Array.from({ length: 19 }, (_, i) => policy.onFailure(i));
    expect(delays.map((d) => (d.action === 'restart' ? d.delayMs : null))).toEqual([
      0, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000, 30_000, 30_000, 30_000, 30_000, 30_000, 30_000, 30_000, 30_000, 30_000,
      30_000,
    ]);
    expect(policy.onFailure(19)).toEqual({ action: 'give-up', failures: 20 });
  });

  it('gives up at once when one failure is the limit', () => {
    expect(new RestartPolicy({ maxFailures: 1 }).onFailure(0)).toEqual({ action: 'give-up', failures: 1 });
  });
});
