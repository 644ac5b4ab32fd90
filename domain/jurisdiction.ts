// Jurisdictions (行政区划): the one home of their key, their label, their levels and their
// completion within a load. The loader completes jurisdictions once; the writer, search,
// analyses and the API only compute keys from what the loader decided.

export interface Jurisdiction {
  province: string | null;
  city: string | null;
  /** County or district (县/区/县级市), as written in the documents, e.g. 蒸湘区. */
  county: string | null;
}

export type JurisdictionLevel = 'province' | 'city' | 'county';

const LEVELS = ['province', 'city', 'county'] as const;

/** `湖南省/衡阳市/蒸湘区`; a missing level is an empty string (`海南省//临高县`). The graph's Jurisdiction.key. */
export function jurisdictionKey(j: Jurisdiction): string {
  return `${j.province ?? ''}/${j.city ?? ''}/${j.county ?? ''}`;
}

/** The levels a jurisdiction key names (empty levels are null). */
export function parseJurisdictionKey(key: string): Jurisdiction {
  const [province, city, county] = key.split('/').map((part) => part || null);
  return { province: province ?? null, city: city ?? null, county: county ?? null };
}

/** 湖南省衡阳市蒸湘区, for messages; '' when no level is known. */
export function jurisdictionLabel(j: Jurisdiction): string {
  return [j.province, j.city, j.county].filter(Boolean).join('');
}

/** One graph node of a jurisdiction chain. */
export interface JurisdictionNode {
  key: string;
  name: string;
  level: JurisdictionLevel;
  /** Key of the next level up, or null for a province (or an unnamed top). */
  parentKey: string | null;
}

/** The name the graph gives a document whose place could not be inferred. */
export const UNKNOWN_JURISDICTION_NAME = '未知辖区';

/**
 * The jurisdiction and every named level above it, lowest first. A document whose
 * place could not be inferred still gets one node (`//`, named 未知辖区) so its
 * agencies and matters have somewhere to hang.
 */
export function jurisdictionChain(j: Jurisdiction): JurisdictionNode[] {
  const levels: Array<{ level: JurisdictionLevel; value: Jurisdiction }> = [];
  if (j.county) levels.push({ level: 'county', value: j });
  if (j.city) levels.push({ level: 'city', value: { province: j.province, city: j.city, county: null } });
  if (j.province) levels.push({ level: 'province', value: { province: j.province, city: null, county: null } });
  if (levels.length === 0) return [{ key: '//', name: UNKNOWN_JURISDICTION_NAME, level: 'county', parentKey: null }];
  return levels.map((l, i) => ({
    key: jurisdictionKey(l.value),
    name: l.value[l.level] ?? '',
    level: l.level,
    parentKey: i + 1 < levels.length ? jurisdictionKey(levels[i + 1]!.value) : null,
  }));
}

const named = (j: Jurisdiction): number => LEVELS.filter((l) => j[l]).length;

/** `full` names everything `partial` names, the same way, and more. */
function extends_(full: Jurisdiction, partial: Jurisdiction): boolean {
  return named(full) > named(partial) && LEVELS.every((l) => partial[l] === null || partial[l] === full[l]);
}

/**
 * A list whose title says only 衡阳市蒸湘区 and one that says 湖南省衡阳市蒸湘区 are in the
 * same place: the shorter form is completed from the only fullest form among `all` that
 * agrees with every level it names, so one place is one jurisdiction. A county is never
 * joined with a namesake elsewhere (two fuller forms that disagree: left as it is).
 * Returns null when there is nothing (unambiguous) to complete.
 */
export function completeJurisdiction(j: Jurisdiction, all: readonly Jurisdiction[]): Jurisdiction | null {
  if (!j.county) return null;
  const fuller = all.filter((k) => extends_(k, j));
  if (fuller.length === 0) return null;
  const most = Math.max(...fuller.map(named));
  const best = [...new Map(fuller.filter((k) => named(k) === most).map((k) => [jurisdictionKey(k), k])).values()];
  return best.length === 1 ? { ...best[0]! } : null;
}
