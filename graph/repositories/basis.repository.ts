import * as Q from '../queries/basis.js';
import { readRows } from './read.js';
import { toResponsibility, type ResponsibilityView } from './responsibility.mapper.js';
import { num, str, strOrNull } from './values.js';

export interface BasisView {
  key: string;
  title: string | null;
  docNumber: string | null;
  kind: string | null;
  responsibilityCount: number;
}

function toBasis(r: Record<string, unknown>): BasisView {
  return {
    key: str(r.key),
    title: strOrNull(r.title),
    docNumber: strOrNull(r.docNumber),
    kind: strOrNull(r.kind),
    responsibilityCount: num(r.responsibilityCount),
  };
}

export async function listBases(filter: { text: string | null; limit: number }): Promise<BasisView[]> {
  return (await readRows(Q.LIST_BASES, filter)).map(toBasis);
}

export async function basisByKey(key: string): Promise<BasisView | null> {
  const [row] = await readRows(Q.BASIS_BY_KEY, { key });
  return row ? toBasis(row) : null;
}

export async function basisResponsibilities(key: string): Promise<ResponsibilityView[]> {
  return (await readRows(Q.BASIS_RESPONSIBILITIES, { key })).map(toResponsibility);
}
