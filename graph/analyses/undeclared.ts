import type { CorpusAgency, JurisdictionCorpus } from './corpus.js';
import { byStrength, type OverlapFinding } from './finding.js';
import { capacities, isSubordinate, sameCapacity } from './similarity/roles.js';
import { isInternalScope } from './similarity/scope.js';
import { sectors, sectorsCompatible } from './similarity/sectors.js';
import { cosine, sharedTerms, type TermVector } from './similarity/tfidf.js';
import { differentObjects, sharedRuns } from './similarity/phrases.js';
import { distinctConcepts, subjectTerms } from './similarity/subject-terms.js';
import type { Clause, TextIndex } from './text-index.js';

export interface UndeclaredOptions {
  /** Lowest clause cosine reported. */
  minScore: number;
  /** Clauses must share at least this many distinct subject concepts: one shared word is too often chance. */
  minSharedTerms: number;
  /** A boundary matter of both agencies whose text is at least this close to both clauses already divides the work. */
  declaredCoverage: number;
  /**
   * Drop pairs whose clauses differ in capacity (audit, funding…) or sector, that are an agency's
   * internal administration, or that share only a word of one agency's name. Off only to measure
   * what these filters buy (tests/labels).
   */
  structuralFilters: boolean;
  /**
   * A pair sharing fewer concepts is still kept when the clauses share one written phrase whose
   * subject words run to at least this many characters (彩票公益金, 法律援助): one whole phrase
   * names an object as surely as two scattered words. 0 turns this off.
   */
  minPhraseChars: number;
  /**
   * …and only when a subject word of that phrase is used by at most this many agencies of the
   * jurisdiction: 法律援助 in two or three lists is a rivalry, 专项资金 or 总体规划 in ten is vocabulary.
   */
  maxPhraseAgencies: number;
}

export const DEFAULT_UNDECLARED: UndeclaredOptions = {
  minScore: 0.12,
  minSharedTerms: 2,
  declaredCoverage: 0.2,
  structuralFilters: true,
  // Off by default: on the seeds the one-phrase pairs are mostly shared vocabulary (档案管理,
  // 技术开发) or a sector's slice of a district-wide task; see WIDE_UNDECLARED and the note.
  minPhraseChars: 0,
  maxPhraseAgencies: 3,
};

/** Recall setting: also one-phrase pairs of a word at most three agencies use, and weaker cosines. */
export const WIDE_UNDECLARED: UndeclaredOptions = { ...DEFAULT_UNDECLARED, minScore: 0.1, minPhraseChars: 4 };

interface Candidate {
  a: Clause;
  b: Clause;
  score: number;
  shared: string[];
  /** Characters of subject words inside the longest phrase both clauses write. */
  phraseChars: number;
}

/**
 * Pairs of clauses of different agencies' own duties that describe the same work, in the same
 * capacity, without a boundary matter dividing it. One finding per pair of duties (their best
 * matching clauses), so a duty whose items repeat it is not reported five times.
 */
export function findUndeclaredOverlaps(
  corpus: JurisdictionCorpus,
  index: TextIndex,
  options: UndeclaredOptions = DEFAULT_UNDECLARED,
): OverlapFinding[] {
  const filters = options.structuralFilters;
  const clauses = index.clauses.filter((c) => !filters || (!isInternalScope(c.clause) && !isSubordinate(c.clause)));
  const agencyCapacity = new Map(corpus.agencies.map((a) => [a.key, [a.name, ...a.aliases].join('；')]));
  const capacity = clauses.map((c) => capacities(`${c.clause}；${agencyCapacity.get(c.text.agencyKey) ?? ''}`));
  const sector = clauses.map((c) => sectors(c.clause));
  const nameTerms = agencyNameTerms(corpus);
  const best = new Map<string, Candidate>();
  for (const { i, j, dot } of similarPairs(clauses)) {
    if (dot < options.minScore) continue;
    if (filters && (!sameCapacity(capacity[i]!, capacity[j]!) || !sectorsCompatible(sector[i]!, sector[j]!))) continue;
    const [a, b] = clauses[i]!.text.agencyKey < clauses[j]!.text.agencyKey ? [clauses[i]!, clauses[j]!] : [clauses[j]!, clauses[i]!];
    const shared = distinctConcepts(sharedTerms(a.vector, b.vector));
    const own = filters ? nameTerms.get(a.text.agencyKey)!.concat(nameTerms.get(b.text.agencyKey)!) : [];
    const subjects = shared.filter((t) => !own.some((n) => t.includes(n)));
    if (subjects.length === 0) continue;
    // The shared run that carries the most subject words: 村级财务管理 beats 指导村级 of equal length.
    const [phrase, phraseChars] = sharedRuns(a.clause, b.clause)
      .map((run) => [run, subjectChars(run, subjects)] as const)
      .reduce((best, next) => (next[1] > best[1] ? next : best), ['', 0] as const);
    const onePhrase = subjects.length < options.minSharedTerms;
    if (onePhrase && !namesRareObject(phrase, phraseChars, subjects, index, options)) continue;
    if (filters && differentObjects(a.clause, b.clause, onePhrase ? phrase : '')) continue;
    // One shared phrase is weaker evidence than several shared concepts: such pairs rank below.
    const score = rankScore(dot, phraseChars) * (onePhrase ? ONE_PHRASE_WEIGHT : 1);
    const key = `${a.text.dutyId}~${b.text.dutyId}`;
    const previous = best.get(key);
    if (!previous || score > previous.score) best.set(key, { a, b, score, shared, phraseChars });
  }
  const declared = declaredMatterVectors(corpus, index);
  const agencies = new Map(corpus.agencies.map((a) => [a.key, a]));
  const findings: OverlapFinding[] = [];
  for (const { a, b, score, shared } of best.values()) {
    const matters = declared.get(`${a.text.agencyKey}~${b.text.agencyKey}`) ?? [];
    if (matters.some((m) => cosine(m, a.vector) >= options.declaredCoverage && cosine(m, b.vector) >= options.declaredCoverage)) continue;
    const pair = [agencies.get(a.text.agencyKey), agencies.get(b.text.agencyKey)].filter((x): x is CorpusAgency => !!x);
    findings.push({
      id: `U|${a.text.id}|${b.text.id}`,
      kind: 'UNDECLARED',
      score: round(score),
      jurisdictionKey: corpus.key,
      agencies: pair,
      items: [a, b].map((c) => ({
        text: c.text.text,
        excerpt: c.clause,
        agencyKey: c.text.agencyKey,
        role: c.text.kind,
        source: c.text.source,
      })),
      matter: null,
      divisions: [],
      sharedTerms: shared,
      explanation: `${pair.map((p) => p.name).join('与')}都在本部门职责中写到“${shared.slice(0, 3).join('、')}”，没有职责边界事项在两者之间划分。`,
    });
  }
  return findings.sort(byStrength);
}

