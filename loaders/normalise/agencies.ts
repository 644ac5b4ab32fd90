// Agency canonicalisation, one jurisdiction at a time. Lists name the same agency
// many ways: 区发改局, 洪江区发改局, 发改局, 区发展和改革局, 区发改委; 公安蒸湘分局,
// 蒸湘公安分局, 区公安局. Each name gets a grouping key (jurisdiction prefix off,
// abbreviations expanded, 分局/委 folded); names with one key are one agency, named
// by the fullest form seen. The same name in two jurisdictions is two agencies.
import type { AgencyMerge, Department, Diagnostic, Jurisdiction, SourceRef } from '../records';
import { AGENCY_SUFFIX, splitAgencyCell } from './agency';
import { completeJurisdictions, jurisdictionId, jurisdictionLabel } from './jurisdictions';

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
  ['计生', '人口和计划生育'],
  ['人防', '人民防空'],
  ['卫计', '卫生和计划生育'],
  ['编委办', '机构编制委员会办公室'],
  ['编办', '机构编制委员会办公室'],
  ['城乡规划', '城乡规划'],
  ['规划', '城乡规划'],
  ['交通运输', '交通运输'],
  ['交通', '交通运输'],
  ['经贸', '经济贸易'],
  ['城管执法', '城市管理行政执法'],
  ['城管', '城市管理'],
  ['教文体', '教育文化体育'],
  ['民宗', '民族宗教事务'],
  ['农办', '农村工作办公室'],
];
// Longest first, one pass: an expansion is never expanded again (国土资源 stays 国土资源).
const ABBREVIATION_PATTERN = new RegExp(
  [...ABBREVIATIONS].sort((a, b) => b[0].length - a[0].length).map(([short]) => short).join('|'),
  'g',
);
const EXPANSION = new Map(ABBREVIATIONS);

/** 经济贸易局（旅游局、招商合作局）: one organisation under several names (一个机构多块牌子). */
const PARENTHETICAL = /[（(]([^（）()]*)[）)]/g;

/** After 区/县, these are party or government organs, not the level prefix of an agency. */
const ORGAN_AFTER_LEVEL = /^(委|政府|人大|政协|纪委|人武部)/;

/** 蒸湘区 → 蒸湘, 洪江区 → 洪江; names shorter than three characters have no short form. */
function shortName(name: string | null): string | null {
  return name && name.length >= 3 ? name.slice(0, -1) : null;
}

function expand(name: string): string {
  return name.replace(ABBREVIATION_PATTERN, (short) => EXPANSION.get(short) ?? short);
}

/** The grouping key of an agency name within jurisdiction `j`. */
export function agencyKey(raw: string, j: Jurisdiction): string {
  let s = raw.replace(PARENTHETICAL, '').replace(/\s+/g, '');
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
    .replace(/办公室$/, '办')
    .replace(/(?<=..)委$/, '局');
  return AGENCY_SUFFIX.test(s) ? s : `${s}局`;
}

/** A department's list title: its main name and the other names it carries in parentheses. */
function departmentNames(name: string): string[] {
  const alternates = [...name.matchAll(PARENTHETICAL)].flatMap((m) => splitAgencyCell(m[1]).names);
  return [organName(name), ...alternates];
}

/** The organ a list title names: the part outside the parentheses (the plaques). */
function organName(title: string): string {
  return title.replace(PARENTHETICAL, '').trim();
}

interface Sighting {
  name: string;
  source: SourceRef;
}

/** How an assignment's name was tied to its agency, for the person checking the merges. */
type MatchKind = 'department' | 'prefix' | 'same-key';

interface Resolved {
  canonical: string;
  how: MatchKind;
}

/** The list titles of one organ (same key outside the parentheses) and the plaques they carry. */
interface Organ {
  titles: Set<string>;
  keys: Set<string>;
}

/** The agencies of one jurisdiction, departments first. */
class JurisdictionAgencies {
  /** Organs by the key of the title's part outside the parentheses. */
  private readonly organs = new Map<string, Organ>();
  /** Department canonical name by list title. */
  private readonly departments = new Map<string, string>();
  /** Every key a department answers to → the departments answering to it. */
  private readonly owners = new Map<string, Set<string>>();
  private readonly groups = new Map<string, Sighting[]>();
  readonly sightings = new Map<string, Sighting[]>();

  constructor(readonly jurisdiction: Jurisdiction) {}

