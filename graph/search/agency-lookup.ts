// The agencies a typed name may mean (sharedMatters, agencies(name:)): every agency's names of
// the jurisdictions asked about, kept per graph version, resolved by domain/agency-names.ts.
import {
  type AgencyNameResolution,
  agenciesNamed,
  jurisdictionKeyOf,
  type NamedAgency,
  resolveAgencyNames,
} from '../../domain/agency-names.js';
import { agencyNames } from '../repositories/agency.repository.js';
import { namesSuccessorOf } from '../succession/modern-names.js';
import { today } from '../succession/note.js';
import { localSuccessionEvents } from '../succession/repository.js';
import { type GraphVersion, graphVersion, scopeVersion, VersionedCache } from '../version.js';

const named = new VersionedCache<NamedAgency[]>(256);

/** The agencies of the jurisdictions `keys` (null: all) with their names and aliases. `version`: the request's graph version. */
export async function namedAgencies(keys: string[] | null, version?: GraphVersion): Promise<NamedAgency[]> {
  // Kept per version of these jurisdictions (graph/version.ts scopeVersion): a load elsewhere keeps them.
  const at = await scopeVersion(keys, version ?? (await graphVersion()));
  return named.get(at, keys?.join('\n') ?? '*', () => agencyNames(keys));
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

/**
 * Names people typed (安监局, 区发改局, an alias), one agency each, among those of `keys`
 * (sharedMatters, the dossier, rulings). A name no agency is called by but a body holds today
 * (应急局) is the agency that ceased into that body (安监局); when several did (市场监管局:
 * 工商, 质监, 食药监) it is ambiguous, with them as the candidates; when none did, the agencies
 * that handed duties to it (医保局: 人社局, 卫生局 …) are the candidates.
 */
export async function resolveAgencyNamesToday(names: readonly string[], keys: string[] | null): Promise<AgencyNameResolution> {
  const version = await graphVersion();
  const agencies = await namedAgencies(keys, version);
  const result = resolveAgencyNames(names, agencies);
  if (result.unknown.length === 0) return result;
  const local = await localSuccessionEvents(keys, version);
  const asOf = today();
  const out: AgencyNameResolution = { keys: [], unknown: [], ambiguous: [] };
  for (const name of names) {
    const own = resolveAgencyNames([name], agencies);
    if (own.unknown.length === 0) {
      out.keys.push(...own.keys);
      out.ambiguous.push(...own.ambiguous);
      continue;
    }
    const reads = (wholly: boolean) => agencies.filter((a) => namesSuccessorOf(name, a, jurisdictionKeyOf(a.key), local, asOf, wholly));
    const ceased = reads(true);
    const candidates = ceased.length ? ceased : reads(false);
    if (candidates.length === 1) out.keys.push(candidates[0]!.key);
    else if (candidates.length === 0) out.unknown.push(name);
    else out.ambiguous.push({ name, candidates: candidates.map((a) => a.name) });
  }
  return out;
}