/** Candidate pairs (i < j, different agencies) with their dot product, via an inverted index. */
function* similarPairs(clauses: readonly Clause[]): Generator<{ i: number; j: number; dot: number }> {
  const postings = new Map<string, Array<[number, number]>>();
  clauses.forEach((c, i) => {
    for (const [term, w] of c.vector) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push([i, w]);
    }
  });
  for (let i = 0; i < clauses.length; i += 1) {
    const dots = new Map<number, number>();
    const agency = clauses[i]!.text.agencyKey;
    for (const [term, w] of clauses[i]!.vector) {
      for (const [j, v] of postings.get(term)!) {
        if (j <= i || clauses[j]!.text.agencyKey === agency) continue;
        dots.set(j, (dots.get(j) ?? 0) + w * v);
      }
    }
    for (const [j, dot] of dots) yield { i, j, dot };
  }
}

/**
 * The subject words of each agency's names (审计 for 审计局, 财政 for 财政局): when another
 * agency's clause shares only such a word it speaks of its dealings with that agency (being
 * audited, reporting figures, its own staff's family planning), not of rival work.
 */
function agencyNameTerms(corpus: JurisdictionCorpus): Map<string, string[]> {
  const terms = new Map<string, string[]>();
  for (const agency of corpus.agencies) {
    const names = [agency.name, ...agency.aliases].map((n) => n.replace(/(?:分局|局|办公室|委员会|中心)(?=$|[（）()、])/gu, '$&；'));
    terms.set(agency.key, [...subjectTerms(names.join('；').replace(/(?:分局|局|办公室|委员会|中心)；/gu, '；')).keys()]);
  }
  return terms;
}

/** For each pair of agencies (keys sorted, joined by ~): vectors of the matters both hold. */
function declaredMatterVectors(corpus: JurisdictionCorpus, index: TextIndex): Map<string, TermVector[]> {
  const byPair = new Map<string, TermVector[]>();
  for (const matter of corpus.matters) {
    const holders = [...new Set(matter.assignments.map((a) => a.agencyKey).filter((k): k is string => !!k))].sort();
    if (holders.length < 2) continue;
    const vector = index.vectorOf([matter.title, ...matter.assignments.map((a) => a.division)].join('；'));
    for (let i = 0; i < holders.length; i += 1)
      for (let j = i + 1; j < holders.length; j += 1) {
        const key = `${holders[i]}~${holders[j]}`;
        byPair.set(key, [...(byPair.get(key) ?? []), vector]);
      }
  }
  return byPair;
}

const ONE_PHRASE_WEIGHT = 0.6;

/** A single shared concept counts when it is a written phrase of a word only these two agencies use. */
function namesRareObject(
  phrase: string,
  phraseChars: number,
  subjects: readonly string[],
  index: TextIndex,
  options: UndeclaredOptions,
): boolean {
  if (!options.minPhraseChars || phraseChars < options.minPhraseChars) return false;
  return subjects.some((t) => phrase.includes(t) && t.length >= 2 && index.idf.groupCount(t) <= options.maxPhraseAgencies);
}

/** Characters of the shared subject words that the phrase contains (its boilerplate does not count). */
function subjectChars(phrase: string, subjects: readonly string[]): number {
  return distinctConcepts(subjects.filter((t) => phrase.includes(t))).reduce((n, t) => n + t.length, 0);
}

/**
 * Cosine alone ranks two one-word clauses that share their one word (人才队伍) above two long
 * clauses that share a whole named object. Half the score is the cosine, half how much of a
 * written phrase the clauses share (saturating at six subject characters: 彩票公益金 + 管理).
 */
function rankScore(cosineScore: number, phraseChars: number): number {
  return 0.5 * cosineScore + 0.5 * Math.min(1, phraseChars / 6);
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
