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
// 4. A ruling (协调意见) in force for the matter the question is about puts the agencies it
//    names first (ruledMatter): it is the recorded decision where the lists disagree.
import { findAgencyMentions, jurisdictionKeyOf, type MentionableAgency, PLAQUES, withMentionForms } from '../../domain/agency-names.js';
import { type DepartmentProfile, GENERAL_FUNCTION_NOTE, profileOfAgencyName, profileSubjectsIn } from '../../domain/department-profiles.js';
import { type Emergency, emergencyIn } from '../../domain/emergency.js';
import {
  type AgencyEvidence,
  agencyJurisdictions,
  type EvidenceRow,
  jurisdictionEvidence,
  type JurisdictionEvidence,
} from '../repositories/evidence.repository.js';
import type { RulingRecord } from '../rulings/ruling.js';
import type { SuccessionEvent } from '../../domain/succession/model.js';
import { successorMentionForms } from '../succession/modern-names.js';
import { type SuccessionNote, successionNoteOf, today } from '../succession/note.js';
import { localSuccessionEvents } from '../succession/repository.js';
import { sourceTitles } from '../documents/titles.js';
import { type CacheStats, COUNTY_CACHE_ENTRIES, type GraphVersion, graphVersion, scopeVersion, VersionedCache } from '../version.js';
import { CONFIDENT, type ConfidenceFeatures, COVERAGE, confidenceFeatures, confidenceOf } from './confidence.js';
import { jurisdictionKeys } from './jurisdiction.js';
import { unscopedJurisdictions } from './candidate-jurisdictions.js';
import { expandQuestion } from './lexicon.js';
import { bigrams, questionTerms, type QuestionTerms } from './question-terms.js';
import { rankCandidate, type RankFields, termWeights } from './rank.js';
import { domainAgreement, domainPosterior } from './domain-prior.js';
import { SUBJECT, subjectTerms } from './subject.js';
import type { AgencyRef, Answer, Coverage, SourceLine } from './types.js';

/**
 * The ranking's free parameters, chosen on the `dev` split of the real messages and on our
 * own question sets (tools/tune-route.ts); never on the `test` split.
 */
export const ROUTE = {
  /** An agency the question names itself (发改局管不管炼油) is preferred by this factor. */
  mentionBoost: 1.2,
  /**
   * An agency whose kind (by its names: domain/department-profiles.ts) is the kind whose
   * subject words the question uses is preferred by up to this share: national knowledge of
   * what such a department does, where its own list words it differently. For a short question…
   */
  kindBoostShort: 0,
  /** …and for a long message. */
  kindBoostLong: 2,
  /** Preference (by up to this share) for agencies whose lists speak of the message's domain (domain-prior.ts), long messages only. */
  domainBoostLong: 1,
  /** Share of an agency's 2nd and 3rd best rows added to its best row, for a short question… */
  supportShort: 0,
  /** …and for a long message. */
  supportLong: 0.7,
};

export interface PreparedTerms {
  terms: QuestionTerms;
  /** P(domain | question) (domain-prior.ts), for long messages; null for short questions. */
  domains: number[] | null;
  /** Kinds of department whose subject words the question uses (profile id → words found). */
  kinds: Map<string, number>;
  /** Read for its subject (a long message) rather than taken whole. */
  long: boolean;
  /** Weight multiplier per term (subject weight of long messages); absent: 1. */
  termWeight: ReadonlyMap<string, number>;
  mentioned: ReadonlySet<string>;
}

/** A jurisdiction's evidence, and the same agencies with the forms a question may name them by. */
export interface EvidenceIndex {
  agencies: AgencyEvidence[];
  mentionable: MentionableAgency[];
  /** Agencies by the names of the bodies that hold their duties today (市场监管局 for 工商分局): see prepareTerms. */
  successorMentionable: MentionableAgency[];
  /** Each row's searchable text, in the order of `rows`. */
  rows: Array<{ agency: AgencyRef; row: EvidenceRow; text: string }>;
  /** The kinds of department (profile ids) each agency is by any of its names or plaques. */
  kinds: Map<string, Set<string>>;
  /** P(domain | the agency's own list texts), per agency (domain-prior.ts). */
  domains: Map<string, number[]>;
  /** Units and phones of each agency's public-service table. */
  contacts: Map<string, { units: string[]; phones: string[] }>;
  /** The rulings in force in these jurisdictions, one per ruled matter. */
  rulings: RulingRecord[];
  /** Each agency by key. */
  refs: Map<string, AgencyRef>;
  /** The local succession records of these jurisdictions (graph/succession/); the national pattern is in domain/. */
  succession: SuccessionEvent[];
}

