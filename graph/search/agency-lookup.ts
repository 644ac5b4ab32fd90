// The agencies a typed name may mean (sharedMatters, agencies(name:)): every agency's names of
// the jurisdictions asked about, kept per graph version, resolved by domain/agency-names.ts.
import { agenciesNamed, type NamedAgency } from '../../domain/agency-names.js';
import { agencyNames } from '../repositories/agency.repository.js';
import { type GraphVersion, graphVersion, VersionedCache } from '../version.js';

const named = new VersionedCache<NamedAgency[]>(256);

/** The agencies of the jurisdictions `keys` (null: all) with their names and aliases. */
export async function namedAgencies(keys: string[] | null, version?: GraphVersion): Promise<NamedAgency[]> {
  return named.get(version ?? (await graphVersion()), keys?.join('\n') ?? '*', () => agencyNames(keys));
}

/** The agencies a name people type (安监局, 区安监局, an alias) denotes among those of `keys`. */
export async function agenciesCalled(name: string, keys: string[] | null): Promise<NamedAgency[]> {
  return agenciesNamed(name, await namedAgencies(keys));
}
