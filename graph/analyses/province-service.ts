// The province/city overlap view as the API sees it: a region's counties folded by department
// kind pair (province.ts), from each county's own analysis (service.ts, cached per county),
// read one county at a time so a 100-county province never holds 100 analyses at once.
//
// A cold region takes longer than a request may (100 counties: every county's analysis, seconds
// each), so the aggregation runs as a job per region and graph version, apart from the request:
// a request waits for it a bounded time and returns what is folded so far with the progress;
// the next request (the page polls) sees more, and a finished job is the cached aggregate.
import { type CountyOverlaps, RegionOverlapAggregator, type RegionOverlaps } from './province.js';
import { type RegionMatch, readRegions } from './province-repository.js';
import { jurisdictionAnalysis } from './service.js';
import { type GraphVersion, graphVersion, VersionedCache } from '../version.js';

export type { RegionMatch } from './province-repository.js';

export interface RegionProgress extends RegionOverlaps {
  /** Counties of the region. */
  total: number;
  /** Counties folded in so far (`counties` lists them). */
  analysed: number;
  complete: boolean;
}

interface RegionJob {
  aggregator: RegionOverlapAggregator;
  total: number;
  analysed: number;
  /** Settles when every county is folded in, or the graph changed under the job. */
  done: Promise<void>;
  failure: unknown;
  /** The result once complete, computed once. */
  final: RegionOverlaps | null;
}

// A job's aggregate is small (kind pairs × counties); few regions are looked at per version.
const jobs = new VersionedCache<RegionJob>(16);

/** The jurisdictions a name denotes, with their levels and counties (none for a county). */
export function findRegions(name: string): Promise<RegionMatch[]> {
  return readRegions(name);
}

async function countyOverlaps(key: string): Promise<CountyOverlaps> {
  // The path without slashes names exactly this county (graph/queries/answer.ts RESOLVE_JURISDICTION).
  const analysis = await jurisdictionAnalysis(key.replaceAll('/', ''));
  const { DECLARED, UNDECLARED, CONTRADICTION } = analysis.overlaps;
  return {
    key,
    name: analysis.corpus.name,
    placeNames: key.split('/').filter(Boolean),
    agencies: analysis.corpus.agencies,
    findings: [...CONTRADICTION, ...UNDECLARED, ...DECLARED],
  };
}

function startJob(region: RegionMatch, version: GraphVersion): RegionJob {
  const job: RegionJob = {
    aggregator: new RegionOverlapAggregator(),
    total: region.counties.length,
    analysed: 0,
    done: Promise.resolve(),
    failure: null,
    final: null,
  };
  job.done = (async () => {
    for (const county of region.counties) {
      // A load since the job started: its figures would mix two graphs; the next request starts anew.
      if ((await graphVersion()) !== version) throw new Error('graph changed during the region aggregation');
      job.aggregator.add(await countyOverlaps(county.key));
      job.analysed += 1;
    }
  })().catch((error: unknown) => {
    job.failure = error;
  });
  return job;
}

/**
 * The region's kind-pair aggregate at the current graph version: complete when the job is done
 * within `waitMs`, else the counties folded so far (`complete: false`).
 */
export async function regionOverlaps(region: RegionMatch, waitMs: number): Promise<RegionProgress> {
  const version = await graphVersion();
  const job = await jobs.get(
    version,
    region.key,
    async () => startJob(region, version),
    // A failed job (a county that vanished, the database down) is not kept: the next request retries.
    (j) => j.failure === null,
  );
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([job.done, new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)))]);
  clearTimeout(timer);
  if (job.failure) {
    jobs.put(version, region.key, startJob(region, version));
    throw job.failure;
  }
  const complete = job.analysed === job.total;
  if (complete) job.final ??= job.aggregator.result();
  return { ...(job.final ?? job.aggregator.result()), total: job.total, analysed: job.analysed, complete };
}
