import * as Q from '../queries/jurisdiction.js';
import { readRows } from './read.js';
import { num, str, strOrNull } from './values.js';

export interface JurisdictionView {
  key: string;
  name: string;
  level: string;
  parentKey: string | null;
  parentName: string | null;
  agencyCount: number;
  matterCount: number;
}

export async function listJurisdictions(): Promise<JurisdictionView[]> {
  return (await readRows(Q.LIST_JURISDICTIONS, {})).map((r) => ({
    key: str(r.key),
    name: str(r.name),
    level: str(r.level),
    parentKey: strOrNull(r.parentKey),
    parentName: strOrNull(r.parentName),
    agencyCount: num(r.agencyCount),
    matterCount: num(r.matterCount),
  }));
}
