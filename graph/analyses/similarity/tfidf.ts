// TF-IDF vectors and cosine similarity over a small corpus of texts grouped by owner.
// Document frequency is counted per GROUP (one agency), not per text: a term that
// a third of the agencies use in their own lists (安全生产, 党风廉政) is
// boilerplate for that jurisdiction even if no global stoplist names it.

/** Sparse unit vector: term → weight, with the vector's L2 norm = 1. */
export type TermVector = ReadonlyMap<string, number>;

export interface Idf {
  weight(term: string): number;
  /** True when too many groups use the term for it to say anything. */
  isCommon(term: string): boolean;
  /** How many groups use the term. */
  groupCount(term: string): number;
}

export interface IdfOptions {
  /** Terms used by more than this share of groups are dropped (0–1). */
  maxGroupShare: number;
  /** Only applied when there are at least this many groups; below it shares are too coarse. */
  minGroupsForShare: number;
}

export const DEFAULT_IDF_OPTIONS: IdfOptions = { maxGroupShare: 0.3, minGroupsForShare: 6 };

export function buildIdf(docs: Iterable<{ group: string; terms: Iterable<string> }>, options: IdfOptions = DEFAULT_IDF_OPTIONS): Idf {
  const groupsOfTerm = new Map<string, Set<string>>();
  const groups = new Set<string>();
  for (const doc of docs) {
    groups.add(doc.group);
    for (const term of doc.terms) {
      let owners = groupsOfTerm.get(term);
      if (!owners) groupsOfTerm.set(term, (owners = new Set()));
      owners.add(doc.group);
    }
  }
  const n = groups.size;
  const applyShare = n >= options.minGroupsForShare;
  return {
    // Smoothed idf: a term unseen in the corpus weighs like one used by a single group.
    weight: (term) => Math.log((n + 1) / (groupsOfTerm.get(term)?.size ?? 1)) + 1,
    isCommon: (term) => applyShare && (groupsOfTerm.get(term)?.size ?? 0) > options.maxGroupShare * n,
    groupCount: (term) => groupsOfTerm.get(term)?.size ?? 0,
  };
}

/** `counts`: term → (possibly fractional) occurrence count. */
export function vectorize(counts: ReadonlyMap<string, number>, idf: Idf): TermVector {
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [term, count] of counts) {
    if (idf.isCommon(term) || count <= 0) continue;
    // Sublinear tf: a long duty repeating 节能 five times is not five times about 节能.
    const w = (count >= 1 ? 1 + Math.log(count) : count) * idf.weight(term);
    vector.set(term, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [term, w] of vector) vector.set(term, w / norm);
  return vector;
}

export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small) {
    const v = large.get(term);
    if (v !== undefined) dot += w * v;
  }
  return dot;
}

/** Terms both vectors hold, strongest contribution first: the "why" of a match. */
export function sharedTerms(a: TermVector, b: TermVector): string[] {
  const shared: Array<[string, number]> = [];
  for (const [term, w] of a) {
    const v = b.get(term);
    if (v !== undefined) shared.push([term, w * v]);
  }
  return shared.sort((x, y) => y[1] - x[1]).map(([term]) => term);
}
