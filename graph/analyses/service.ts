// The analyses as the API sees them: plain objects, computed once per version of their
// jurisdiction (graph/version.ts: a write there changes it, a write elsewhere does not).
import { analyseJurisdiction, type JurisdictionAnalysis } from './analyses.js';
import { COMPARE_CANDIDATES, compareMatter as compareTitles, DEFAULT_COMPARE, type MatterDivisionResult } from './compare.js';
import type { OverlapFinding, OverlapKind } from './finding.js';
import { overlapMatrix, type OverlapMatrix } from './matrix.js';
import { unknownCursor, unknownJurisdiction, unresolvedAgencies } from '../errors.js';
import { resolveAgencyNamesToday } from '../search/agency-lookup.js';
import { bodiesAsOf, withinOneBody } from '../succession/bodies.js';
import { localSuccessionEvents } from '../succession/repository.js';
import { jurisdictionKeys } from '../search/jurisdiction.js';
import { type CacheStats, COUNTY_CACHE_ENTRIES, type GraphVersion, graphVersion, scopeVersion, VersionedCache } from '../version.js';
import * as repo from './repository.js';
import type { UncoveredAssignment } from './uncovered.js';

// Analyses are the expensive part (seconds for a large jurisdiction): few entries, kept per version.
const analyses = new VersionedCache<JurisdictionAnalysis>(COUNTY_CACHE_ENTRIES);

/** The one jurisdiction a name denotes (蒸湘区, 衡阳市蒸湘区 or a key); the first when several match. */
async function resolve(jurisdiction: string, version: GraphVersion): Promise<string> {
  const keys = await jurisdictionKeys(jurisdiction, version);
  if (!keys?.length) throw unknownJurisdiction(jurisdiction);
  return keys[0]!;
}

export async function jurisdictionAnalysis(jurisdiction: string): Promise<JurisdictionAnalysis> {
  const version = await graphVersion();
  const key = await resolve(jurisdiction, version);
  // Read as one committed state (graph/version.ts atOneVersion), analysed outside the lock.
  // Kept per version of this jurisdiction (graph/version.ts scopeVersion): a load in another county keeps it.
  return analyses.getAtOneVersion(
    await scopeVersion([key], version),
    key,
    () => repo.readJurisdictionCorpus(key),
    (corpus) => {
      if (!corpus) throw unknownJurisdiction(jurisdiction);
      return analyseJurisdiction(corpus);
    },
    [key],
  );
}

/** Hits and misses of the analyses this process keeps, and the version of the one kept for `key` (undefined: none). */
export function analysisCache(key: string): CacheStats & { version: GraphVersion | undefined } {
  return { ...analyses.stats(), version: analyses.versionOf(key) };
}

export interface OverlapQuery {
  jurisdiction: string;
  kind: OverlapKind | null;
  first: number;
  minScore: number;
  /** Id of the last finding of the previous page. */
  after: string | null;
  /**
   * YYYY-MM-DD: the agencies as they are that day (graph/succession/bodies.ts): findings between
   * agencies that had become one body are left out. Absent: the lists as written.
   */
  asOf?: string | null;
}

/**
 * Findings strongest first. With no kind: contradictions, then undeclared, then declared overlaps,
 * each strongest first — scores of different kinds measure different things, and the first two
 * are what nobody wrote down.
 */
export async function overlaps(q: OverlapQuery): Promise<OverlapFinding[]> {
  const analysis = await jurisdictionAnalysis(q.jurisdiction);
  const kinds: OverlapKind[] = q.kind ? [q.kind] : ['CONTRADICTION', 'UNDECLARED', 'DECLARED'];
  const oneBody = await oneBodyAsOf(analysis, q.asOf ?? null);
  const all = kinds.flatMap((k) => analysis.overlaps[k]).filter((f) => f.score >= q.minScore && !oneBody(f.agencies.map((a) => a.key)));
  const at = q.after ? all.findIndex((f) => f.id === q.after) : -1;
  if (q.after && at < 0) throw unknownCursor(q.after);
  return all.slice(at + 1, at + 1 + q.first);
}

export async function uncoveredAssignments(jurisdiction: string, first: number): Promise<UncoveredAssignment[]> {
  return (await jurisdictionAnalysis(jurisdiction)).uncovered.slice(0, first);
}

export async function matrix(jurisdiction: string, asOf: string | null = null): Promise<OverlapMatrix> {
  const a = await jurisdictionAnalysis(jurisdiction);
  const m = overlapMatrix(a.corpus, [...a.overlaps.DECLARED, ...a.overlaps.UNDECLARED, ...a.overlaps.CONTRADICTION]);
  const oneBody = await oneBodyAsOf(a, asOf);
  return { ...m, edges: m.edges.filter((e) => !oneBody([e.source, e.target])) };
}

/** Whether agencies are one body at `asOf` (graph/succession/bodies.ts); never when no date is asked. */
async function oneBodyAsOf(a: JurisdictionAnalysis, asOf: string | null): Promise<(agencyKeys: string[]) => boolean> {
  if (!asOf) return () => false;
  const jurisdictionKey = a.corpus.key;
  const bodies = bodiesAsOf(a.corpus.agencies, jurisdictionKey, await localSuccessionEvents([jurisdictionKey]), asOf);
  return (keys) => withinOneBody(keys, bodies);
}

/** Matters like `title` in every jurisdiction, most alike first, with how each is divided. */
export async function compareMatter(
  title: string,
  first = DEFAULT_COMPARE.first,
  minSimilarity = DEFAULT_COMPARE.minSimilarity,
): Promise<MatterDivisionResult[]> {
  // Rank the titles sharing a character pair with it (never every title of the country) on
  // titles alone, then read the rows of the matters that made the page.
  const titles = await repo.readMatterTitlesLike(title, COMPARE_CANDIDATES);
  const shells = titles.map((t) => ({ ...t, assignments: [] }));
  const ranked = compareTitles(title, shells, new Map(), { first, minSimilarity });
  const { matters, agencies } = await repo.readMatters(ranked.map((r) => r.matter.key));
  const byKey = new Map(matters.map((m) => [m.key, m]));
  return compareTitles(
    title,
    ranked.map((r) => byKey.get(r.matter.key) ?? shells.find((s) => s.key === r.matter.key)!),
    agencies,
    { first, minSimilarity },
  );
}

export async function sharedMatters(jurisdiction: string, agencies: string[]): Promise<repo.SharedMatterRow[]> {
  const key = await resolve(jurisdiction, await graphVersion());
  // A name people type today (应急局) resolves to the agency that ceased into that body.
  const resolved = await resolveAgencyNamesToday(agencies, [key]);
  if (resolved.unknown.length || resolved.ambiguous.length) throw unresolvedAgencies(resolved.unknown, resolved.ambiguous);
  return repo.readSharedMatters(key, resolved.keys);
}

/** Boundary rows of the given matters, any jurisdiction. */
export function matterRows(keys: string[]): ReturnType<typeof repo.readMatters> {
  return repo.readMatters(keys);
}
