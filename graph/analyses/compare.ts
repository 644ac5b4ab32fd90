import type { CorpusAgency, CorpusMatter, MatterAssignment } from './corpus.js';
import { meaningfulRows } from './statements.js';
import { titleSimilarity } from './similarity/titles.js';
import { round } from './undeclared.js';

export interface MatterDivisionResult {
  jurisdictionKey: string;
  matter: { key: string; title: string };
  /** Title similarity to the title asked for, 0–1. */
  similarity: number;
  assignments: Array<{ agency: CorpusAgency | null; row: MatterAssignment }>;
}

export interface CompareOptions {
  minSimilarity: number;
  first: number;
}

export const DEFAULT_COMPARE: CompareOptions = { minSimilarity: 0.5, first: 20 };

/**
 * Titles compareMatter scores at most: the best full-text matches of the title's character
 * pairs (graph/analyses/repository.ts readMatterTitlesLike). A title alike enough to show
 * shares its rarer pairs, which rank first; 2,000 is ~100 pages of `first` and a few ms of
 * scoring, where every title of a 2,800-county country would be millions.
 */
export const COMPARE_CANDIDATES = 2000;

/** Matters of any jurisdiction whose title resembles `title`, each with how its lists divide it. */
export function compareMatter(
  title: string,
  matters: readonly CorpusMatter[],
  agencies: ReadonlyMap<string, CorpusAgency>,
  options: CompareOptions = DEFAULT_COMPARE,
): MatterDivisionResult[] {
  return matters
    .map((matter) => ({ matter, similarity: titleSimilarity(title, matter.title) }))
    .filter((m) => m.similarity >= options.minSimilarity)
    .sort((a, b) => b.similarity - a.similarity || a.matter.key.localeCompare(b.matter.key))
    .slice(0, options.first)
    .map(({ matter, similarity }) => ({
      jurisdictionKey: matter.jurisdictionKey,
      matter: { key: matter.key, title: matter.title },
      similarity: round(similarity),
      assignments: meaningfulRows(matter.assignments).map((row) => ({
        agency: row.agencyKey ? (agencies.get(row.agencyKey) ?? null) : null,
        row,
      })),
    }));
}
