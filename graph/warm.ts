// Warming the per-version caches a county's first request would otherwise build: the ranker's
// evidence index (graph/search/route.ts) and the overlap analysis (graph/analyses/service.ts).
// Built on first use they cost seconds per county (~2.4 s + ~2.6 s for 蒸湘区 on an idle
// machine), which a dispute dossier pays on top of its own work and which came close to the
// 10 s request limit on a busy server. `npm start` warms every county once it serves, and again
// after every committed write (a new graph version) — a write through the API or another process.
import { jurisdictionAnalysis } from './analyses/service.js';
import { listJurisdictions } from './repositories/jurisdiction.repository.js';
import { route } from './search/route.js';
import { type GraphVersion, graphVersion } from './version.js';

export interface WarmReport {
  version: GraphVersion;
  jurisdictions: number;
  ms: number;
}

/** Builds the evidence index and the overlap analysis of every county, one after another. */
export async function warmCounties(): Promise<WarmReport> {
  const started = performance.now();
  const version = await graphVersion();
  const counties = (await listJurisdictions()).filter((j) => j.level === 'county');
  for (const county of counties) {
    // The name, as people ask with it: the caches are keyed by what it resolves to.
    await route({ question: '谁负责', jurisdiction: county.name, first: 1 });
    await jurisdictionAnalysis(county.name);
  }
  return { version, jurisdictions: counties.length, ms: Math.round(performance.now() - started) };
}

/**
 * Warms now, then whenever the graph version has moved (checked every `everyMs`). Failures (the
 * database restarting) are reported and retried at the next check; returns a stop function.
 */
export function keepCountiesWarm(report: { warmed(r: WarmReport): void; failed(error: unknown): void }, everyMs = 15_000): () => void {
  let warmedAt: GraphVersion | null = null;
  let running = false;
  let stopped = false;
  const tick = async () => {
    if (running || stopped) return;
    running = true;
    try {
      const version = await graphVersion();
      if (version !== warmedAt) {
        const r = await warmCounties();
        warmedAt = r.version;
        report.warmed(r);
      }
    } catch (error) {
      report.failed(error);
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
