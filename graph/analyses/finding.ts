import type { CorpusAgency, MatterAssignment, SourceLocation } from './corpus.js';

export type OverlapKind = 'DECLARED' | 'UNDECLARED' | 'CONTRADICTION';

/** A text a finding rests on, with where it was read. */
export interface FindingItem {
  text: string;
  /** The clause of `text` that matched, when only part of it did. */
  excerpt?: string;
  agencyKey: string | null;
  /** duty | workItem | division */
  role: 'duty' | 'workItem' | 'division';
  source: SourceLocation;
}

/** How one list divides a matter for one agency: the whole row, and the matter it is a row of. */
export interface DivisionRow extends MatterAssignment {
  matterKey: string;
}

/**
 * One overlap finding. `score` is 0–1 and orders findings of one kind:
 * DECLARED — how alike the two stated divisions are (a high score means the table divides in name only);
 * UNDECLARED — ½ TF-IDF cosine of the two clauses + ½ how much of a written phrase they share (undeclared.ts rankScore);
 * CONTRADICTION — title similarity × how much the lists disagree.
 */
export interface OverlapFinding {
  /** Stable across runs on the same graph: the pagination cursor. */
  id: string;
  kind: OverlapKind;
  score: number;
  jurisdictionKey: string;
  agencies: CorpusAgency[];
  items: FindingItem[];
  matter: { key: string; title: string } | null;
  divisions: DivisionRow[];
  sharedTerms: string[];
  explanation: string;
}

/** Strongest first; ties broken by id so pages are stable. */
export function byStrength(a: { score: number; id: string }, b: { score: number; id: string }): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
