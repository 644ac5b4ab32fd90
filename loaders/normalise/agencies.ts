// Agency canonicalisation, one jurisdiction at a time. Lists name the same agency
// many ways: 区发改局, 洪江区发改局, 发改局, 区发展和改革局, 区发改委; 公安蒸湘分局,
// 蒸湘公安分局, 区公安局. Each name gets a grouping key (jurisdiction prefix off,
// abbreviations expanded, 分局/委 folded); names with one key are one agency, named
// by the fullest form seen. The same name in two jurisdictions is two agencies.
import type { AgencyMerge, Department, Diagnostic, Jurisdiction, SourceRef } from '../records';
import { AGENCY_SUFFIX } from './agency';

/**
 * Abbreviation → full word, as the lists of the seeds use them. 经信 (经济和信息化) and
 * 工信 (工业和信息化) stay apart: 洪江区 has an 经济和信息化委员会, 安化县 an
 * 工业和信息化局, and no seed jurisdiction has both under either name.
 */
const ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['食品药品监管', '食品药品监督管理'],
  ['食药监', '食品药品监督管理'],
  ['药监', '食品药品监督管理'],
  ['安全监管', '安全生产监督管理'],
  ['安监', '安全生产监督管理'],
  ['发改', '发展和改革'],
  ['经信', '经济和信息化'],
  ['工信', '工业和信息化'],
  ['人社', '人力资源和社会保障'],
  ['住房城乡建设', '住房和城乡建设'],
  ['住建', '住房和城乡建设'],
  ['环保', '环境保护'],
  ['国土资源', '国土资源'],
  ['国土', '国土资源'],
  ['质监', '质量技术监督'],
  ['人口计生', '人口和计划生育'],
  ['卫计', '卫生和计划生育'],
  ['编委办', '机构编制委员会办公室'],
  ['编办', '机构编制委员会办公室'],
  ['城乡规划', '城乡规划'],
  ['规划', '城乡规划'],
  ['交通运输', '交通运输'],
  ['交通', '交通运输'],
];
// Longest first, one pass: an expansion is never expanded again (国土资源 stays 国土资源).
const ABBREVIATION_PATTERN = new RegExp(
  [...ABBREVIATIONS].sort((a, b) => b[0].length - a[0].length).map(([short]) => short).join('|'),
  'g',
);
const EXPANSION = new Map(ABBREVIATIONS);

/** After 区/县, these are party or government organs, not the level prefix of an agency. */
const ORGAN_AFTER_LEVEL = /^(委|政府|人大|政协|纪委|人武部)/;

function jurisdictionLabel(j: Jurisdiction): string {
  return [j.province, j.city, j.county].filter(Boolean).join('');
}

function jurisdictionId(j: Jurisdiction): string {
  return `${j.province ?? ''}/${j.city ?? ''}/${j.county ?? ''}`;
}

/** 蒸湘区 → 蒸湘, 洪江区 → 洪江; names shorter than three characters have no short form. */
function shortName(name: string | null): string | null {
  return name && name.length >= 3 ? name.slice(0, -1) : null;
}

function expand(name: string): string {
  return name.replace(ABBREVIATION_PATTERN, (short) => EXPANSION.get(short) ?? short);
}

/** The grouping key of an agency name within jurisdiction `j`. */
export function agencyKey(raw: string, j: Jurisdiction): string {
  let s = raw.replace(/\s+/g, '');
  const county = j.county;
  const countyShort = shortName(county);
  const places = [j.province, j.city, county, shortName(j.province), shortName(j.city), countyShort].filter(
    (p): p is string => Boolean(p),
  );
  let stripped = true;
  while (stripped) {
    stripped = false;
    for (const place of places) {
      if (s.startsWith(place) && s.length > place.length + 1) {
        s = s.slice(place.length);
        stripped = true;
      }
    }
  }
  // 公安蒸湘分局, 市城乡规划局蒸湘分局: the county's branch of a city agency is the county's agency.
  const namesCounty = countyShort !== null && s.includes(countyShort);
  if (namesCounty) s = s.split(county ?? countyShort).join('').split(countyShort).join('');
  if (namesCounty && s.startsWith('市') && s.endsWith('分局')) s = s.slice(1);
  s = s.replace(/局分局$/, '分局');
  const countyLevel = county?.slice(-1) ?? '市';
  const levelChars = countyLevel === '市' ? '区县市' : '区县';
  if (levelChars.includes(s[0] ?? '') && s.length > 2 && !ORGAN_AFTER_LEVEL.test(s.slice(1))) s = s.slice(1);
  s = expand(s)
    .replace(/和/g, '')
    .replace(/分局$/, '局')
    .replace(/委员会$/, '委')
    .replace(/(?<=..)委$/, '局');
  return AGENCY_SUFFIX.test(s) ? s : `${s}局`;
}

