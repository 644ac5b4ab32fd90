// Re-ranking of full-text candidates, in TypeScript so the score is transparent and
// testable without a database. The scoring is documented in graph/README.md
// ("How whoHandles ranks"); keep the two in step.
import { jurisdictionOfAgency, sentenceMentionForms } from '../../domain/agency-names.js';
import { EXPANSION_WEIGHT } from './lexicon.js';
import type { QuestionTerms } from './question-terms.js';

/** The text fields of one candidate fact. */
export interface RankFields {
  /** Matter title (or, for a duty, the duty text). */
  title: string;
  /** Division text (or the work item). */
  division: string;
  case: string | null;
  role: 'lead' | 'cooperate' | null;
  kind: 'responsibility' | 'duty';
  /** Names the agency goes by (name + aliases), to tell which clause of a case is about it. */
  agencyNames: readonly string[];
  /** The agency's key, whose jurisdiction tells which place names to strip from its names. */
  agencyKey?: string;
}

export interface Ranked {
  score: number;
  /** Question terms found in the candidate's texts (for highlighting). */
  highlights: string[];
}

/** Field weights: a hit in the matter title says more than one in the division, the case least. */
export const WEIGHTS = {
  title: 3,
  division: 2,
  /** Case clause that names this agency. */
  caseOwn: 1.5,
  /** Case clause about some other agency (cases describe the whole matter). */
  caseOther: 0.3,
  /** Bonus per extra field the term also appears in. */
  extraField: 0.25,
  /** Weight of the bigram coverage (0..1) of the question's content. */
  bigram: 2,
  lead: 1.15,
  cooperate: 0.85,
  /** Duties are a department's own list: good evidence, but less specific than a boundary row. */
  duty: 0.9,
} as const;

/**
 * The candidate set is a biased sample (every candidate shares a word with the question):
 * idf counts this many unseen texts without the term besides it, so a term found in the
 * only candidate still weighs something.
 */
export const BACKGROUND_TEXTS = 20;

/**
 * Inverse document frequency of each term over the candidate set (BM25's idf):
 * a term every candidate contains (区, 工作) weighs almost nothing. Terms the lexicon
 * added (`expanded`) count EXPANSION_WEIGHT of a word the user typed.
 */
export function termWeights(
  terms: readonly string[],
  texts: readonly string[],
  expanded?: { has(term: string): boolean },
): Map<string, number> {
  const n = texts.length + BACKGROUND_TEXTS;
  const weights = new Map<string, number>();
  for (const t of terms) {
    const df = texts.reduce((c, text) => c + (text.includes(t) ? 1 : 0), 0);
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    // Longer words are more specific; single characters count half.
    const length = Math.min([...t].length, 4);
    const own = expanded?.has(t) ? EXPANSION_WEIGHT : 1;
    weights.set(t, idf * (length === 1 ? 0.5 : length / 2) * own);
  }
  return weights;
}

export function rankCandidate(q: QuestionTerms, weights: Map<string, number>, f: RankFields): Ranked {
  let score = 0;
  const highlights: string[] = [];
  const clauses = f.case ? f.case.split(CLAUSE) : [];
  let mentions: string[] | undefined;
  // A lexicon entry stands for one spoken word: only its best document word counts.
  const bestOfEntry = new Map<number, number>();
  for (const t of q.terms) {
    const w = weights.get(t) ?? 0;
    const fieldWeights = [
      f.title.includes(t) ? WEIGHTS.title : 0,
      f.division.includes(t) ? WEIGHTS.division : 0,
      clauses.length
        ? caseWeight(
            clauses,
            t,
            () => (mentions ??= sentenceMentionForms(f.agencyNames, f.agencyKey ? jurisdictionOfAgency(f.agencyKey) : null)),
          )
        : 0,
    ].filter((x) => x > 0);
    if (fieldWeights.length === 0) continue;
    highlights.push(t);
    const gain = w * (Math.max(...fieldWeights) + WEIGHTS.extraField * (fieldWeights.length - 1));
    const entry = q.expanded?.get(t);
    if (entry === undefined) score += gain;
    else bestOfEntry.set(entry, Math.max(gain, bestOfEntry.get(entry) ?? 0));
  }
  for (const gain of bestOfEntry.values()) score += gain;
  score += WEIGHTS.bigram * bigramCoverage(q.contentBigrams, `${f.title}${f.division}`);
  if (f.role === 'lead') score *= WEIGHTS.lead;
  if (f.role === 'cooperate') score *= WEIGHTS.cooperate;
  if (f.kind === 'duty') score *= WEIGHTS.duty;
  return { score: Math.round(score * 1000) / 1000, highlights: dropContained(highlights) };
}

/** Share of the question's bigrams present in the text (0..1): catches words jieba split differently. */
export function bigramCoverage(qb: ReadonlySet<string>, text: string): number {
  if (qb.size === 0) return 0;
  // A question has a dozen bigrams: looking each up in the text beats building the text's set.
  let hit = 0;
  for (const b of qb) if (text.includes(b)) hit++;
  return hit / qb.size;
}

const CLAUSE = /[；;。\n]/;

/** A case hit counts fully only in a clause that names this agency. */
function caseWeight(allClauses: readonly string[], term: string, mentions: () => string[]): number {
  const clauses = allClauses.filter((c) => c.includes(term));
  if (clauses.length === 0) return 0;
  const forms = mentions();
  return clauses.some((c) => forms.some((m) => c.includes(m))) ? WEIGHTS.caseOwn : WEIGHTS.caseOther;
}

/** 炼油厂 and 炼油 both matched: show the longer one only. */
function dropContained(words: string[]): string[] {
  return words.filter((w) => !words.some((o) => o !== w && o.includes(w)));
}