const indexes = new VersionedCache<EvidenceIndex>(COUNTY_CACHE_ENTRIES);

/**
 * The evidence of the jurisdictions `keys` (null: every jurisdiction), cached per version of those
 * jurisdictions (graph/version.ts scopeVersion: a load in another county keeps it). `version`: the
 * request's graph version. Read as one committed state (atOneVersion: a reload commits between no
 * two of its rows) and also kept under the version it was read at, when a write committed since.
 */
export async function evidenceIndex(
  keys: string[] | null,
  version: GraphVersion,
  allKeys: () => Promise<string[]>,
  asOf: string | null = null,
): Promise<EvidenceIndex> {
  // Each department's newest list answers, or its newest as of `asOf`: another set of rows, another index.
  const key = `${keys?.join('\n') ?? '*'}@${asOf ?? ''}`;
  return indexes.getAtOneVersion(
    await scopeVersion(keys, version),
    key,
    async (): Promise<JurisdictionEvidence & { succession: SuccessionEvent[] }> => ({
      ...(await jurisdictionEvidence(keys ?? (await allKeys()), asOf)),
      succession: await localSuccessionEvents(keys, version),
    }),
    (e) => buildEvidenceIndex(e.agencies, e.rulings, e.succession),
    keys,
  );
}

/** Hits and misses of the evidence indexes this process keeps, and the version of the one kept for `keys` (undefined: none). */
export function evidenceCache(keys: string[] | null, asOf: string | null = null): CacheStats & { version: GraphVersion | undefined } {
  return { ...indexes.stats(), version: indexes.versionOf(`${keys?.join('\n') ?? '*'}@${asOf ?? ''}`) };
}

export function buildEvidenceIndex(
  agencies: AgencyEvidence[],
  rulings: RulingRecord[] = [],
  succession: SuccessionEvent[] = [],
): EvidenceIndex {
  const mentionable = withMentionForms(agencies.map((a) => ({ key: a.agency.key, names: [a.agency.name, ...a.agency.aliases] })));
  return {
    rulings,
    succession,
    refs: new Map(agencies.map((a) => [a.agency.key, a.agency])),
    agencies,
    mentionable,
    successorMentionable: successorNames(mentionable, agencies, succession),
    rows: agencies.flatMap((a) => a.rows.map((row) => ({ agency: a.agency, row, text: `${row.title}${row.division}${row.case ?? ''}` }))),
    kinds: new Map(agencies.map((a) => [a.agency.key, kindsOf(a.agency)])),
    domains: new Map(agencies.map((a) => [a.agency.key, domainPosterior(a.rows.map((r) => `${r.title}${r.division}`).join('\n'))])),
    contacts: new Map(agencies.map((a) => [a.agency.key, contactsIn(a)])),
  };
}

/**
 * A name people type today (市场监管局) that no agency of the lists is called by names the
 * agencies whose duties went to that body (工商分局, 质监局, 食药监局): each such agency with
 * the names of its successors today, so the mention boost goes to their rows. A form some
 * agency is called by itself stays that agency's alone.
 */
function successorNames(
  mentionable: readonly MentionableAgency[],
  agencies: readonly AgencyEvidence[],
  local: readonly SuccessionEvent[],
): MentionableAgency[] {
  const own = new Set(mentionable.flatMap((m) => m.questionForms));
  const asOf = today();
  return agencies
    .map(({ agency: a }) => ({
      key: a.key,
      questionForms: successorMentionForms(a.name, jurisdictionKeyOf(a.key), local, asOf).filter((f) => !own.has(f)),
    }))
    .filter((m) => m.questionForms.length > 0);
}

/**
 * Terms of the question or message, with named agencies resolved and taken out of the text
 * search. `successors`: agencies by the names of the bodies that hold their duties today
 * (EvidenceIndex.successorMentionable); they are boosted like named agencies, but the words stay
 * in the search, because they also say what the matter is (医保局: 医保; 市场监管局: 市场, 监管).
 */