interface Sighting {
  name: string;
  source: SourceRef;
  isDepartment: boolean;
}

interface AgencyGroup {
  jurisdiction: Jurisdiction;
  sightings: Sighting[];
}

/** Department titles name themselves; otherwise the unabbreviated, place-named, longest form. */
function chooseCanonical(group: AgencyGroup): string {
  const department = group.sightings.find((s) => s.isDepartment);
  if (department) return department.name;
  const county = group.jurisdiction.county;
  const counts = new Map<string, number>();
  for (const s of group.sightings) counts.set(s.name, (counts.get(s.name) ?? 0) + 1);
  const score = (name: string): number[] => [
    expand(name) === name ? 1 : 0,
    county && name.includes(county) ? 1 : 0,
    name.length,
    counts.get(name) ?? 0,
  ];
  return [...counts.keys()].sort((a, b) => {
    const sa = score(a);
    const sb = score(b);
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sb[i] - sa[i];
    return a.localeCompare(b);
  })[0];
}

export interface AgencyResolution {
  departments: Department[];
  merges: AgencyMerge[];
  diagnostics: Diagnostic[];
}

function collectGroups(departments: Department[]): Map<string, AgencyGroup> {
  const groups = new Map<string, AgencyGroup>();
  const see = (j: Jurisdiction, sighting: Sighting): void => {
    const id = `${jurisdictionId(j)}|${agencyKey(sighting.name, j)}`;
    const group = groups.get(id) ?? { jurisdiction: j, sightings: [] };
    group.sightings.push(sighting);
    groups.set(id, group);
  };
  for (const d of departments) {
    see(d.jurisdiction, { name: d.name, source: d.source, isDepartment: true });
    for (const m of d.boundaryMatters) {
      for (const a of m.assignments) {
        for (const name of a.agencies) see(d.jurisdiction, { name, source: a.source, isDepartment: false });
      }
    }
  }
  return groups;
}

function mergeDiagnostic(group: AgencyGroup, canonical: string, aliases: string[]): Diagnostic {
  const first = group.sightings.find((s) => s.name !== canonical) ?? group.sightings[0];
  const others = aliases.filter((a) => a !== canonical);
  return {
    file: first.source.file,
    line: first.source.line,
    severity: 'info',
    code: 'AGENCY_MERGED',
    message: `${jurisdictionLabel(group.jurisdiction) || '未知辖区'}：将「${others.join('」「')}」视为同一单位「${canonical}」`,
    raw: aliases.join('、'),
  };
}

export function resolveAgencies(departments: Department[]): AgencyResolution {
  const groups = collectGroups(departments);
  const canonicalOf = new Map<string, string>();
  const merges: AgencyMerge[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const group of groups.values()) {
    const canonical = chooseCanonical(group);
    const aliases = [...new Set(group.sightings.map((s) => s.name))];
    for (const name of aliases) canonicalOf.set(`${jurisdictionId(group.jurisdiction)}|${name}`, canonical);
    if (aliases.length < 2) continue;
    merges.push({ canonical, aliases, jurisdiction: group.jurisdiction });
    diagnostics.push(mergeDiagnostic(group, canonical, aliases));
  }
  const resolved = departments.map((d): Department => {
    const resolve = (name: string): string => canonicalOf.get(`${jurisdictionId(d.jurisdiction)}|${name}`) ?? name;
    return {
      ...d,
      name: resolve(d.name),
      boundaryMatters: d.boundaryMatters.map((m) => ({
        ...m,
        assignments: m.assignments.map((a) => ({ ...a, agencies: [...new Set(a.agencies.map(resolve))] })),
      })),
    };
  });
  return { departments: resolved, merges, diagnostics };
}
