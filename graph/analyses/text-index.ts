import type { DutyText, JurisdictionCorpus } from './corpus.js';
import { splitClauses } from './similarity/clauses.js';
import { buildIdf, vectorize, type Idf, type TermVector } from './similarity/tfidf.js';
import { subjectTerms } from './similarity/subject-terms.js';

/** One clause of a duty text, vectorised. */
export interface Clause {
  text: DutyText;
  clause: string;
  vector: TermVector;
}

/** A jurisdiction's texts as TF-IDF vectors, weighted over that jurisdiction's own lists. */
export interface TextIndex {
  idf: Idf;
  /** Vector of each whole duty text, by DutyText.id. */
  vectors: ReadonlyMap<string, TermVector>;
  /** Every clause with at least one subject term. */
  clauses: readonly Clause[];
  vectorOf(text: string): TermVector;
}

export function indexCorpus(corpus: JurisdictionCorpus): TextIndex {
  const terms = new Map<string, Map<string, number>>();
  for (const t of corpus.texts) terms.set(t.id, subjectTerms(t.text));
  const idf = buildIdf(corpus.texts.map((t) => ({ group: t.agencyKey, terms: terms.get(t.id)!.keys() })));
  const vectors = new Map<string, TermVector>();
  const clauses: Clause[] = [];
  for (const t of corpus.texts) {
    vectors.set(t.id, vectorize(terms.get(t.id)!, idf));
    for (const clause of splitClauses(t.text)) {
      const vector = vectorize(subjectTerms(clause), idf);
      if (vector.size > 0) clauses.push({ text: t, clause, vector });
    }
  }
  // Division texts repeat across pairs and rows: segment each distinct text once.
  const memo = new Map<string, TermVector>();
  const vectorOf = (text: string) => {
    let v = memo.get(text);
    if (!v) memo.set(text, (v = vectorize(subjectTerms(text), idf)));
    return v;
  };
  return { idf, vectors, clauses, vectorOf };
}
