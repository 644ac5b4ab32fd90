import * as Q from '../queries/matter.js';
import { readRows } from './read.js';
import { toResponsibility, type ResponsibilityView } from './responsibility.mapper.js';
import { str, strOrNull } from './values.js';

export interface MatterView {
  key: string;
  title: string;
  seq: string | null;
  jurisdictionKey: string;
  jurisdiction: string;
}

export interface MatterFilter {
  jurisdictionKeys: string[] | null;
  agency: string | null;
  text: string | null;
  /** Matter key the page starts after (decoded cursor). */
  after: string | null;
  limit: number;
}

function toMatter(r: Record<string, unknown>): MatterView {
  return {
    key: str(r.key),
    title: str(r.title),
    seq: strOrNull(r.seq),
    jurisdictionKey: str(r.jurisdictionKey),
    jurisdiction: str(r.jurisdiction),
  };
}

export async function listMatters(filter: MatterFilter): Promise<MatterView[]> {
  const cypher = filter.jurisdictionKeys ? Q.LIST_MATTERS_IN_JURISDICTIONS : Q.LIST_MATTERS;
  return (await readRows(cypher, { ...filter })).map(toMatter);
}

export async function matterByKey(key: string): Promise<MatterView | null> {
  const [row] = await readRows(Q.MATTER_BY_KEY, { key });
  return row ? toMatter(row) : null;
}

export async function matterResponsibilities(key: string): Promise<ResponsibilityView[]> {
  return (await readRows(Q.MATTER_RESPONSIBILITIES, { key })).map(toResponsibility);
}