export function prepareTerms(
  question: string,
  mentionable: readonly MentionableAgency[],
  successors: readonly MentionableAgency[] = [],
): PreparedTerms | null {
  const mentions = findAgencyMentions(question, mentionable);
  const successorMentions = findAgencyMentions(question, successors);
  const long = [...question].length > SUBJECT.longMessage;
  const raw = long ? subjectTerms(question) : { ...questionTerms(question), weights: new Map<string, number>() };
  const own = raw.terms.filter((t) => !mentions.words.some((w) => w.includes(t)));
  // Spoken words (盖房子) gain the document words for them (建筑, 违章建筑), at a lower weight.
  const expanded = expandQuestion(
    mentions.words.reduce((q, w) => q.replaceAll(w, ''), question),
    own,
  );
  const content = mentions.words.reduce((c, w) => c.replaceAll(w, ''), raw.content);
  const terms: QuestionTerms = { terms: [...own, ...expanded.keys()], content, contentBigrams: bigrams(content), expanded };
  if (terms.terms.length === 0) return null;
  // The kinds the question's words point at, its spoken words read as the document words for them (太吵 → 噪声).
  const kinds = new Map(profileSubjectsIn(`${question}\n${[...expanded.keys()].join('\n')}`).map((p) => [p.profile.id, p.subjects.length]));
  const domains = long && ROUTE.domainBoostLong > 0 ? domainPosterior(question) : null;
  return {
    terms,
    kinds,
    domains,
    long,
    termWeight: raw.weights,
    mentioned: new Set([...mentions.agencyKeys, ...successorMentions.agencyKeys]),
  };
}

/** An agency with its score and the rows that support it, best first. */
export interface RankedAgency {
  agency: AgencyRef;
  score: number;
  rows: Array<{ row: EvidenceRow; score: number; highlights: string[] }>;
  /** Share (0..1) of the question's term weight that the best row contains: how much of the subject it speaks to. */
  matched: number;
  /** 0..1: the question's subject words point at this agency's kind of department (kindAgreement). */
  agree: number;
  /** What its best row is about: the matter key, else the row key. */
  topic: string;
  /**
   * The row its answer cites: among its best rows, the one that holds most of the question's
   * words (the best-scoring row can win on one heavy word, 职业卫生 for a wage complaint).
   */
  cited: { row: EvidenceRow; score: number; highlights: string[] } | null;
}

/** Each term's weight: idf over the index's rows, times its subject weight for a long message. */
export function questionWeights(p: PreparedTerms, index: EvidenceIndex): Map<string, number> {
  const weights = termWeights(
    p.terms.terms,
    index.rows.map((r) => r.text),
    p.terms.expanded,
  );
  for (const [term, w] of weights) weights.set(term, w * (p.termWeight.get(term) ?? 1));
  return weights;
}

/** Scores every row, then every agency by its best rows; agencies with no matching row drop out. */
export function rankAgencies(p: PreparedTerms, index: EvidenceIndex, weights = questionWeights(p, index)): RankedAgency[] {
  const byAgency = new Map<string, RankedAgency>();
  for (const { agency, row } of index.rows) {
    const ranked = rankCandidate(p.terms, weights, rankFields(row, agency));
    if (ranked.highlights.length === 0 || ranked.score <= 0) continue;
    const entry = byAgency.get(agency.key) ?? { agency, score: 0, rows: [], matched: 0, agree: 0, topic: '', cited: null };
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
    entry.agree = kindAgreement(p, index.kinds.get(entry.agency.key));
    score *= 1 + (p.long ? ROUTE.kindBoostLong : ROUTE.kindBoostShort) * entry.agree;
    if (p.domains) score *= 1 + ROUTE.domainBoostLong * domainAgreement(p.domains, index.domains.get(entry.agency.key) ?? []);
    entry.score = Math.round(score * 1000) / 1000;
    entry.matched = matchedShare(entry.rows[0]!.row, weights);
    entry.topic = entry.rows[0]!.row.matterKey ?? entry.rows[0]!.row.key;
    entry.cited = citedRow(entry.rows, weights);
  }
  return [...byAgency.values()].sort(
    (a, b) => b.score - a.score || a.rows[0]!.row.ord - b.rows[0]!.row.ord || a.agency.key.localeCompare(b.agency.key),
  );
}

