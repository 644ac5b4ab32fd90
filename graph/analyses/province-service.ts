// The province/city overlap view as the API sees it: a region's counties folded by department
// kind pair (province.ts), from each county's own analysis (service.ts, cached per county),
// read one county at a time so a 100-county province never holds 100 analyses at once. The
// aggregate is kept per graph version, like the analyses it is made of.
import { type CountyOverlaps, aggregateRegion, type RegionOverlaps } from './province.js';
import { type RegionMatch, readRegions } from './province-repository.js';
import { jurisdictionAnalysis } from './service.js';
import { graphVersion, VersionedCache } from '../version.js';

export type { RegionMatch } from './province-repository.js';

// An aggregate is small (kind pairs × counties); few regions are looked at per version.
const aggregates = new VersionedCache<RegionOverlaps>(16);

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

/** The region's kind-pair aggregate at the current graph version. */
export async function regionOverlaps(region: RegionMatch): Promise<RegionOverlaps> {
  const version = await graphVersion();
  return aggregates.get(version, region.key, () =>
    aggregateRegion(
      region.counties.map((c) => c.key),
      countyOverlaps,
    ),
  );
}
