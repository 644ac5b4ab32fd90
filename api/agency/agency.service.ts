import * as repo from '../../graph/repositories/agency.repository.js';
import { agenciesCalled } from '../../graph/search/agency-lookup.js';
import { jurisdictionKeys } from '../../graph/search/jurisdiction.js';
import { pageSize } from '../guards.js';
import type { Agency } from './agency.type.js';
import type { Duty } from './duty.type.js';
import type { AgencyResponsibility } from './agency-responsibility.type.js';
import type { PublicService } from './service.type.js';
import type { Matter } from '../matter/matter.type.js';

/**
 * Agencies of the jurisdiction; with `name`, those the name denotes as people write it (区安监局,
 * 安监局, any alias: domain/agency-names.ts) first, then those whose name or alias contains it.
 */
export async function agencies(args: { jurisdiction: string | null; name: string | null; first: number | null }): Promise<Agency[]> {
  const limit = pageSize(args.first, 50);
  const keys = await jurisdictionKeys(args.jurisdiction);
  const name = args.name?.trim() || null;
  const containing = await repo.listAgencies({ jurisdictionKeys: keys, name, limit });
  if (!name) return containing;
  const named = await agenciesCalled(name, keys);
  const denoted = await repo.agenciesByKeys(named.map((a) => a.key));
  const seen = new Set(denoted.map((a) => a.key));
  return [...denoted, ...containing.filter((a) => !seen.has(a.key))].slice(0, limit);
}

export const agency = (key: string): Promise<Agency | null> => repo.agencyByKey(key);
export const duties = (a: Agency): Promise<Duty[]> => repo.agencyDuties(a.key);
export const services = (a: Agency): Promise<PublicService[]> => repo.agencyServices(a.key);
export const responsibilities = (a: Agency): Promise<AgencyResponsibility[]> => repo.agencyResponsibilities(a.key);

/** Distinct matters the agency holds a responsibility for (matters live in the agency's jurisdiction). */
export async function matters(a: Agency): Promise<Matter[]> {
  const seen = new Map<string, Matter>();
  for (const r of await repo.agencyResponsibilities(a.key)) {
    seen.set(r.matter.key, {
      key: r.matter.key,
      title: r.matter.title,
      seq: null,
      jurisdiction: a.jurisdiction,
      jurisdictionKey: r.matter.key.slice(0, r.matter.key.indexOf('|')),
    });
  }
  return [...seen.values()];
}
