// County-specific wording: the seeds' cells are recombined clause by clause with other cells
// of the same duty kind or the same boundary matter, so two counties' finance bureaus say
// similar but not identical things and search, alias merging and the overlap analyses have
// real differences to work on. Bounded: one clause is swapped, never invented, so lengths and
// vocabulary stay those of the seeds.

import type { Random } from '../../domain/seeded-random';

/** Share of recombinable cells that get one clause from a sibling cell. */
export const RECOMBINE_SHARE = 0.3;

/** Clauses end at ；, sentences at 。: either is a unit that can be swapped. */
const CLAUSE_END = /(?<=[；;。])(?=.)/;

export function clauseCount(text: string): number {
  return text.split(CLAUSE_END).filter((c) => c.trim()).length;
}

/** `text` with one of its clauses replaced by a clause of `sibling`, when both have two or more. */
export function recombine(random: Random, text: string, sibling: string): string {
  const own = text.split(CLAUSE_END);
  const theirs = sibling.split(CLAUSE_END).filter((c) => c.trim());
  if (own.length < 2 || theirs.length < 2) return text;
  const at = Math.floor(random() * own.length);
  let clause = theirs[Math.floor(random() * theirs.length)].trim().replace(/[；;。]$/, '');
  // Keep the replaced clause's own ending so the cell still ends as it did.
  clause += own[at].match(/[；;。]$/)?.[0] ?? '';
  own[at] = clause;
  return own.join('');
}

/** Puts a cell's last clause on a second paragraph, as a cell continued on an untabbed line. */
export function continued(text: string): string {
  const at = Math.max(text.lastIndexOf('；', text.length - 2), text.lastIndexOf('。', text.length - 2));
  if (at <= 0) return text;
  return `${text.slice(0, at + 1)}\n${text.slice(at + 1)}`;
}