/** The agency's kinds by its name and plaques (区发改局（区交通局）: 发改 and 交通运输). */
function kindsOf(agency: AgencyRef): Set<string> {
  const kinds = new Set<string>();
  for (const name of [agency.name, ...agency.aliases, ...[...agency.name.matchAll(PLAQUES)].flatMap((m) => m[1]!.split('、'))]) {
    const profile = profileOfAgencyName(name);
    if (profile) kinds.add(profile.id);
  }
  return kinds;
}

/** 0..1: how strongly the question's subject words point at some kind of department (two words: fully). */
export function kindStrength(p: PreparedTerms): number {
  return Math.min(1, Math.max(0, ...p.kinds.values()) / 2);
}

/** 0..1: how strongly the question's subject words point at one of the agency's kinds (two words: fully). */
export function kindAgreement(p: PreparedTerms, kinds: ReadonlySet<string> | undefined): number {
  let best = 0;
  for (const kind of kinds ?? []) best = Math.max(best, Math.min(1, (p.kinds.get(kind) ?? 0) / 2));
  return best;
}

/** Of an agency's CITE_AMONG best rows, the one holding most of the question's weight (then the better score). */
const CITE_AMONG = 5;

function citedRow(rows: RankedAgency['rows'], weights: ReadonlyMap<string, number>): RankedAgency['rows'][number] {
  let best = rows[0]!;
  let bestShare = matchedShare(best.row, weights);
  for (const r of rows.slice(1, CITE_AMONG)) {
    const share = matchedShare(r.row, weights);
    if (share > bestShare + 1e-9) {
      best = r;
      bestShare = share;
    }
  }
  return best;
}

function matchedShare(row: EvidenceRow, weights: ReadonlyMap<string, number>): number {
  return textShare(`${row.title}${row.division}${row.case ?? ''}`, weights);
}

function textShare(text: string, weights: ReadonlyMap<string, number>): number {
  let total = 0;
  let found = 0;
  for (const [term, w] of weights) {
    total += w;
    if (text.includes(term)) found += w;
  }
  return total > 0 ? found / total : 0;
}

function rankFields(row: EvidenceRow, agency: AgencyRef): RankFields {
  const names = [agency.name, ...agency.aliases];
  switch (row.kind) {
    case 'responsibility':
      return {
        title: row.title,
        division: row.division,
        case: row.case,
        role: row.role,
        kind: 'responsibility' as const,
        agencyNames: names,
        agencyKey: agency.key,
      };
    case 'service':
      return {
        title: row.title,
        division: row.division,
        case: null,
        role: null,
        kind: 'responsibility' as const,
        agencyNames: names,
        agencyKey: agency.key,
      };
    default:
      // A duty (or a supervision rule) has no matter title: its text weighs as division text.
      return {
        title: '',
        division: `${row.title}\n${row.division}`,
        case: null,
        role: null,
        kind: 'duty' as const,
        agencyNames: names,
        agencyKey: agency.key,
      };
  }
}

/** The answer an agency gives: its best row as the evidence. */
export function answerOf(ranked: RankedAgency): Omit<Answer, 'confidence' | 'coverage'> {
  const { row, highlights } = ranked.cited ?? ranked.rows[0]!;
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
    ruling: null,
  };
}

/** A kind of department the lists are silent about but whose general function fits the question. */
export interface GeneralFunction {
  profile: DepartmentProfile;
  /** The jurisdiction's agency of that kind when its lists name one (环保蒸湘分局), else null. */
  agency: AgencyRef | null;
  /** The question's words that matched the profile. */
  subjects: string[];
  /** 本地清单未载明；按此类部门的通常职能，…… */
  note: string;
}

export interface SearchInput {
  question: string;
  jurisdiction?: string | null;
  first: number;
  /**
   * The date the answer speaks for (YYYY, YYYY-MM, YYYY-MM-DD): each department's newest list
   * dated on or before it answers (absent: its newest list), and which successor holds a listed
   * agency's duty then (absent: today).
   */
  asOf?: string | null;
}

