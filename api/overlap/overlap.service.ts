// Maps the plain analysis results of graph/analyses to the GraphQL shapes.
import type { MatterDivisionResult } from '../../graph/analyses/compare.js';
import type { CorpusAgency, MatterAssignment } from '../../graph/analyses/corpus.js';
import type { FindingItem, OverlapFinding } from '../../graph/analyses/finding.js';
import * as analyses from '../../graph/analyses/service.js';
import { asOfDate } from '../answer/answer.service.js';
import { apiError } from '../errors.js';
import { pageSize } from '../guards.js';
import type { Agency } from '../agency/agency.type.js';
import type { Matter } from '../matter/matter.type.js';
import type {
  DivisionAssignment,
  MatterDivision,
  Overlap,
  OverlapItem,
  OverlapKind,
  OverlapMatrix,
  UncoveredAssignment,
} from './overlap.type.js';

/** Defaults shown in the schema descriptions; thresholds were tuned on the labelled seeds (tests/labels). */
export const OVERLAP_DEFAULTS = { first: 20, minScore: 0 } as const;

/** Name of the lowest level of a jurisdiction key (湖南省/衡阳市/蒸湘区 → 蒸湘区). */
function jurisdictionName(key: string): string {
  return key.split('/').filter(Boolean).pop() ?? key;
}

function agencyOf(a: CorpusAgency | undefined | null): Agency | null {
  if (!a) return null;
  return { key: a.key, name: a.name, aliases: a.aliases, jurisdiction: jurisdictionName(a.key.split('|')[0] ?? '') };
}

function itemOf(i: FindingItem, agencies: ReadonlyMap<string, CorpusAgency>): OverlapItem {
  const agency = agencyOf(i.agencyKey ? agencies.get(i.agencyKey) : null);
  return { text: i.text, excerpt: i.excerpt ?? null, role: i.role, agency, agencyKey: i.agencyKey, source: i.source };
}

function divisionOf(
  r: MatterAssignment | OverlapFinding['divisions'][number],
  agencies: ReadonlyMap<string, CorpusAgency>,
): DivisionAssignment {
  return {
    agency: agencyOf(r.agencyKey ? agencies.get(r.agencyKey) : null),
    agencyRaw: r.agencyRaw,
    division: r.division,
    role: r.role,
    case: r.case,
    bases: r.bases,
    listDepartment: r.listDepartment,
    listKey: r.listKey,
    source: r.source,
  };
}

function overlapOf(f: OverlapFinding, agencies: ReadonlyMap<string, CorpusAgency>): Overlap {
  return {
    id: f.id,
    kind: f.kind as OverlapKind,
    score: f.score,
    jurisdiction: jurisdictionName(f.jurisdictionKey),
    agencies: f.agencies.map((a) => agencyOf(a)!),
    items: f.items.map((i) => itemOf(i, agencies)),
    matter: f.matter,
    divisions: f.divisions.map((d) => divisionOf(d, agencies)),
    sharedTerms: f.sharedTerms,
    explanation: f.explanation,
  };
}

export interface OverlapArgs {
  jurisdiction: string;
  kind: OverlapKind | null;
  first: number | null;
  minScore: number | null;
  after: string | null;
  /** The agencies as they are that day: agencies merged into one body by then no longer overlap each other. */
  asOf?: string | null;
}

/** Thresholds are similarities: 0–1. */
function unitInterval(value: number | null, name: string): void {
  if (value != null && !(value >= 0 && value <= 1)) {
    throw apiError('BAD_USER_INPUT', `参数 ${name} 必须在 0 到 1 之间，收到 ${value}`, { argumentName: name });
  }
}

export async function overlaps(args: OverlapArgs): Promise<Overlap[]> {
  const first = pageSize(args.first, OVERLAP_DEFAULTS.first);
  unitInterval(args.minScore, 'minScore');
  const analysis = await analyses.jurisdictionAnalysis(args.jurisdiction);
  const agencies = new Map(analysis.corpus.agencies.map((a) => [a.key, a]));
  const found = await analyses.overlaps({
    jurisdiction: args.jurisdiction,
    kind: args.kind,
    first,
    minScore: args.minScore ?? OVERLAP_DEFAULTS.minScore,
    after: args.after,
    asOf: asOfDate(args.asOf),
  });
  return found.map((f) => overlapOf(f, agencies));
}

export async function compareMatter(title: string, first: number | null, minSimilarity: number | null): Promise<MatterDivision[]> {
  const n = pageSize(first, 20);
  unitInterval(minSimilarity, 'minSimilarity');
  if (!title.trim()) throw apiError('BAD_USER_INPUT', '参数 title 不能为空', { argumentName: 'title' });
  return (await analyses.compareMatter(title, n, minSimilarity ?? undefined)).map(matterDivisionOf);
}

/** One jurisdiction's division of a matter (compareMatter, the dispute dossier's other places). */
export function matterDivisionOf(m: MatterDivisionResult): MatterDivision {
  const agencies = new Map(m.assignments.flatMap((a) => (a.agency ? [[a.agency.key, a.agency] as const] : [])));
  return {
    jurisdiction: jurisdictionName(m.jurisdictionKey),
    jurisdictionKey: m.jurisdictionKey,
    matter: m.matter,
    similarity: m.similarity,
    assignments: m.assignments.map((a) => divisionOf(a.row, agencies)),
  };
}

export async function uncoveredAssignments(jurisdiction: string, first: number | null): Promise<UncoveredAssignment[]> {
  const n = pageSize(first, 20);
  const analysis = await analyses.jurisdictionAnalysis(jurisdiction);
  const agencies = new Map(analysis.corpus.agencies.map((a) => [a.key, a]));
  return analysis.uncovered.slice(0, n).map((u) => ({
    id: u.id,
    agency: agencyOf(u.agency)!,
    matter: u.matter,
    assignment: divisionOf(u.row, agencies),
    closest: u.closest
      ? itemOf(
          { text: u.closest.text.text, agencyKey: u.closest.text.agencyKey, role: u.closest.text.kind, source: u.closest.text.source },
          agencies,
        )
      : null,
    score: u.score,
  }));
}

export async function overlapMatrix(jurisdiction: string, asOf: string | null = null): Promise<OverlapMatrix> {
  const m = await analyses.matrix(jurisdiction, asOfDate(asOf));
  return { jurisdiction, agencies: m.agencies, edges: m.edges.map((e) => ({ ...e, kind: e.kind as OverlapKind })) };
}

export const sharedMatters = (jurisdiction: string, agencies: string[]): Promise<Matter[]> =>
  analyses.sharedMatters(jurisdiction, agencies);

/** Matter.assignments: every boundary row of the matter, from every list that states it. */
export async function matterAssignments(matterKey: string): Promise<DivisionAssignment[]> {
  const { matters, agencies } = await analyses.matterRows([matterKey]);
  return (matters[0]?.assignments ?? []).map((r) => divisionOf(r, agencies));
}
