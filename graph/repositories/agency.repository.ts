import type { NamedAgency } from '../../domain/agency-names.js';
import * as Q from '../queries/agency.js';
import type { SourceLine } from '../search/types.js';
import { readRows } from './read.js';
import { toSource } from './responsibility.mapper.js';
import { str, strOrNull, strs } from './values.js';

export interface AgencyView {
  key: string;
  name: string;
  aliases: string[];
  jurisdictionKey: string;
  jurisdiction: string;
}

export interface DutyView {
  key: string;
  seq: string | null;
  text: string;
  office: string | null;
  remarks: string | null;
  items: string[];
  source: SourceLine;
}

export interface ServiceView {
  key: string;
  seq: string | null;
  title: string;
  content: string | null;
  units: string[];
  phones: string[];
  source: SourceLine;
}

export interface AgencyResponsibilityView {
  key: string;
  matter: { key: string; title: string };
  division: string;
  role: string | null;
  case: string | null;
  agencyRaw: string;
  source: SourceLine;
}

function toAgency(r: Record<string, unknown>): AgencyView {
  return {
    key: str(r.key),
    name: str(r.name),
    aliases: strs(r.aliases),
    jurisdictionKey: str(r.jurisdictionKey),
    jurisdiction: str(r.jurisdiction),
  };
}

/** The agencies with these keys, in the order of `keys`. */
export async function agenciesByKeys(keys: string[]): Promise<AgencyView[]> {
  const found = new Map((await readRows(Q.AGENCIES_BY_KEYS, { keys })).map((r) => [str(r.key), toAgency(r)]));
  return keys.flatMap((k) => found.get(k) ?? []);
}

/** Every agency of the jurisdictions (all when null) with its names: what typed names resolve against. */
export async function agencyNames(jurisdictionKeys: string[] | null): Promise<NamedAgency[]> {
  return (await readRows(jurisdictionKeys ? Q.AGENCY_NAMES_IN_JURISDICTIONS : Q.AGENCY_NAMES, { jurisdictionKeys })).map((r) => ({
    key: str(r.key),
    name: str(r.name),
    aliases: strs(r.aliases),
  }));
}

export async function listAgencies(filter: {
  jurisdictionKeys: string[] | null;
  name: string | null;
  limit: number;
}): Promise<AgencyView[]> {
  return (await readRows(filter.jurisdictionKeys ? Q.LIST_AGENCIES_IN_JURISDICTIONS : Q.LIST_AGENCIES, filter)).map(toAgency);
}

export async function agencyByKey(key: string): Promise<AgencyView | null> {
  const [row] = await readRows(Q.AGENCY_BY_KEY, { key });
  return row ? toAgency(row) : null;
}

export async function agencyDuties(key: string): Promise<DutyView[]> {
  return (await readRows(Q.AGENCY_DUTIES, { key })).map((r) => ({
    key: str(r.key),
    seq: strOrNull(r.seq),
    text: str(r.text),
    office: strOrNull(r.office),
    remarks: strOrNull(r.remarks),
    items: strs(r.items),
    source: toSource(r),
  }));
}

export async function agencyServices(key: string): Promise<ServiceView[]> {
  return (await readRows(Q.AGENCY_SERVICES, { key })).map((r) => ({
    key: str(r.key),
    seq: strOrNull(r.seq),
    title: str(r.title),
    content: strOrNull(r.content),
    units: strs(r.units),
    phones: strs(r.phones),
    source: toSource(r),
  }));
}

export async function agencyResponsibilities(key: string): Promise<AgencyResponsibilityView[]> {
  return (await readRows(Q.AGENCY_RESPONSIBILITIES, { key })).map((r) => ({
    key: str(r.key),
    matter: { key: str(r.matterKey), title: str(r.matterTitle) },
    division: str(r.division),
    role: strOrNull(r.role),
    case: strOrNull(r.case),
    agencyRaw: str(r.agencyRaw),
    source: toSource(r),
  }));
}