/** Everything the one ranker found for a question; whoHandles and whereToComplain show parts of it. */
export interface Routing {
  /** List-based agencies, best first. */
  ranked: RankedAgency[];
  /** Probability the top list agency is right (0 without one); a ruling's answers have their own (RULING_CONFIDENCE). */
  confidence: number;
  /** What the confidence was computed from (null without a list agency). */
  features: ConfidenceFeatures | null;
  /** RULING when a ruling in force decides the matter the question is about (`ruled`). */
  coverage: Coverage;
  /** The ruling in force for the question's matter, with its agencies; null when none. */
  ruled: RuledMatter | null;
  general: GeneralFunction | null;
  emergency: Emergency | null;
  /** Units and phones of an agency's public-service table. */
  contactsOf(agencyKey: string): { units: string[]; phones: string[] };
  /**
   * What became of an agency since its list (graph/succession/note.ts): null when it still holds
   * the duty `about` speaks of. `source`: the cited line, whose list's year the note names.
   */
  successionOf(agency: AgencyRef, about: string, source?: SourceLine, namedBy?: 'list' | 'general' | 'ruling'): SuccessionNote | null;
}

export async function route(input: SearchInput): Promise<Routing> {
  const version = await graphVersion();
  const keys = await jurisdictionKeys(input.jurisdiction, version);
  const index = keys
    ? await evidenceIndex(keys, version, agencyJurisdictions, input.asOf ?? null)
    : await unscopedIndex(input.question, version, input.asOf ?? null);
  const titles = await sourceTitles(version);
  const prepared = prepareTerms(input.question, index.mentionable, index.successorMentionable);
  const weights = prepared ? questionWeights(prepared, index) : new Map<string, number>();
  const ranked = prepared ? rankAgencies(prepared, index, weights) : [];
  const features = confidenceFeatures(ranked, prepared?.long ?? false, prepared ? kindStrength(prepared) : 0);
  const confidence = confidenceOf(features);
  const ruled = prepared ? ruledMatter(prepared, index, weights, ranked) : null;
  const listed = confidence >= CONFIDENT && (ranked[0]?.matched ?? 0) >= COVERAGE.listMatched;
  const general = ruled || listed ? null : generalFunction(input.question, index, ranked[0]?.agency ?? null);
  const coverage: Coverage = ruled ? 'RULING' : listed ? 'LIST' : general ? 'GENERAL_FUNCTION' : 'NOT_COVERED';
  return {
    ranked,
    confidence,
    features,
    coverage,
    ruled,
    general,
    emergency: emergencyIn(input.question),
    contactsOf: (key) => index.contacts.get(key) ?? { units: [], phones: [] },
    successionOf: (agency, about, source, namedBy) =>
      successionNoteOf({
        agency: agency.name,
        jurisdictionKey: jurisdictionKeyOf(agency.key),
        local: index.succession,
        asOf: input.asOf ?? today(),
        about,
        // 清单（2016）载明: the year of the list the answer cites (graph/documents/titles.ts).
        listYear: source ? (titles(source.file, source.line).listDate.year?.toString() ?? null) : null,
        namedBy,
      }),
  };
}

/**
 * An unscoped question's index: only the jurisdictions whose lists use its words most
 * (candidate-jurisdictions.ts), each from the cached index a question scoped to it uses,
 * merged; never the whole country's evidence.
 */
export async function unscopedIndex(question: string, version: GraphVersion, asOf: string | null = null): Promise<EvidenceIndex> {
  const keys = (await unscopedJurisdictions(question)).sort();
  const parts = await Promise.all(keys.map((key) => evidenceIndex([key], version, agencyJurisdictions, asOf)));
  return mergeEvidenceIndexes(parts);
}

/**
 * One index over several jurisdictions' indexes, as buildEvidenceIndex would build it from
 * their evidence together: rows and per-agency features are reused; the successor names an
 * agency of another jurisdiction is itself called by are dropped, as successorNames does.
 */
export function mergeEvidenceIndexes(parts: readonly EvidenceIndex[]): EvidenceIndex {
  if (parts.length === 1) return parts[0]!;
  const mentionable = parts.flatMap((p) => p.mentionable);
  const own = new Set(mentionable.flatMap((m) => m.questionForms));
  return {
    agencies: parts.flatMap((p) => p.agencies),
    mentionable,
    successorMentionable: parts
      .flatMap((p) => p.successorMentionable)
      .map((m) => ({ key: m.key, questionForms: m.questionForms.filter((f) => !own.has(f)) }))
      .filter((m) => m.questionForms.length > 0),
    rows: parts.flatMap((p) => p.rows),
    kinds: new Map(parts.flatMap((p) => [...p.kinds])),
    domains: new Map(parts.flatMap((p) => [...p.domains])),
    contacts: new Map(parts.flatMap((p) => [...p.contacts])),
    rulings: parts.flatMap((p) => p.rulings),
    refs: new Map(parts.flatMap((p) => [...p.refs])),
    succession: parts.flatMap((p) => p.succession),
  };
}

