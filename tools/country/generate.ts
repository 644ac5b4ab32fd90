// The synthetic country: per county a set of departments, per department one list in the
// seeds' text format (title, 一、部门职责, 二、与相关部门的职责边界, 三、公共服务事项,
// 四、事中事后监管制度; TAB-started cells, a blank line between rows). Counts and shares are
// drawn from tools/country/distributions.json, texts from the seeds' vocabulary of the same
// department kind with the county's own names put in. Pure: same seed, same files.

import { type Random, seededRandom } from '../../domain/seeded-random';
import type { Distributions, Spread } from './distributions';
import { type Place, places } from './names';
import type { DepartmentKind, Vocabulary } from './vocabulary';

export interface GenerateOptions {
  seed: number;
  counties: number;
}

export interface GeneratedFile {
  /** Relative path: <province>/<city>/<county>/<nn>-<department>.txt */
  path: string;
  text: string;
  place: Place;
  department: string;
}

/**
 * Departments per county. The seeds hold one complete county (19 lists) and four single
 * lists, so the per-file figure says nothing of a county's size; the complete one does.
 */
export const DEPARTMENTS_PER_COUNTY = { min: 14, max: 24 } as const;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** A count drawn through the spread's quantiles (piecewise linear inverse CDF). */
export function drawCount(random: Random, s: Spread): number {
  const u = random();
  const points: [number, number][] = [
    [0, s.p10],
    [0.1, s.p10],
    [0.5, s.p50],
    [0.9, s.p90],
    [1, s.max],
  ];
  for (let i = 1; i < points.length; i++) {
    const [q0, v0] = points[i - 1];
    const [q1, v1] = points[i];
    if (u <= q1) return Math.round(v0 + ((u - q0) / (q1 - q0 || 1)) * (v1 - v0));
  }
  return s.max;
}

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** `n` draws from `pool`, each element at most once until the pool is used up. */
function sample<T>(random: Random, pool: readonly T[], n: number): T[] {
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(...shuffled(random, pool).slice(0, n - out.length));
  return out;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, '').trim();
}

interface County {
  place: Place;
  /** The county's departments: kind and the short name agency cells use (县财政局). */
  departments: { kind: DepartmentKind; cell: string }[];
}

function localise(text: string, place: Place): string {
  return text
    .split('{province}')
    .join(place.province)
    .split('{city}')
    .join(place.city)
    .split('{county}')
    .join(place.county)
    .split('{stem}')
    .join(place.county.slice(0, -1))
    .split('{level}')
    .join(place.level);
}

function row(cells: string[]): string {
  return `${cells.map((c) => `\t${c}`).join('\n')}\n`;
}

function table(header: string[], rows: string[][]): string {
  return [row(header), ...rows.map(row)].join('\n');
}

function dutySection(random: Random, kind: DepartmentKind, d: Distributions, place: Place): string {
  const duties = sample(random, kind.duties, Math.max(1, drawCount(random, d.dutiesPerDepartment)));
  const kindItems = kind.duties.flatMap((u) => u.items);
  const rows: string[][] = [];
  duties.forEach((duty, i) => {
    // The duty's own items first; a duty with fewer than drawn borrows from its kind's others.
    const wanted = Math.max(1, drawCount(random, d.itemsPerDuty));
    const borrowed = sample(random, kindItems, Math.max(0, wanted - duty.items.length));
    const items = [...sample(random, duty.items, Math.min(wanted, duty.items.length)), ...borrowed];
    if (items.length === 0) items.push('');
    items.forEach((item, j) => {
      const text = j === 0 ? localise(oneLine(duty.text), place) : '';
      rows.push([j === 0 ? String(i + 1) : '', text, localise(oneLine(item), place), '　']);
    });
  });
  return `一、部门职责\n\n${table(['序号', '主要职责', '具体工作事项', '备注'], rows)}`;
}

/** An agency cell in one of the seeds' shapes: 县财政局 / 县工信局、县财政局 / 其他有关部门. */
// An agency named twice in one matter reads as a new, untitled matter (MATTER_UNTITLED), so
// `used` keeps each matter's agencies distinct.
function agencyCell(random: Random, county: County, used: Set<string>, d: Distributions): string | null {
  if (!used.has('其他有关部门') && random() < d.share.generic) {
    used.add('其他有关部门');
    return '其他有关部门';
  }
  const others = county.departments.map((x) => x.cell).filter((c) => !used.has(c));
  if (others.length === 0) return null;
  const n = Math.max(1, Math.min(others.length, drawCount(random, d.agenciesPerAssignment)));
  const cells = sample(random, others, n);
  for (const c of cells) used.add(c);
  return cells.join('、');
}

