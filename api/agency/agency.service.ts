import * as repo from '../../graph/repositories/agency.repository.js';
import { jurisdictionKeys } from '../../graph/search/jurisdiction.js';
import { pageSize, userInput } from '../guards.js';
import type { Agency } from './agency.type.js';
import type { Duty } from './duty.type.js';
import type { AgencyResponsibility } from './agency-responsibility.type.js';
import type { PublicService } from './service.type.js';
import type { Matter } from '../matter/matter.type.js';

export function agencies(args: { jurisdiction: string | null; name: string | null; first: number | null }): Promise<Agency[]> {
  const limit = pageSize(args.first, 50);
  return userInput(async () =>
    repo.listAgencies({ jurisdictionKeys: await jurisdictionKeys(args.jurisdiction), name: args.name || null, limit }));
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
      key: r.matter.key, title: r.matter.title, seq: null, jurisdiction: a.jurisdiction,
      jurisdictionKey: r.matter.key.slice(0, r.matter.key.indexOf('|')),
    });
  }
  return [...seen.values()];
}
