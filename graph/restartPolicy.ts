// When to restart the local Neo4j after it died, and when to stop trying. Pure: it is
// told the time of each failure (an unexpected exit, or a restart that did not come up)
// and answers with a delay or with "give up", so tests drive it with their own clock.
//
// The first restart is immediate (a JVM killed once, by the OOM killer or by hand, should
// be back as fast as a cold start allows); further failures inside the window wait
// 1 s, 2 s, 4 s … up to maxDelayMs; the maxFailures-th failure inside the window gives
// up, so that a store that cannot start is left to an outer supervisor (systemd,
// Kubernetes) with a non-zero exit instead of being retried forever in place.

export interface RestartPolicyOptions {
  /** Failures within `windowMs` that make the supervisor give up (default 5). */
  maxFailures: number;
  /** The sliding window over which failures are counted (default 5 minutes). */
  windowMs: number;
  /** Delay before the second attempt within the window; doubled after each further failure. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicyOptions = {
  maxFailures: 5,
  windowMs: 5 * 60_000,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
};

export type RestartDecision = { action: 'restart'; delayMs: number; failures: number } | { action: 'give-up'; failures: number };

export class RestartPolicy {
  readonly options: RestartPolicyOptions;
  private failures: number[] = [];

  constructor(options: Partial<RestartPolicyOptions> = {}) {
    this.options = { ...DEFAULT_RESTART_POLICY, ...options };
  }

  /** Records a failure at `now` (ms) and says what to do next. */
  onFailure(now: number): RestartDecision {
    const { maxFailures, windowMs, baseDelayMs, maxDelayMs } = this.options;
    this.failures = [...this.failures.filter((at) => now - at < windowMs), now];
    const failures = this.failures.length;
    if (failures >= maxFailures) return { action: 'give-up', failures };
    const delayMs = failures === 1 ? 0 : Math.min(baseDelayMs * 2 ** (failures - 2), maxDelayMs);
    return { action: 'restart', delayMs, failures };
  }

  /** Failures still inside the window at `now`. */
  recentFailures(now: number): number {
    return this.failures.filter((at) => now - at < this.options.windowMs).length;
  }
}
