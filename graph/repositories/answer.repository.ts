// Candidate facts for the answer queries, as plain objects.
import { FULLTEXT } from '../schema/indexes.js';
import * as Q from '../queries/answer.js';
import type { AgencyRef, BasisRef, SourceLine } from '../search/types.js';
import { readRows } from './read.js';
import { num, str, strOrNull, strs } from './values.js';

export interface FactCandidate {
  kind: 'responsibility' | 'duty';
  key: string;
  lucene: number;
  /** Position of the agency in its cell (区公安局、区司法局: 0, 1): the order the document names them. */
  ord: number;
  agency: AgencyRef;
  matter: { key: string | null; title: string };
  division: string;
  case: string | null;
  role: 'lead' | 'cooperate' | null;
  bases: BasisRef[];
  source: SourceLine;
}

export interface ServiceCandidate {
  key: string;
  lucene: number;
  title: string;
  content: string | null;
  units: string[];
  phones: string[];
  agency: AgencyRef;
  source: SourceLine;
}

export interface ResolvedJurisdiction {
  key: string;
  name: string;
  /** The jurisdiction and everything below it. */
  keys: string[];
}

/** Candidate pool size per full-text index: generous, the re-ranking decides. */
const LIMIT = 150;

export async function resolveJurisdiction(name: string): Promise<ResolvedJurisdiction[]> {
  const rows = await readRows(Q.RESOLVE_JURISDICTION, { name: name.trim() });
  return rows.map((r) => ({ key: str(r.key), name: str(r.name), keys: [str(r.key), ...strs(r.below)] }));
}

export async function factCandidates(q: string, jurisdictionKeys: string[] | null): Promise<FactCandidate[]> {
  const rows = await readRows(Q.WHO_HANDLES_CANDIDATES, {
    q, jurisdictionKeys, limit: LIMIT,
    responsibilityIndex: FULLTEXT.responsibilityText, matterIndex: FULLTEXT.matterTitle, dutyIndex: FULLTEXT.dutyText,
  });
  return rows.map((r) => ({
    kind: r.kind === 'duty' ? 'duty' : 'responsibility',
    key: str(r.key),
    lucene: num(r.lucene),
    ord: num(r.ord),
    agency: agencyOf(r),
    matter: { key: strOrNull(r.matterKey), title: str(r.matterTitle) },
    division: str(r.division),
    case: strOrNull(r.case),
    role: r.role === 'lead' || r.role === 'cooperate' ? r.role : null,
    bases: (Array.isArray(r.bases) ? r.bases : []).map((b: Record<string, unknown>) => ({
      key: str(b.key), title: strOrNull(b.title), docNumber: strOrNull(b.docNumber), kind: strOrNull(b.kind),
      articles: strs(b.articles),
    })),
    source: sourceOf(r),
  }));
}

export async function serviceCandidates(q: string, jurisdictionKeys: string[] | null): Promise<ServiceCandidate[]> {
  const rows = await readRows(Q.SERVICE_CANDIDATES, {
    q, jurisdictionKeys, limit: LIMIT, serviceIndex: FULLTEXT.serviceText,
  });
  return rows.map((r) => ({
    key: str(r.key), lucene: num(r.lucene), title: str(r.title), content: strOrNull(r.content),
    units: strs(r.units), phones: strs(r.phones), agency: agencyOf(r), source: sourceOf(r),
  }));
}

export async function agencyNames(jurisdictionKeys: string[] | null): Promise<Array<{ key: string; names: string[] }>> {
  const rows = await readRows(Q.AGENCY_NAMES, { jurisdictionKeys });
  return rows.map((r) => ({ key: str(r.key), names: [str(r.name), ...strs(r.aliases)] }));
}

function agencyOf(r: Record<string, unknown>): AgencyRef {
  return { key: str(r.agencyKey), name: str(r.agencyName), aliases: strs(r.aliases), jurisdiction: str(r.jurisdiction) };
}

function sourceOf(r: Record<string, unknown>): SourceLine {
  return { file: str(r.file), line: num(r.line), endLine: num(r.endLine) };
}

/** Units and phones (de-duplicated, in table order) per agency key. */
export async function agencyContacts(agencyKeys: string[]): Promise<Map<string, { units: string[]; phones: string[] }>> {
  const out = new Map<string, { units: string[]; phones: string[] }>();
  if (agencyKeys.length === 0) return out;
  for (const r of await readRows(Q.AGENCY_CONTACTS, { agencyKeys })) {
    const c = out.get(str(r.agencyKey)) ?? { units: [], phones: [] };
    for (const u of strs(r.units)) if (!c.units.includes(u)) c.units.push(u);
    for (const p of strs(r.phones)) if (!c.phones.includes(p)) c.phones.push(p);
    out.set(str(r.agencyKey), c);
  }
  return out;
}
