// Everything the lists say each agency of some jurisdictions does, as plain rows: the
// evidence the agency-level ranking (graph/search/route.ts) scores and cites.
import * as Q from '../queries/evidence.js';
import { type PublishedList, supersededLists } from './current-lists.js';
import { decisionInForce, type RulingRecord } from '../rulings/ruling.js';
import { rulingsOfJurisdictions } from '../rulings/repository.js';
import type { AgencyRef, BasisRef, SourceLine } from '../search/types.js';
import { readRows, type Row } from './read.js';
import { num, str, strOrNull, strs } from './values.js';

/** Where a piece of evidence stands in the lists. */
export type EvidenceKind = 'responsibility' | 'duty' | 'service' | 'rule';

/** One citable row: a boundary row, a duty's work item (or the duty), a public service, a supervision rule. */
export interface EvidenceRow {
  kind: EvidenceKind;
  key: string;
  /** Matter title; the duty text for a duty; the service title; the rule's text. */
  title: string;
  /** Division text; the work item; the service's content; '' for a rule. */
  division: string;
  case: string | null;
  role: 'lead' | 'cooperate' | null;
  matterKey: string | null;
  /** Position of the agency in its cell (boundary rows), else 0. */
  ord: number;
  bases: BasisRef[];
  units: string[];
  phones: string[];
  source: SourceLine;
}

export interface AgencyEvidence {
  agency: AgencyRef;
  rows: EvidenceRow[];
}

const sourceOf = (r: Row): SourceLine => ({ file: str(r.file), line: num(r.line), endLine: num(r.endLine) });

function row(kind: EvidenceKind, r: Row, fields: Partial<EvidenceRow>): EvidenceRow {
  return {
    kind,
    key: str(r.key),
    title: '',
    division: '',
    case: null,
    role: null,
    matterKey: null,
    ord: 0,
    bases: [],
    units: [],
    phones: [],
    source: sourceOf(r),
    ...fields,
  };
}

const list = (v: unknown): Row[] => (Array.isArray(v) ? (v as Row[]) : []);

/** The lists of the jurisdictions' agencies, dated, for the newer-list rule. */
export async function publishedLists(jurisdictionKeys: string[]): Promise<PublishedList[]> {
  return (await readRows(Q.PUBLISHED_LISTS, { jurisdictionKeys })).map((r) => ({
    agencyKey: str(r.agencyKey),
    key: str(r.key),
    docKey: str(r.docKey),
    date: strOrNull(r.date),
    loadedAt: str(r.loadedAt),
  }));
}

/**
 * What the lists say each agency does, from each department's newest list only (as of
 * `asOf`, YYYY[-MM[-DD]], when given): older lists stay in the graph, but answer nothing.
 */
export async function agencyEvidence(jurisdictionKeys: string[], asOf: string | null = null): Promise<AgencyEvidence[]> {
  const superseded = supersededLists(await publishedLists(jurisdictionKeys), asOf);
  const records = await readRows(Q.AGENCY_EVIDENCE, {
    jurisdictionKeys,
    supersededLists: superseded.map((l) => l.key),
    supersededDocs: [...new Set(superseded.map((l) => `${l.agencyKey}|${l.docKey}`))],
  });
  return records.map((a) => {
    const rows: EvidenceRow[] = [];
    for (const r of list(a.responsibilities)) {
      rows.push(
        row('responsibility', r, {
          title: str(r.title),
          division: str(r.division),
          case: strOrNull(r.case),
          matterKey: str(r.matterKey),
          role: r.role === 'lead' || r.role === 'cooperate' ? r.role : null,
          ord: num(r.ord),
          bases: list(r.bases).map((b) => ({
            key: str(b.key),
            title: strOrNull(b.title),
            docNumber: strOrNull(b.docNumber),
            kind: strOrNull(b.kind),
            articles: strs(b.articles),
          })),
        }),
      );
    }
    for (const d of list(a.duties)) {
      const items = list(d.items);
      if (items.length === 0) rows.push(row('duty', d, { title: str(d.text) }));
      for (const w of items) rows.push(row('duty', w, { title: str(d.text), division: str(w.text) }));
    }
    for (const s of list(a.services)) {
      rows.push(
        row('service', s, { title: str(s.title), division: strOrNull(s.content) ?? '', units: strs(s.units), phones: strs(s.phones) }),
      );
    }
    for (const x of list(a.rules)) rows.push(row('rule', x, { title: str(x.text) }));
    return {
      agency: { key: str(a.key), name: str(a.name), aliases: strs(a.aliases), jurisdiction: str(a.jurisdiction) },
      rows,
    };
  });
}

let evidenceReadListener: ((jurisdictionKeys: readonly string[]) => void) | null = null;

/**
 * Called with the jurisdictions of every evidence read from Neo4j (null: none): how a test
 * sees which jurisdictions a question read, e.g. that an unscoped question reads only its
 * candidates (graph/search/candidate-jurisdictions.ts), without timing anything.
 */
export function onEvidenceRead(listener: ((jurisdictionKeys: readonly string[]) => void) | null): void {
  evidenceReadListener = listener;
}

/** A jurisdiction's evidence: its agencies' rows and the rulings (协调意见) in force there. */
export interface JurisdictionEvidence {
  agencies: AgencyEvidence[];
  /** One per ruled matter: the decision in force (a withdrawn matter has none). */
  rulings: RulingRecord[];
}

/**
 * Agencies' rows and rulings in force, read together: called inside atOneVersion
 * (graph/version.ts), both reads see the one committed state, so no answer pairs the rows
 * of one version with the rulings of another.
 */
export async function jurisdictionEvidence(jurisdictionKeys: string[], asOf: string | null = null): Promise<JurisdictionEvidence> {
  evidenceReadListener?.(jurisdictionKeys);
  const agencies = await agencyEvidence(jurisdictionKeys, asOf);
  const history = await rulingsOfJurisdictions(jurisdictionKeys);
  const matters = new Map<string, RulingRecord[]>();
  for (const r of history) matters.set(r.matterKey, [...(matters.get(r.matterKey) ?? []), r]);
  const rulings = [...matters.values()].map(decisionInForce).filter((r): r is RulingRecord => r !== null);
  return { agencies, rulings };
}

export async function agencyJurisdictions(): Promise<string[]> {
  return (await readRows(Q.AGENCY_JURISDICTIONS)).map((r) => str(r.key));
}