/** A ruling (协调意见) in force for the matter a question is about, with the agencies it names. */
export interface RuledMatter {
  ruling: RulingRecord;
  lead: { agency: AgencyRef; division: string };
  cooperating: Array<{ agency: AgencyRef; division: string }>;
  /** The ruling scored as a row of its lead agency (rank.ts): title, divisions. */
  score: number;
  highlights: string[];
}

/**
 * The ruling in force that decides what the question is about, if any. A question is about
 * the ruled matter when the ranking's top agency answers from that matter (its `topic`), or
 * when the ruling's own text (the matter's title and the ruling's divisions, scored like a
 * list row of its lead agency) scores at least as well as the best list row, which is how a
 * ruling that created a matter no list names is found. Its text must also hold as much of the
 * question's weight as a list answer must (COVERAGE.listMatched), so a question sharing one
 * word with the matter is not decided by it; questions about other matters are untouched.
 */
export function ruledMatter(
  p: PreparedTerms,
  index: EvidenceIndex,
  weights: Map<string, number>,
  ranked: readonly RankedAgency[],
): RuledMatter | null {
  const bestRow = ranked[0]?.rows[0]?.score ?? 0;
  let best: RuledMatter | null = null;
  for (const ruling of index.rulings) {
    const lead = ruling.lead ? index.refs.get(ruling.lead.agencyKey) : undefined;
    if (!ruling.lead || !lead) continue;
    const division = [ruling.lead.division, ...ruling.cooperating.map((c) => c.division)].join('\n');
    const scored = rankCandidate(p.terms, weights, {
      title: ruling.matterTitle,
      division,
      case: null,
      role: 'lead',
      kind: 'responsibility',
      agencyNames: [lead.name, ...lead.aliases],
      agencyKey: lead.key,
    });
    if (scored.highlights.length === 0 || scored.score <= 0) continue;
    if (textShare(`${ruling.matterTitle}${division}`, weights) < COVERAGE.listMatched) continue;
    if (ranked[0]?.topic !== ruling.matterKey && scored.score < bestRow) continue;
    if (best && best.score >= scored.score) continue;
    const cooperating = ruling.cooperating.flatMap((c) => {
      const agency = index.refs.get(c.agencyKey);
      return agency ? [{ agency, division: c.division }] : [];
    });
    best = {
      ruling,
      lead: { agency: lead, division: ruling.lead.division },
      cooperating,
      score: round3(scored.score),
      highlights: scored.highlights,
    };
  }
  return best;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * The kind of department whose general function fits the question, when the lists are silent:
 * the kind with most subject words in the question (domain/department-profiles.ts), and the
 * jurisdiction's agency of that kind if the lists name one.
 */
function generalFunction(question: string, index: EvidenceIndex, topAgency: AgencyRef | null): GeneralFunction | null {
  const [best] = profileSubjectsIn(question).filter((p) => p.profile.nature !== 'hotline');
  if (!best) return null;
  // By any of its names or plaques: 区发改局（区交通运输局） is the county's 交通运输 department too.
  const ofKind = index.agencies
    .filter((a) => index.kinds.get(a.agency.key)?.has(best.profile.id))
    .sort((a, b) => b.rows.length - a.rows.length)
    .map((a) => a.agency);
  // Prefer the top list agency when it is of that kind, then the one the lists say most about.
  const agency = ofKind.find((a) => a.key === topAgency?.key) ?? ofKind[0] ?? null;
  const note = `${GENERAL_FUNCTION_NOTE}，此事通常由${best.profile.kind}负责：${best.profile.functions[0] ?? ''}`;
  return { profile: best.profile, agency, subjects: best.subjects, note };
}

function contactsIn(a: AgencyEvidence): { units: string[]; phones: string[] } {
  const units = new Set<string>();
  const phones = new Set<string>();
  for (const row of a.rows) {
    for (const u of row.units) units.add(u);
    for (const p of row.phones) phones.add(p);
  }
  return { units: [...units], phones: [...phones] };
}