function boundarySection(random: Random, county: County, self: County['departments'][number], d: Distributions): string {
  const place = county.place;
  const pool = self.kind.matters.length > 0 ? self.kind.matters : county.departments.flatMap((x) => x.kind.matters);
  const matters = sample(random, pool, drawCount(random, d.boundaryMattersPerDepartment));
  const rows: string[][] = [];
  matters.forEach((m, i) => {
    const divisions = m.divisions.length > 0 ? m.divisions : [m.title];
    const n = Math.max(2, drawCount(random, d.assignmentsPerMatter));
    const used = new Set([self.cell]);
    for (let j = 0; j < n; j++) {
      const agency = j === 0 ? self.cell : agencyCell(random, county, used, d);
      if (agency === null) break;
      const basis = m.bases.length > 0 && random() < d.share.withBases ? pick(random, m.bases) : '';
      const kase = m.cases.length > 0 && random() < d.share.withCase ? pick(random, m.cases) : '';
      rows.push([
        j === 0 ? String(i + 1) : '',
        j === 0 ? localise(oneLine(m.title), place) : '',
        agency,
        localise(oneLine(pick(random, divisions)), place),
        localise(oneLine(basis), place),
        localise(oneLine(kase), place),
      ]);
    }
  });
  return `二、与相关部门的职责边界\n\n${table(['序号', '管理事项', '相关部门', '职责分工', '相关依据', '案例'], rows)}`;
}

function serviceSection(random: Random, self: County['departments'][number], d: Distributions, place: Place): string {
  const services = sample(random, self.kind.services, drawCount(random, d.servicesPerDepartment));
  const rows = services.map((s, i) => [String(i + 1), localise(oneLine(s.title), place), localise(oneLine(s.content), place), self.cell]);
  return `三、公共服务事项\n\n${table(['序号', '服务事项', '主要工作内容', '承办机构'], rows)}`;
}

function supervisionSection(random: Random, self: County['departments'][number], d: Distributions, place: Place): string {
  const wanted = drawCount(random, d.supervisionPerDepartment);
  const lines: string[] = ['四、事中事后监管制度', ''];
  let clauses = 0;
  for (const system of shuffled(random, self.kind.supervision)) {
    if (clauses >= wanted) break;
    lines.push(localise(system.heading, place), '');
    for (const clause of system.clauses) {
      if (clause.heading) lines.push(localise(clause.heading, place), '');
      lines.push(localise(clause.text, place), '');
      clauses++;
    }
  }
  return `${lines.join('\n')}\n`;
}

function countiesOf(random: Random, vocabulary: Vocabulary, count: number): County[] {
  return places(random, count).map((place) => {
    const n = DEPARTMENTS_PER_COUNTY.min + Math.floor(random() * (DEPARTMENTS_PER_COUNTY.max - DEPARTMENTS_PER_COUNTY.min + 1));
    // Every kind at most once per county; a county smaller than the kinds gets a random subset.
    const kinds = shuffled(random, vocabulary.kinds).slice(0, n);
    return { place, departments: kinds.map((kind) => ({ kind, cell: place.level + pick(random, kind.shortNames) })) };
  });
}

/** The whole country's files, in a stable order. */
export function generateCountry(options: GenerateOptions, vocabulary: Vocabulary, d: Distributions): GeneratedFile[] {
  const random = seededRandom(options.seed);
  const files: GeneratedFile[] = [];
  for (const county of countiesOf(random, vocabulary, options.counties)) {
    const { place } = county;
    county.departments.forEach((self, i) => {
      const title = `${place.province}${place.city}${place.county}${self.kind.name}责任清单`;
      const text = [
        `${title}\n`,
        dutySection(random, self.kind, d, place),
        boundarySection(random, county, self, d),
        serviceSection(random, self, d, place),
        supervisionSection(random, self, d, place),
      ].join('\n');
      const seq = String(i + 1).padStart(2, '0');
      files.push({
        path: `${place.province}/${place.city}/${place.county}/${seq}-${self.kind.name}.txt`,
        text,
        place,
        department: self.kind.name,
      });
    });
  }
  return files;
}