  private key(name: string): string {
    return agencyKey(name, this.jurisdiction);
  }

  private see(name: string, source: SourceRef): void {
    this.sightings.set(name, [...(this.sightings.get(name) ?? []), { name, source }]);
  }

  addDepartment(d: Department): void {
    const names = departmentNames(d.name);
    const organKey = this.key(names[0]);
    const organ = this.organs.get(organKey) ?? { titles: new Set<string>(), keys: new Set<string>() };
    organ.titles.add(d.name);
    for (const n of names) organ.keys.add(this.key(n));
    this.organs.set(organKey, organ);
    this.see(d.name, d.source);
  }

  addAssignmentName(name: string, source: SourceRef): void {
    this.see(name, source);
    const key = this.key(name);
    this.groups.set(key, [...(this.groups.get(key) ?? []), { name, source }]);
  }

  /**
   * Call once every department is in. One organ is one agency. Titles that differ only in
   * how fully they are written (衡阳市蒸湘区财政局, 蒸湘区财政局): the fullest names it. Titles
   * that carry different plaques (农村工作办公室（水利农机局）, 农村工作办公室（农业局、林业局…）):
   * the organ names it, the fullest form of the part outside the parentheses.
   */
  indexDepartments(): void {
    for (const organ of this.organs.values()) {
      const titles = [...organ.titles];
      const plaqueSets = new Set(titles.map((t) => departmentNames(t).slice(1).map((n) => this.key(n)).join('|')));
      const forms = plaqueSets.size > 1 ? titles.map(organName) : titles;
      const canonical = forms.reduce((best, f) => (f.length > best.length ? f : best));
      for (const title of titles) this.departments.set(title, canonical);
      for (const key of organ.keys) this.owners.set(key, new Set([...(this.owners.get(key) ?? []), canonical]));
    }
  }

  /** Names an organ of several lists answers to besides its titles: the organ name and every plaque. */
  organAliases(): Map<string, string[]> {
    const aliases = new Map<string, string[]>();
    for (const title of this.departments.keys()) {
      const canonical = this.departmentCanonical(title);
      if (canonical === title) continue;
      if (canonical !== organName(title)) continue;
      aliases.set(canonical, [...(aliases.get(canonical) ?? [canonical]), ...departmentNames(title).slice(1)]);
    }
    return aliases;
  }

  departmentCanonical(name: string): string {
    return this.departments.get(name) ?? name;
  }

  /** Departments that may be meant by `key`: exactly, or by a stem such as 教育局 → 教育文化体育局. */
  private owner(key: string): { departments: string[]; how: MatchKind } {
    const exact = this.owners.get(key);
    if (exact) return { departments: [...exact], how: 'department' };
    const suffix = key.match(AGENCY_SUFFIX)?.[1] ?? '';
    const stem = key.slice(0, key.length - suffix.length);
    if (stem.length < 2) return { departments: [], how: 'prefix' };
    const found = new Set<string>();
    for (const [ownedKey, names] of this.owners) {
      if (ownedKey.startsWith(stem) && ownedKey.endsWith(suffix)) names.forEach((n) => found.add(n));
    }
    return { departments: [...found], how: 'prefix' };
  }

  /** Canonical names of assignment names, and the names that could mean more than one department. */
  resolveAssignments(): { resolved: Map<string, Resolved>; ambiguous: Map<string, string[]> } {
    const resolved = new Map<string, Resolved>();
    const ambiguous = new Map<string, string[]>();
    for (const [key, sightings] of this.groups) {
      const { departments, how } = this.owner(key);
      const names = [...new Set(sightings.map((s) => s.name))];
      if (departments.length === 1) {
        for (const name of names) resolved.set(name, { canonical: departments[0], how });
        continue;
      }
      if (departments.length > 1) for (const name of names) ambiguous.set(name, departments);
      const canonical = chooseCanonical(sightings, this.jurisdiction);
      for (const name of names) resolved.set(name, { canonical, how: 'same-key' });
    }
    return { resolved, ambiguous };
  }
}

