// Node and relationship counts: the load report, the idempotency tests, the bench.
import * as Q from '../queries/load.js';
import { readRows } from './read.js';
import { num, str } from './values.js';

export type Counts = Record<string, number>;

async function counts(cypher: string, params: Record<string, unknown> = {}): Promise<Counts> {
  const out: Counts = {};
  for (const r of await readRows(cypher, params)) if (num(r.n) > 0) out[str(r.label)] = num(r.n);
  return out;
}

/** Every label and relationship type in the database (`rel:TYPE` for relationships). */
export async function graphCounts(): Promise<Counts> {
  const nodes = await counts(Q.COUNT_NODES);
  const rels = await counts(Q.COUNT_RELATIONSHIPS);
  return { ...nodes, ...Object.fromEntries(Object.entries(rels).map(([k, v]) => [`rel:${k}`, v])) };
}

/** Facts of some documents plus shared nodes of some jurisdictions and bases with a key prefix. */
export async function scopedCounts(scope: { docKeys: string[]; jurisdictionKeys: string[]; basisPrefix: string }): Promise<Counts> {
  return counts(Q.COUNT_SCOPE, scope);
}
