// What a question needs besides the evidence (evidence.repository.ts): the place it is asked
// in, and the agency names a question may mention.
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

export async function agencyNames(jurisdictionKeys: string[] | null): Promise<Array<{ key: string; names: string[] }>> {
  const rows = await readRows(Q.AGENCY_NAMES, { jurisdictionKeys });
  return rows.map((r) => ({ key: str(r.key), names: [str(r.name), ...strs(r.aliases)] }));
}
