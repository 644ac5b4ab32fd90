// The seeds' words, regrouped by department kind (domain/department-profiles.ts) so that a
// generated finance bureau speaks like the seeds' finance bureaus. Place names are replaced by
// placeholders ({county}, {stem}, {city}, 全{level}) so that each generated county puts its own.

import { profileOfAgencyName } from '../../domain/department-profiles';
import type { Department, LoadResult } from '../../domain/records';

export interface DutyText {
  text: string;
  items: string[];
}

export interface MatterText {
  title: string;
  divisions: string[];
  bases: string[];
  cases: string[];
}

export interface ServiceText {
  title: string;
  content: string;
}

export interface SupervisionText {
  /** The heading of one system (（一）…) and its clauses as heading + text pairs. */
  heading: string;
  clauses: { heading: string; text: string }[];
}

export interface DepartmentKind {
  /** Profile id, or 'other' when no profile recognises the seed's department. */
  id: string;
  /** Full name without place, as a list title uses it: 财政局. */
  name: string;
  /** Short forms agency cells use, without the 县/区 prefix: 财政局, 发改局. */
  shortNames: string[];
  duties: DutyText[];
  matters: MatterText[];
  services: ServiceText[];
  supervision: SupervisionText[];
}

export interface Vocabulary {
  kinds: DepartmentKind[];
}

function placeless(text: string, d: Department): string {
  let out = text;
  const { province, city, county } = d.jurisdiction;
  for (const [name, mark] of [
    [province, '{province}'],
    [city, '{city}'],
    [county, '{county}'],
  ] as const) {
    if (name) out = out.split(name).join(mark);
  }
  if (county && county.length > 2) out = out.split(county.slice(0, -1)).join('{stem}');
  return out.replace(/全[县区]/g, '全{level}').replace(/^[县区]/, '{level}');
}

function departmentName(d: Department): string {
  const bare = placeless(d.name, d)
    .replace(/[（(][^（）()]*[）)]/g, '')
    .replace(/\{(province|city|county|stem|level)\}/g, '');
  return bare.replace(/^(人民政府)(?=.+(办公室|局))/, '$1').trim() || d.name;
}

const PREFIX = /^(\S{0,6}?[县区]|县|区)(?=\S{1,8}(局|委|办|部|所|队)$)/;

function shortNameOf(agency: string): string | null {
  if (/[、，,]|其他|有关|等/.test(agency)) return null;
  const m = PREFIX.exec(agency);
  return m ? agency.slice(m[0].length) : null;
}

function supervisionOf(d: Department): SupervisionText[] {
  const systems = new Map<string, SupervisionText>();
  for (const rule of d.supervision) {
    const heading = rule.path[1];
    if (!heading) continue;
    let system = systems.get(heading);
    if (!system) {
      system = { heading: placeless(heading, d), clauses: [] };
      systems.set(heading, system);
    }
    const clause = rule.path[2] ?? '';
    system.clauses.push({ heading: placeless(clause, d), text: placeless(rule.text, d) });
  }
  return [...systems.values()];
}

/** Seed departments grouped by kind, in first-seen order (deterministic for the same seeds). */
export function buildVocabulary(result: LoadResult): Vocabulary {
  const kinds = new Map<string, DepartmentKind>();
  const shortNames = new Map<string, Set<string>>();
  for (const d of result.departments) {
    for (const m of d.boundaryMatters) {
      for (const a of m.assignments) {
        const id = profileOfAgencyName(a.agencyRaw)?.id;
        const short = shortNameOf(a.agencyRaw.trim());
        if (!id || !short) continue;
        if (!shortNames.has(id)) shortNames.set(id, new Set());
        shortNames.get(id)?.add(short);
      }
    }
  }
  for (const d of result.departments) {
    const id = profileOfAgencyName(d.name)?.id ?? 'other';
    const key = id === 'other' ? `other:${departmentName(d)}` : id;
    let kind = kinds.get(key);
    if (!kind) {
      kind = { id, name: departmentName(d), shortNames: [], duties: [], matters: [], services: [], supervision: [] };
      kinds.set(key, kind);
    }
    kind.duties.push(
      ...d.duties.filter((u) => u.text.trim()).map((u) => ({ text: placeless(u.text, d), items: u.items.map((i) => placeless(i, d)) })),
    );
    kind.matters.push(
      ...d.boundaryMatters
        .filter((m) => m.title.trim())
        .map((m) => ({
          title: placeless(m.title, d),
          divisions: m.assignments.map((a) => placeless(a.division, d)).filter((t) => t.trim()),
          bases: m.assignments.flatMap((a) => a.bases.map((b) => placeless(b.raw, d))),
          cases: m.assignments.flatMap((a) => (a.case ? [placeless(a.case, d)] : [])),
        })),
    );
    kind.services.push(...d.services.map((s) => ({ title: placeless(s.title, d), content: placeless(s.content ?? '', d) })));
    kind.supervision.push(...supervisionOf(d));
  }
  for (const kind of kinds.values()) {
    const fromCells = [...(shortNames.get(kind.id) ?? [])].sort();
    kind.shortNames = fromCells.length > 0 ? fromCells : [kind.name];
  }
  return { kinds: [...kinds.values()].filter((k) => k.duties.length > 0) };
}
