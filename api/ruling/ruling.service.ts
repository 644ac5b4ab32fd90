// Rulings for the API: records (graph/rulings) shown with their agencies as Agency objects.
import type { AuditEntry } from '../../graph/audit/audit.js';
import * as rulings from '../../graph/rulings/repository.js';
import type { RulingAgency as RulingAgencyRecord, RulingRecord } from '../../graph/rulings/ruling.js';
import { namedAgencies } from '../../graph/search/agency-lookup.js';
import type { RulingInput, RulingWithdrawalInput } from './ruling.input.js';
import type { Ruling, RulingAgency } from './ruling.type.js';

export async function listRulings(jurisdiction: string, matter: string | null): Promise<Ruling[]> {
  return rulingViews(await rulings.rulingsIn(jurisdiction, matter));
}

export async function recordRuling(input: RulingInput, audit: AuditEntry): Promise<Ruling> {
  const record = await rulings.recordRuling({ ...input, cooperating: input.cooperating ?? [] }, audit);
  return (await rulingViews([record]))[0]!;
}

export async function withdrawRuling(input: RulingWithdrawalInput, audit: AuditEntry): Promise<Ruling> {
  return (await rulingViews([await rulings.withdrawRuling(input, audit)]))[0]!;
}

/** Name of the lowest level of a jurisdiction key (湖南省/衡阳市/蒸湘区 → 蒸湘区). */
const placeName = (jurisdictionKey: string): string => jurisdictionKey.split('/').filter(Boolean).pop() ?? jurisdictionKey;

/** Records as GraphQL objects; each agency with its aliases (read per graph version, agency-lookup.ts). */
export async function rulingViews(records: readonly RulingRecord[]): Promise<Ruling[]> {
  if (records.length === 0) return [];
  const aliases = new Map((await namedAgencies(null)).map((a) => [a.key, [...a.aliases]]));
  const agency = (a: RulingAgencyRecord): RulingAgency => ({
    agency: {
      key: a.agencyKey,
      name: a.name,
      aliases: aliases.get(a.agencyKey) ?? [],
      jurisdiction: placeName(a.agencyKey.split('|')[0] ?? ''),
    },
    division: a.division,
  });
  return records.map((r) => ({ ...r, lead: r.lead ? agency(r.lead) : null, cooperating: r.cooperating.map(agency) }));
}
