// What a question needs besides the evidence (evidence.repository.ts): the place it is asked in.
import * as Q from '../queries/answer.js';
import { readRows } from './read.js';
import { str, strs } from './values.js';

export interface ResolvedJurisdiction {
  key: string;
  name: string;
  /** The jurisdiction and everything below it. */
  keys: string[];
}

export async function resolveJurisdiction(name: string): Promise<ResolvedJurisdiction[]> {
  const rows = await readRows(Q.RESOLVE_JURISDICTION, { name: name.trim() });
  return rows.map((r) => ({ key: str(r.key), name: str(r.name), keys: [str(r.key), ...strs(r.below)] }));
}
