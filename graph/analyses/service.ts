// The analyses as the API sees them: plain objects, computed once per jurisdiction per
// graph version (any load, replacement or removal of a document changes the version).
import { resolveAgencyNames } from './agency-names.js';
import { analyseJurisdiction, type JurisdictionAnalysis } from './analyses.js';
import { compareMatter as compareTitles, DEFAULT_COMPARE, type MatterDivisionResult } from './compare.js';
import type { OverlapFinding, OverlapKind } from './finding.js';
import { overlapMatrix, type OverlapMatrix } from './matrix.js';
import { jurisdictionKeys, UnknownJurisdictionError } from '../search/jurisdiction.js';
import * as repo from './repository.js';
import type { UncoveredAssignment } from './uncovered.js';

/** A pagination cursor that names no finding of the requested list. */
export class UnknownCursorError extends Error {
  readonly code = 'UNKNOWN_CURSOR';
  constructor(readonly cursor: string) {
    super(`无效的游标：${cursor}`);
  }
}

export class UnknownAgencyError extends Error {
  readonly code = 'UNKNOWN_AGENCY';
  constructor(
    readonly names: string[],
    readonly ambiguous: Array<{ name: string; candidates: string[] }> = [],
  ) {
    const parts = [
      ...(names.length ? [`辖区内未找到部门：${names.join('、')}`] : []),
      ...ambiguous.map((a) => `“${a.name}”可能指：${a.candidates.join('、')}，请写全称`),
    ];
    super(parts.join('；'));
  }
}

// The promise is cached, so concurrent requests for one jurisdiction compute it once.
const cache = new Map<string, { version: string; analysis: Promise<JurisdictionAnalysis> }>();

/** The one jurisdiction a name denotes (蒸湘区, 衡阳市蒸湘区 or a key); the first when several match. */
async function resolve(jurisdiction: string): Promise<string> {
  const keys = await jurisdictionKeys(jurisdiction);
  if (!keys?.length) throw new UnknownJurisdictionError(jurisdiction);
  return keys[0]!;
}

export async function jurisdictionAnalysis(jurisdiction: string): Promise<JurisdictionAnalysis> {
  const key = await resolve(jurisdiction);
  const version = await repo.graphVersion();
  const cached = cache.get(key);
  if (cached?.version === version) return cached.analysis;
  const analysis = repo.readJurisdictionCorpus(key).then((corpus) => {
    if (!corpus) throw new UnknownJurisdictionError(jurisdiction);
    return analyseJurisdiction(corpus);
  });
  cache.set(key, { version, analysis });
  // A failed read must not stay cached.
  analysis.catch(() => cache.get(key)?.analysis === analysis && cache.delete(key));
  return analysis;
}

export interface OverlapQuery {
  jurisdiction: string;
  kind: OverlapKind | null;
  first: number;
  minScore: number;
  /** Id of the last finding of the previous page. */
  after: string | null;
}

/**
 * Findings strongest first. With no kind: contradictions, then undeclared, then declared overlaps,
 * each strongest first — scores of different kinds measure different things, and the first two
 * are what nobody wrote down.
 */
export async function overlaps(q: OverlapQuery): Promise<OverlapFinding[]> {
  const analysis = await jurisdictionAnalysis(q.jurisdiction);
  const kinds: OverlapKind[] = q.kind ? [q.kind] : ['CONTRADICTION', 'UNDECLARED', 'DECLARED'];
  const all = kinds.flatMap((k) => analysis.overlaps[k]).filter((f) => f.score >= q.minScore);
  const at = q.after ? all.findIndex((f) => f.id === q.after) : -1;
  if (q.after && at < 0) throw new UnknownCursorError(q.after);
  return all.slice(at + 1, at + 1 + q.first);
}

export async function uncoveredAssignments(jurisdiction: string, first: number): Promise<UncoveredAssignment[]> {
  return (await jurisdictionAnalysis(jurisdiction)).uncovered.slice(0, first);
}

export async function matrix(jurisdiction: string): Promise<OverlapMatrix> {
  const a = await jurisdictionAnalysis(jurisdiction);
  return overlapMatrix(a.corpus, [...a.overlaps.DECLARED, ...a.overlaps.UNDECLARED, ...a.overlaps.CONTRADICTION]);
}

let titles: { version: string; list: Awaited<ReturnType<typeof repo.readAllMatterTitles>> } | null = null;

/** Matters like `title` in every jurisdiction, most alike first, with how each is divided. */
export async function compareMatter(title: string, first = DEFAULT_COMPARE.first, minSimilarity = DEFAULT_COMPARE.minSimilarity): Promise<MatterDivisionResult[]> {
  const version = await repo.graphVersion();
  if (titles?.version !== version) titles = { version, list: await repo.readAllMatterTitles() };
  // Rank on titles alone, then read the rows of the matters that made the page.
  const shells = titles.list.map((t) => ({ ...t, assignments: [] }));
  const ranked = compareTitles(title, shells, new Map(), { first, minSimilarity });
  const { matters, agencies } = await repo.readMatters(ranked.map((r) => r.matter.key));
  const byKey = new Map(matters.map((m) => [m.key, m]));
  return compareTitles(title, ranked.map((r) => byKey.get(r.matter.key) ?? shells.find((s) => s.key === r.matter.key)!), agencies, { first, minSimilarity });
}

export async function sharedMatters(jurisdiction: string, agencies: string[]): Promise<repo.SharedMatterRow[]> {
  const key = await resolve(jurisdiction);
  const resolved = resolveAgencyNames(agencies, await repo.readAgencyNames(key), key);
  if (resolved.unknown.length || resolved.ambiguous.length) throw new UnknownAgencyError(resolved.unknown, resolved.ambiguous);
  return repo.readSharedMatters(key, resolved.keys);
}

/** Boundary rows of the given matters, any jurisdiction. */
export function matterRows(keys: string[]): ReturnType<typeof repo.readMatters> {
  return repo.readMatters(keys);
}
