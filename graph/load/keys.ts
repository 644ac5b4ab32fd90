// Node keys of the graph model (graph/README.md, "Keys"). Pure functions so the
// writer, the repositories and the tests compute the same key from the same input.
import type { Jurisdiction } from '../../loaders/records.js';

export type JurisdictionLevel = 'province' | 'city' | 'county';

export interface JurisdictionNode {
  key: string;
  name: string;
  level: JurisdictionLevel;
  /** Key of the next level up, or null for a province (or an unnamed top). */
  parentKey: string | null;
}

/** `湖南省/衡阳市/蒸湘区`; a missing level is an empty string (`海南省//临高县`). */
export function jurisdictionKey(j: Jurisdiction): string {
  return `${j.province ?? ''}/${j.city ?? ''}/${j.county ?? ''}`;
}

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
  if (levels.length === 0) return [{ key: '//', name: '未知辖区', level: 'county', parentKey: null }];
  return levels.map((l, i) => ({
    key: jurisdictionKey(l.value),
    name: (l.level === 'county' ? l.value.county : l.level === 'city' ? l.value.city : l.value.province) ?? '',
    level: l.level,
    parentKey: i + 1 < levels.length ? jurisdictionKey(levels[i + 1]!.value) : null,
  }));
}

export function agencyKey(jurisdiction: string, canonicalName: string): string {
  return `${jurisdiction}|${canonicalName}`;
}

const TITLE_NOISE = /[\s\p{P}\p{S}]+/gu;

/** Whitespace and punctuation removed: 农村贫困农户\n危房改造 and 农村贫困农户危房改造 are one matter. */
export function normaliseTitle(title: string): string {
  return title.replace(TITLE_NOISE, '');
}

export function matterKey(jurisdiction: string, title: string): string {
  return `${jurisdiction}|${normaliseTitle(title)}`;
}

/** docNumber when there is one (shared across jurisdictions), else the title. */
export function basisKey(citation: { title: string | null; docNumber: string | null }): string | null {
  return citation.docNumber ?? citation.title ?? null;
}

/**
 * Fills levels a department left blank from another department of the same load that
 * names the same county (衡阳市蒸湘区 without 湖南省 next to 湖南省衡阳市蒸湘区), so one
 * place is one Jurisdiction node. Only unambiguous completions are made.
 */
export function completeJurisdictions(places: readonly Jurisdiction[]): (j: Jurisdiction) => Jurisdiction {
  const byCounty = new Map<string, Set<string>>();
  for (const p of places) {
    if (!p.county) continue;
    const set = byCounty.get(p.county) ?? new Set<string>();
    if (p.province || p.city) set.add(JSON.stringify([p.province, p.city]));
    byCounty.set(p.county, set);
  }
  return (j) => {
    if (!j.county || (j.province && j.city)) return j;
    const fuller = [...(byCounty.get(j.county) ?? [])]
      .map((s) => JSON.parse(s) as [string | null, string | null])
      .filter(([province, city]) => (!j.province || province === j.province) && (!j.city || city === j.city))
      .filter(([province, city]) => (province ? 1 : 0) + (city ? 1 : 0) > (j.province ? 1 : 0) + (j.city ? 1 : 0));
    if (fuller.length !== 1) return j;
    const [province, city] = fuller[0]!;
    return { province: j.province ?? province, city: j.city ?? city, county: j.county };
  };
}
