import type { CorpusAgency, JurisdictionCorpus } from './corpus.js';
import { byStrength, type OverlapFinding } from './finding.js';
import { capacities, isSubordinate, sameCapacity } from './similarity/roles.js';
import { isInternalScope } from './similarity/scope.js';
import { sectors, sectorsCompatible } from './similarity/sectors.js';
import { cosine, sharedTerms, type TermVector } from './similarity/tfidf.js';
import { distinctConcepts, subjectTerms } from './similarity/tokenize.js';
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
}

export const DEFAULT_UNDECLARED: UndeclaredOptions = { minScore: 0.12, minSharedTerms: 2, declaredCoverage: 0.2, structuralFilters: true };

interface Candidate {
  a: Clause;
  b: Clause;
  score: number;
  shared: string[];
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
    if (shared.filter((t) => !own.some((n) => t.includes(n))).length < options.minSharedTerms) continue;
    const key = `${a.text.dutyId}~${b.text.dutyId}`;
    const previous = best.get(key);
    if (!previous || dot > previous.score) best.set(key, { a, b, score: dot, shared });
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
      items: [a, b].map((c) => ({ text: c.text.text, excerpt: c.clause, agencyKey: c.text.agencyKey, role: c.text.kind, source: c.text.source })),
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

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