/** The unabbreviated, place-named, longest, most frequent form. */
function chooseCanonical(sightings: Sighting[], j: Jurisdiction): string {
  const counts = new Map<string, number>();
  for (const s of sightings) counts.set(s.name, (counts.get(s.name) ?? 0) + 1);
  const score = (name: string): number[] => [
    expand(name) === name ? 1 : 0,
    j.county && name.includes(j.county) ? 1 : 0,
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

function firstSource(agencies: JurisdictionAgencies, names: string[]): SourceRef {
  const sources = names.flatMap((n) => agencies.sightings.get(n) ?? []).map((s) => s.source);
  return sources.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)[0];
}

function mergeDiagnostic(agencies: JurisdictionAgencies, canonical: string, aliases: string[], byPrefix: string[]): Diagnostic {
  const others = aliases.filter((a) => a !== canonical);
  const source = firstSource(agencies, others);
  const prefixNote = byPrefix.length > 0 ? `（其中「${byPrefix.join('」「')}」按名称前缀匹配，请核对）` : '';
  return {
    file: source.file,
    line: source.line,
    severity: 'info',
    code: 'AGENCY_MERGED',
    message: `${jurisdictionLabel(agencies.jurisdiction) || '未知辖区'}：将「${others.join('」「')}」视为同一单位「${canonical}」${prefixNote}`,
    raw: aliases.join('、'),
  };
}

function ambiguityDiagnostic(agencies: JurisdictionAgencies, name: string, candidates: string[]): Diagnostic {
  const source = firstSource(agencies, [name]);
  return {
    file: source.file,
    line: source.line,
    severity: 'info',
    code: 'AGENCY_AMBIGUOUS',
    message: `「${name}」可能指「${candidates.join('」或「')}」，未合并`,
    raw: name,
  };
}

export function resolveAgencies(input: Department[]): AgencyResolution {
  const completed = completeJurisdictions(input);
  const byJurisdiction = new Map<string, JurisdictionAgencies>();
  const agenciesOf = (j: Jurisdiction): JurisdictionAgencies => {
    const id = jurisdictionId(j);
    const found = byJurisdiction.get(id) ?? new JurisdictionAgencies(j);
    byJurisdiction.set(id, found);
    return found;
  };
  for (const d of completed.departments) agenciesOf(d.jurisdiction).addDepartment(d);
  for (const d of completed.departments) {
    const agencies = agenciesOf(d.jurisdiction);
    for (const a of d.boundaryMatters.flatMap((m) => m.assignments)) {
      for (const name of a.agencies) agencies.addAssignmentName(name, a.source);
    }
  }

  const canonicalOf = new Map<string, string>();
  const merges: AgencyMerge[] = [];
  const diagnostics: Diagnostic[] = [...completed.diagnostics];
  for (const [id, agencies] of byJurisdiction) {
    agencies.indexDepartments();
    const { resolved, ambiguous } = agencies.resolveAssignments();
    const aliasesOf = new Map<string, Set<string>>();
    const prefixOf = new Map<string, string[]>();
    const record = (name: string, canonical: string): void => {
      canonicalOf.set(`${id}|${name}`, canonical);
      aliasesOf.set(canonical, new Set([...(aliasesOf.get(canonical) ?? []), name]));
    };
    for (const name of agencies.sightings.keys()) {
      const r = resolved.get(name);
      record(name, r?.canonical ?? agencies.departmentCanonical(name));
      if (r?.how === 'prefix') prefixOf.set(r.canonical, [...(prefixOf.get(r.canonical) ?? []), name]);
    }
    for (const [canonical, names] of agencies.organAliases()) {
      aliasesOf.set(canonical, new Set([...(aliasesOf.get(canonical) ?? []), ...names]));
    }
    for (const [canonical, names] of aliasesOf) {
      const aliases = [...names];
      if (aliases.length < 2) continue;
      merges.push({ canonical, aliases, jurisdiction: agencies.jurisdiction });
      diagnostics.push(mergeDiagnostic(agencies, canonical, aliases, prefixOf.get(canonical) ?? []));
    }
    for (const [name, candidates] of ambiguous) diagnostics.push(ambiguityDiagnostic(agencies, name, candidates));
  }

  const departments = completed.departments.map((d): Department => {
    const id = jurisdictionId(d.jurisdiction);
    const resolve = (name: string): string => canonicalOf.get(`${id}|${name}`) ?? name;
    return {
      ...d,
      name: resolve(d.name),
      boundaryMatters: d.boundaryMatters.map((m) => ({
        ...m,
        assignments: m.assignments.map((a) => ({ ...a, agencies: [...new Set(a.agencies.map(resolve))] })),
      })),
    };
  });
  return { departments, merges, diagnostics };
}
