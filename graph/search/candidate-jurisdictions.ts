// Where an unscoped question is searched. Ranking a question against every jurisdiction's
// evidence grows with the country (at 100 counties 388 ms p50 and 15.6 s cold, with the whole
// country's rows in Node memory: docs/measurements.md). The full-text indexes already know
// which jurisdictions' lists use the question's words, so the ranker (route.ts) only reads the
// few that use them most; their evidence is the same cached per-jurisdiction index a scoped
// question uses.
import { candidateJurisdictions } from '../repositories/candidates.repository.js';
import { expandQuestion } from './lexicon.js';
import { luceneQuery, questionTerms } from './question-terms.js';
import { SUBJECT, subjectTerms } from './subject.js';

export const UNSCOPED = {
  /**
   * Jurisdictions an unscoped question is ranked in. An answer names an agency of one
   * jurisdiction; the first page (first ≤ 5 in the API's examples) rarely needs more than a
   * few places, and each one costs its evidence index (~2,600 rows a county).
   */
  jurisdictions: 5,
  /**
   * Full-text hits taken from each index before summing per jurisdiction: enough that a
   * jurisdiction with one strong row and many weaker ones is seen, bounded so the query does
   * not grow with the country.
   */
  hitsPerIndex: 200,
} as const;

/** The words an unscoped question is looked up by: its own terms (a long message's subject) and the document words for its spoken ones. */
export function lookupTerms(question: string): string[] {
  const own = [...question].length > SUBJECT.longMessage ? subjectTerms(question).terms : questionTerms(question).terms;
  return [...own, ...expandQuestion(question, own).keys()];
}

/**
 * The keys of the jurisdictions an unscoped question is ranked in, best match first (at most
 * UNSCOPED.jurisdictions); [] when no list uses any of its words (then no list answers it).
 */
export async function unscopedJurisdictions(question: string): Promise<string[]> {
  const q = luceneQuery(lookupTerms(question));
  if (!q) return [];
  return (await candidateJurisdictions(q, UNSCOPED.hitsPerIndex, UNSCOPED.jurisdictions)).map((c) => c.key);
}
