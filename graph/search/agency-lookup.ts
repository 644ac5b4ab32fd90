// The agencies a typed name may mean (sharedMatters, agencies(name:)): every agency's names of
// the jurisdictions asked about, kept per graph version, resolved by domain/agency-names.ts.
import { agenciesNamed, jurisdictionKeyOf, type NamedAgency } from '../../domain/agency-names.js';
import { agencyNames } from '../repositories/agency.repository.js';
import { namesSuccessorOf } from '../succession/modern-names.js';
import { today } from '../succession/note.js';
import { localSuccessionEvents } from '../succession/repository.js';
import { type GraphVersion, graphVersion, VersionedCache } from '../version.js';

const named = new VersionedCache<NamedAgency[]>(256);

/** The agencies of the jurisdictions `keys` (null: all) with their names and aliases. */
export async function namedAgencies(keys: string[] | null, version?: GraphVersion): Promise<NamedAgency[]> {
  return named.get(version ?? (await graphVersion()), keys?.join('\n') ?? '*', () => agencyNames(keys));
}

/**
 * The agencies a name people type (安监局, 区安监局, an alias) denotes among those of `keys`.
 * A name no list uses but a body holds today (市场监管局, 应急局) denotes the agencies whose
 * duties went to that body: all of them (工商分局, 质监局, 食药监局).
 */
export async function agenciesCalled(name: string, keys: string[] | null): Promise<NamedAgency[]> {
  const version = await graphVersion();
  const agencies = await namedAgencies(keys, version);
  const found = agenciesNamed(name, agencies);
  if (found.length || !name.trim()) return found;
  const local = await localSuccessionEvents(keys, version);
  const asOf = today();
  return agencies.filter((a) => namesSuccessorOf(name, a, jurisdictionKeyOf(a.key), local, asOf));
}
