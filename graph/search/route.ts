// The one ranker behind whoHandles and whereToComplain (they differ in what they show,
// not in how they find): agencies are ranked on everything the lists say they do, and the
// row that best supports each agency for this question is what the answer cites.
//
// 1. The question becomes weighted terms: a short question is taken whole (question-terms.ts);
//    a long message is read for its subject (subject.ts). Spoken words gain document words
//    (lexicon.ts); agencies the question names are recognised (domain/agency-names.ts).
// 2. Every row of every agency of the jurisdiction (boundary rows, duties and work items,
//    public services, supervision rules: graph/repositories/evidence.repository.ts) is
//    scored by rank.ts, with term weights (idf) over all those rows.
// 3. An agency scores its best row plus a share of its next best ones: an agency whose lists
//    speak of the subject in several places is surer than one with a single coincidence.
import { findAgencyMentions, type MentionableAgency, withMentionForms } from '../../domain/agency-names.js';
import { agencyEvidence, type AgencyEvidence, type EvidenceRow } from '../repositories/evidence.repository.js';
import { type GraphVersion, VersionedCache } from '../version.js';
import { expandQuestion } from './lexicon.js';
import { bigrams, questionTerms, type QuestionTerms } from './question-terms.js';
import { rankCandidate, termWeights } from './rank.js';
import { SUBJECT, subjectTerms } from './subject.js';
import type { AgencyRef, Answer } from './types.js';

/**
 * The ranking's free parameters, chosen on the `dev` split of the real messages and on our
 * own question sets (tools/tune-route.ts); never on the `test` split.
 */
export const ROUTE = {
  /** An agency the question names itself (发改局管不管炼油) is preferred by this factor. */
  mentionBoost: 1.2,
  /** Share of an agency's 2nd and 3rd best rows added to its best row, for a short question… */
  supportShort: 0,
  /** …and for a long message. */
  supportLong: 0.7,
};

export interface PreparedTerms {
  terms: QuestionTerms;
  /** Read for its subject (a long message) rather than taken whole. */
  long: boolean;
  /** Weight multiplier per term (subject weight of long messages); absent: 1. */
  termWeight: ReadonlyMap<string, number>;
  mentioned: ReadonlySet<string>;
}

/** A jurisdiction's evidence, and the same agencies with the forms a question may name them by. */
interface EvidenceIndex {
  agencies: AgencyEvidence[];
  mentionable: MentionableAgency[];
  /** Each row's searchable text, in the order of `rows`. */
  rows: Array<{ agency: AgencyRef; row: EvidenceRow; text: string }>;
}

const indexes = new VersionedCache<EvidenceIndex>(64);

/** The evidence of the jurisdictions `keys` (null: every jurisdiction), cached per graph version. */
export function evidenceIndex(keys: string[] | null, version: GraphVersion, allKeys: () => Promise<string[]>): Promise<EvidenceIndex> {
  return indexes.get(version, keys?.join('\n') ?? '*', async () => {
    const agencies = await agencyEvidence(keys ?? (await allKeys()));
    return {
      agencies,
      mentionable: withMentionForms(agencies.map((a) => ({ key: a.agency.key, names: [a.agency.name, ...a.agency.aliases] }))),
      rows: agencies.flatMap((a) => a.rows.map((row) => ({ agency: a.agency, row, text: `${row.title}${row.division}${row.case ?? ''}` }))),
    };
  });
}

/** Terms of the question or message, with named agencies resolved and taken out of the text search. */
export function prepareTerms(question: string, mentionable: readonly MentionableAgency[]): PreparedTerms | null {
  const mentions = findAgencyMentions(question, mentionable);
  const long = [...question].length > SUBJECT.longMessage;
  const raw = long ? subjectTerms(question) : { ...questionTerms(question), weights: new Map<string, number>() };
  const own = raw.terms.filter((t) => !mentions.words.some((w) => w.includes(t)));
  // Spoken words (盖房子) gain the document words for them (建筑, 违章建筑), at a lower weight.
  const expanded = expandQuestion(mentions.words.reduce((q, w) => q.replaceAll(w, ''), question), own);
  const content = mentions.words.reduce((c, w) => c.replaceAll(w, ''), raw.content);
  const terms: QuestionTerms = { terms: [...own, ...expanded.keys()], content, contentBigrams: bigrams(content), expanded };
  if (terms.terms.length === 0) return null;
  return { terms, long, termWeight: raw.weights, mentioned: mentions.agencyKeys };
}

/** An agency with its score and the rows that support it, best first. */
export interface RankedAgency {
  agency: AgencyRef;
  score: number;
  rows: Array<{ row: EvidenceRow; score: number; highlights: string[] }>;
}

/** Scores every row, then every agency by its best rows; agencies with no matching row drop out. */
export function rankAgencies(p: PreparedTerms, index: EvidenceIndex): RankedAgency[] {
  const weights = termWeights(p.terms.terms, index.rows.map((r) => r.text), p.terms.expanded);
  for (const [term, w] of weights) weights.set(term, w * (p.termWeight.get(term) ?? 1));
  const byAgency = new Map<string, RankedAgency>();
  for (const { agency, row } of index.rows) {
    const ranked = rankCandidate(p.terms, weights, rankFields(row, agency));
    if (ranked.highlights.length === 0 || ranked.score <= 0) continue;
    const entry = byAgency.get(agency.key) ?? { agency, score: 0, rows: [] };
    entry.rows.push({ row, score: ranked.score, highlights: ranked.highlights });
    byAgency.set(agency.key, entry);
  }
  for (const entry of byAgency.values()) {
    // Equal scores keep the order the document names agencies in (one cell naming two).
    entry.rows.sort((a, b) => b.score - a.score || a.row.ord - b.row.ord || a.row.key.localeCompare(b.row.key));
    const [best, second, third] = entry.rows.map((r) => r.score);
    const share = p.long ? ROUTE.supportLong : ROUTE.supportShort;
    let score = (best ?? 0) + share * ((second ?? 0) + (third ?? 0));
    if (p.mentioned.has(entry.agency.key)) score *= ROUTE.mentionBoost;
    entry.score = Math.round(score * 1000) / 1000;
  }
  return [...byAgency.values()].sort(
    (a, b) => b.score - a.score || a.rows[0]!.row.ord - b.rows[0]!.row.ord || a.agency.key.localeCompare(b.agency.key),
  );
}

function rankFields(row: EvidenceRow, agency: AgencyRef) {
  const names = [agency.name, ...agency.aliases];
  switch (row.kind) {
    case 'responsibility':
      return { title: row.title, division: row.division, case: row.case, role: row.role, kind: 'responsibility' as const, agencyNames: names, agencyKey: agency.key };
    case 'service':
      return { title: row.title, division: row.division, case: null, role: null, kind: 'responsibility' as const, agencyNames: names, agencyKey: agency.key };
    default:
      // A duty (or a supervision rule) has no matter title: its text weighs as division text.
      return { title: '', division: `${row.title}\n${row.division}`, case: null, role: null, kind: 'duty' as const, agencyNames: names, agencyKey: agency.key };
  }
}

/** The answer an agency gives: its best row as the evidence. */
export function answerOf(ranked: RankedAgency): Answer {
  const { row, highlights } = ranked.rows[0]!;
  return {
    kind: row.kind,
    key: row.key,
    agency: ranked.agency,
    matter: { key: row.matterKey, title: row.title },
    division: row.division,
    role: row.role,
    case: row.case,
    bases: row.bases,
    score: ranked.score,
    highlights,
    source: row.source,
  };
}
