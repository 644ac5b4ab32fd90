// Agency names as a planner types them (安监局, 公安分局, 区发改局) resolved to the agencies
// of one jurisdiction. The documents' own aliases rarely include the bare short form, so a
// name that matches no key, name or alias exactly is compared by the loader's grouping key
// (place prefix stripped, abbreviations expanded: 安监局 ~ 衡阳市蒸湘区安全生产监督管理局).
import { agencyKey } from '../../loaders/normalise/agencies.js';
import type { Jurisdiction } from '../../loaders/records.js';

export interface NamedAgency {
  key: string;
  name: string;
  aliases: string[];
}

export interface AgencyNameResolution {
  /** Agency key per input name, in input order, for the names that resolved to one agency. */
  keys: string[];
  unknown: string[];
  /** Names that fit several agencies, with the candidates' canonical names. */
  ambiguous: Array<{ name: string; candidates: string[] }>;
}

/** `湖南省/衡阳市/蒸湘区` → its levels (empty levels are null). */
export function jurisdictionOfKey(key: string): Jurisdiction {
  const [province, city, county] = key.split('/').map((part) => part || null);
  return { province: province ?? null, city: city ?? null, county: county ?? null };
}

export function resolveAgencyNames(names: string[], agencies: NamedAgency[], jurisdictionKey: string): AgencyNameResolution {
  const jurisdiction = jurisdictionOfKey(jurisdictionKey);
  const byGroupKey = new Map<string, Set<NamedAgency>>();
  for (const agency of agencies) {
    for (const form of [agency.name, ...agency.aliases]) {
      const group = agencyKey(form, jurisdiction);
      const set = byGroupKey.get(group) ?? new Set<NamedAgency>();
      set.add(agency);
      byGroupKey.set(group, set);
    }
  }
  const result: AgencyNameResolution = { keys: [], unknown: [], ambiguous: [] };
  for (const raw of names) {
    const name = raw.trim();
    const exact = agencies.filter((a) => a.key === name || a.name === name || a.aliases.includes(name));
    const candidates = exact.length ? exact : [...(byGroupKey.get(agencyKey(name, jurisdiction)) ?? [])];
    if (candidates.length === 1) result.keys.push(candidates[0]!.key);
    else if (candidates.length === 0) result.unknown.push(raw);
    else result.ambiguous.push({ name: raw, candidates: candidates.map((a) => a.name) });
  }
  return result;
}
