// Warming the caches a county's first request would otherwise build: the ranker's evidence
// index (graph/search/route.ts) and the overlap analysis (graph/analyses/service.ts). Built on
// first use they cost seconds per county (~2.4 s + ~2.6 s for 蒸湘区 on an idle machine), which a
// dispute dossier pays on top of its own work and which came close to the 10 s request limit on a
// busy server. Both are kept per version of their county (graph/version.ts), so after a write only
// the counties it changed need warming again: `npm start` warms every county once it serves, then,
// whenever the graph version moves (a write through the API or another process), the counties
// whose version differs from the one they were warmed at, one at a time. Rewarming every county
// after every write would not end for a country: ~5 s × 1,000 counties per committed file.
// A process keeps COUNTY_CACHE_ENTRIES counties (graph/version.ts); with more counties than that,
// warming stops at that many (the rest are built on their first request): warming a country's
// every county would evict the first warmed ones, for nothing but minutes of CPU.
import { jurisdictionAnalysis } from './analyses/service.js';
import { route } from './search/route.js';
import { COUNTY_CACHE_ENTRIES, type GraphVersion, graphVersion, jurisdictionVersions } from './version.js';

export interface WarmReport {
  /** The graph version the county versions were read at. */
  version: GraphVersion;
  /** Counties warmed. */
  jurisdictions: number;
  /** Counties in the graph. */
  counties: number;
  ms: number;
  /** Stopped before every stale county was warmed. */
  stopped: boolean;
}

export interface WarmOptions {
  /** County key → the county version it was last warmed at: only the others are warmed; updated as each is. */
  warmedAt?: Map<string, GraphVersion>;
  /** Checked before each county: true stops the warming there. */
  stop?: () => boolean;
  /** At most this many distinct counties are ever warmed (with `warmedAt`); default COUNTY_CACHE_ENTRIES. */
  limit?: number;
}

/** Builds the evidence index and the overlap analysis of every county not warmed at its current version, one after another. */
export async function warmCounties(options: WarmOptions = {}): Promise<WarmReport> {
  const started = performance.now();
  const table = await jurisdictionVersions(await graphVersion());
  const counties = [...table.byKey].filter(([, j]) => j.level === 'county');
  let warmed = 0;
  let stopped = false;
  const limit = options.limit ?? COUNTY_CACHE_ENTRIES;
  const warmedAt = options.warmedAt ?? new Map<string, GraphVersion>();
  for (const [key, { name: own, version }] of counties) {
    if (warmedAt.get(key) === version) continue;
    // Past the cache's size only the counties warmed before are kept warm (re-warmed when stale).
    if (!warmedAt.has(key) && warmedAt.size >= limit) continue;
    if (options.stop?.()) {
      stopped = true;
      break;
    }
    // The key as people may type it (湖南省衡阳市蒸湘区): it resolves to this county alone, and
    // the caches are keyed by what a name resolves to, so a question naming 蒸湘区 finds the entry.
    // The unnamed place (key //) by its name, 未知辖区.
    const name = key.replaceAll('/', '') || own;
    await route({ question: '谁负责', jurisdiction: name, first: 1 });
    await jurisdictionAnalysis(name);
    warmedAt.set(key, version);
    warmed++;
  }
  return { version: table.version, jurisdictions: warmed, counties: counties.length, ms: Math.round(performance.now() - started), stopped };
}

/**
 * Warms now, then whenever the graph version has moved (checked every `everyMs`) the counties whose
 * version changed. Failures (the database restarting) are reported and retried at the next check;
 * returns a stop function, which also ends a warming under way after its current county.
 */
export function keepCountiesWarm(report: { warmed(r: WarmReport): void; failed(error: unknown): void }, everyMs = 15_000): () => void {
  const warmedAt = new Map<string, GraphVersion>();
  let seen: GraphVersion | null = null;
  let running = false;
  let stopped = false;
  const tick = async () => {
    if (running || stopped) return;
    running = true;
    try {
      const version = await graphVersion();
      if (version !== seen) {
        const r = await warmCounties({ warmedAt, stop: () => stopped });
        if (!r.stopped) seen = version;
        if (r.jurisdictions > 0) report.warmed(r);
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
