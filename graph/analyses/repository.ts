// Reads what the analyses need from Neo4j and returns plain corpus objects.
import { normaliseTitle } from '../../domain/matter-title.js';
import { readQuery } from '../driver.js';
import { FULLTEXT } from '../schema/indexes.js';
import { escapeLucene } from '../search/question-terms.js';
import { num, str, strOrNull, strs } from '../repositories/values.js';
import type { BasisRef } from '../search/types.js';
import type { CorpusAgency, CorpusMatter, DutyText, JurisdictionCorpus, MatterAssignment, SourceLocation } from './corpus.js';
import * as Q from './queries.js';
import { characterBigrams } from './similarity/subject-terms.js';

type Row = Record<string, unknown>;

async function rows(cypher: string, params: Row = {}): Promise<Row[]> {
  return (await readQuery(cypher, params)).map((r) => r.toObject() as Row);
}

export async function readJurisdictionCorpus(key: string): Promise<JurisdictionCorpus | null> {
  const [row] = await rows(Q.JURISDICTION_CORPUS, { key });
  if (!row) return null;
  const agencies = new Map<string, CorpusAgency>();
  for (const a of row.agencies as Row[]) agencies.set(str(a.key), toAgency(a));
  const texts: DutyText[] = [];
  for (const d of row.duties as Row[]) {
    const dutyId = str(d.key);
    const agencyKey = str(d.agencyKey);
    texts.push({ id: dutyId, agencyKey, kind: 'duty', dutyId, text: str(d.text), source: toSource(d) });
    for (const w of d.items as Row[])
      texts.push({ id: str(w.key), agencyKey, kind: 'workItem', dutyId, text: str(w.text), source: toSource(w) });
  }
  const matters = toMatters(row.rows as Row[], key, agencies);
  return { key: str(row.key), name: str(row.name), agencies: [...agencies.values()], texts, matters };
}

/**
 * Matters whose titles share a character pair with `title`: its best full-text matches, at
 * most `limit`, by key (queries.ts MATTER_TITLES_LIKE); [] for a title with no pair of characters.
 */
export async function readMatterTitlesLike(
  title: string,
  limit: number,
): Promise<Array<{ key: string; title: string; jurisdictionKey: string }>> {
  const pairs = [...new Set(characterBigrams(normaliseTitle(title)))];
  if (pairs.length === 0) return [];
  const q = pairs.map((p) => `"${escapeLucene(p)}"`).join(' OR ');
  return (await rows(Q.MATTER_TITLES_LIKE, { q, limit, matterIndex: FULLTEXT.matterTitle })).map((r) => ({
    key: str(r.key),
    title: str(r.title),
    jurisdictionKey: str(r.jurisdictionKey),
  }));
}

export async function readMatters(keys: string[]): Promise<{ matters: CorpusMatter[]; agencies: Map<string, CorpusAgency> }> {
  const agencies = new Map<string, CorpusAgency>();
  const byJurisdiction = new Map<string, Row[]>();
  for (const r of await rows(Q.MATTER_ROWS, { keys })) {
    const j = str(r.jurisdictionKey);
    byJurisdiction.set(j, [...(byJurisdiction.get(j) ?? []), r]);
  }
  const matters = [...byJurisdiction].flatMap(([j, list]) => toMatters(list, j, agencies));
  return { matters, agencies };
}

export interface SharedMatterRow {
  key: string;
  title: string;
  seq: string | null;
  jurisdictionKey: string;
  jurisdiction: string;
}

export async function readSharedMatters(key: string, agencyKeys: string[]): Promise<SharedMatterRow[]> {
  return (await rows(Q.SHARED_MATTERS, { key, agencyKeys })).map((r) => ({
    key: str(r.key),
    title: str(r.title),
    seq: r.seq == null ? null : str(r.seq),
    jurisdictionKey: str(r.jurisdictionKey),
    jurisdiction: str(r.jurisdiction),
  }));
}

/** Boundary rows → matters; a row naming two agencies becomes one assignment per agency. */
function toMatters(list: Row[], jurisdictionKey: string, agencies: Map<string, CorpusAgency>): CorpusMatter[] {
  const matters = new Map<string, CorpusMatter>();
  for (const r of list) {
    const key = str(r.matterKey);
    const matter = matters.get(key) ?? { key, title: str(r.title), jurisdictionKey, assignments: [] };
    matters.set(key, matter);
    const holders = (r.holders as Row[]).map(toAgency);
    for (const h of holders) if (!agencies.has(h.key)) agencies.set(h.key, h);
    const base: Omit<MatterAssignment, 'agencyKey'> = {
      agencyRaw: str(r.agencyRaw),
      division: str(r.division),
      listKey: str(r.listKey),
      listDepartment: str(r.listDepartment),
      role: r.role === 'lead' || r.role === 'cooperate' ? r.role : null,
      case: strOrNull(r.case),
      bases: ((r.bases as Row[] | null) ?? []).map(toBasis),
      source: toSource(r),
    };
    for (const agencyKey of holders.length ? holders.map((h) => h.key) : [null]) matter.assignments.push({ ...base, agencyKey });
  }
  return [...matters.values()];
}

function toBasis(b: Row): BasisRef {
  return {
    key: str(b.key),
    title: strOrNull(b.title),
    docNumber: strOrNull(b.docNumber),
    kind: strOrNull(b.kind),
    articles: strs(b.articles),
  };
}

function toAgency(a: Row): CorpusAgency {
  return { key: str(a.key), name: str(a.name), aliases: strs(a.aliases) };
}

function toSource(r: Row): SourceLocation {
  return { file: str(r.file), line: num(r.line), endLine: num(r.endLine ?? r.line) };
}
