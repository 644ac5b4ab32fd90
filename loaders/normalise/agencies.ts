// Agency canonicalisation, one jurisdiction at a time. Lists name the same agency
// many ways: 区发改局, 洪江区发改局, 发改局, 区发展和改革局, 区发改委; 公安蒸湘分局,
// 蒸湘公安分局, 区公安局. Names with one grouping key (domain/agency-names.ts) are one
// agency, named by the fullest form seen. The same name in two jurisdictions is two agencies.
import { AGENCY_SUFFIX, agencyGroupKey, expandAbbreviations, PLAQUES } from '../../domain/agency-names';
import { type Jurisdiction, jurisdictionKey, jurisdictionLabel } from '../../domain/jurisdiction';
import type { AgencyMerge, Department, Diagnostic, SourceRef } from '../../domain/records';
import { splitAgencyCell } from './agency';
import { completeJurisdictions } from './jurisdictions';

/** A department's list title: its main name and the other names it carries in parentheses. */
function departmentNames(name: string): string[] {
  const alternates = [...name.matchAll(PLAQUES)].flatMap((m) => splitAgencyCell(m[1]).names);
  return [organName(name), ...alternates];
}

/** The organ a list title names: the part outside the parentheses (the plaques). */
function organName(title: string): string {
  return title.replace(PLAQUES, '').trim();
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
    return agencyGroupKey(name, this.jurisdiction);
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
      const plaqueSets = new Set(
        titles.map((t) =>
          departmentNames(t)
            .slice(1)
            .map((n) => this.key(n))
            .join('|'),
        ),
      );
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
    expandAbbreviations(name) === name ? 1 : 0,
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
    const id = jurisdictionKey(j);
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
    const id = jurisdictionKey(d.jurisdiction);
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
  return { departments, merges: withCellSpellings(merges, departments), diagnostics };
}

/**
 * A cell naming one agency in a spelling of its own (区公安  分局, 区财政局（主办）) is a name
 * the agency goes by in that list: kept as an alias, so the graph and search know it.
 */
function withCellSpellings(merges: AgencyMerge[], departments: Department[]): AgencyMerge[] {
  const byAgency = new Map<string, AgencyMerge>();
  for (const m of merges) byAgency.set(`${jurisdictionKey(m.jurisdiction)}|${m.canonical}`, { ...m, aliases: [...m.aliases] });
  for (const d of departments) {
    for (const a of d.boundaryMatters.flatMap((m) => m.assignments)) {
      const spelling = a.agencyRaw.trim();
      if (a.agencies.length !== 1 || !spelling || spelling === a.agencies[0]) continue;
      const key = `${jurisdictionKey(d.jurisdiction)}|${a.agencies[0]}`;
      const merge = byAgency.get(key) ?? { canonical: a.agencies[0]!, aliases: [a.agencies[0]!], jurisdiction: d.jurisdiction };
      if (!merge.aliases.includes(spelling)) merge.aliases.push(spelling);
      byAgency.set(key, merge);
    }
  }
  return [...byAgency.values()];
}
