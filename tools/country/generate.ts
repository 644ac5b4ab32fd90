// The synthetic country: per county a set of departments, per department one list with the
// seeds' structure (title, 一、部门职责, 二、与相关部门的职责边界, 三、公共服务事项,
// 四、事中事后监管制度). Counts and shares are drawn from tools/country/distributions.json,
// texts from the seeds' vocabulary of the same department kind with the county's own names
// put in and clauses recombined (variation.ts). Most lists are the Word text export, a share
// .docx or .xlsx (formats.ts), a share of the text files GB18030. Pure: same seed, same files.

import { type Random, seededRandom } from '../../domain/seeded-random';
import type { Distributions, Spread } from './distributions';
import { type ListBlock, type ListDocument, type ListTable, paragraph } from './document';
import { DEFAULT_FORMAT_SHARES, type FileFormat, type FormatShares, formatOf, type TextEncodingName } from './formats';
import { type Place, places } from './names';
import { renderText } from './render-text';
import { clauseCount, continued, RECOMBINE_SHARE, recombine } from './variation';
import type { DepartmentKind, Vocabulary } from './vocabulary';

export interface GenerateOptions {
  seed: number;
  counties: number;
  /** Shares of .docx, .xlsx and GB18030 text files; DEFAULT_FORMAT_SHARES when absent. */
  formats?: FormatShares;
}

export interface GeneratedFile {
  /** Relative path: <province>/<city>/<county>/<nn>-<department>.<txt|docx|xlsx> */
  path: string;
  format: FileFormat;
  /** Encoding of a .txt file's bytes (utf-8 for the office formats, which are XML). */
  encoding: TextEncodingName;
  /** The list in the text export's layout; what a .txt file holds, for any format. */
  text: string;
  /** The same list as paragraphs and tables, which the office formats are written from. */
  document: ListDocument;
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
  departments: { kind: DepartmentKind; cell: string; short: string }[];
}

/** `text` with the placeholders of vocabulary.ts replaced by `place`'s names. */
export function localise(text: string, place: Place): string {
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

/** The siblings that have clauses to give, computed once per sibling list. */
const donorsOf = new WeakMap<readonly string[], string[]>();

/** The seed cell, or (RECOMBINE_SHARE of the cells of two clauses or more) one clause swapped for a sibling's. */
function varied(random: Random, text: string, siblings: readonly string[]): string {
  let donors = donorsOf.get(siblings);
  if (!donors) {
    donors = siblings.filter((s) => clauseCount(s) >= 2);
    donorsOf.set(siblings, donors);
  }
  if (donors.length < 2 || random() >= RECOMBINE_SHARE) return text;
  return recombine(random, text, pick(random, donors));
}

/**
 * A table with the seeds' content oddities: cells continued on a second paragraph and the
 * header row repeated mid-table (Word repeats it after a page break), at the measured rates.
 */
function table(random: Random, d: Distributions, header: string[], rows: string[][]): ListTable {
  // The rate is measured over all non-empty cells, but only cells with a clause break can be
  // continued: those are drawn more often so the table as a whole meets the rate.
  const filled = rows.flat().filter((c) => c.trim()).length;
  const breakable = rows.flat().filter((c) => continued(c) !== c).length;
  const continuedShare = breakable ? Math.min(1, (d.oddities.continuedCell * filled) / breakable) : 0;
  const out: string[][] = [];
  for (const row of rows) {
    out.push(row.map((cell) => (random() < continuedShare ? continued(cell) : cell)));
    if (random() < d.oddities.repeatedHeader) out.push([...header]);
  }
  return { kind: 'table', header, rows: out };
}

const dutyTexts = new WeakMap<DepartmentKind, string[]>();

/** One array per kind, so varied() computes its donors once. */
function dutyTextsOf(kind: DepartmentKind): string[] {
  let texts = dutyTexts.get(kind);
  if (!texts) {
    texts = kind.duties.map((u) => u.text);
    dutyTexts.set(kind, texts);
  }
  return texts;
}

function dutySection(random: Random, kind: DepartmentKind, d: Distributions, place: Place): ListBlock[] {
  const duties = sample(random, kind.duties, Math.max(1, drawCount(random, d.dutiesPerDepartment)));
  const kindItems = kind.duties.flatMap((u) => u.items);
  const kindTexts = dutyTextsOf(kind);
  const rows: string[][] = [];
  duties.forEach((duty, i) => {
    // The duty's own items first; a duty with fewer than drawn borrows from its kind's others.
    const wanted = Math.max(1, drawCount(random, d.itemsPerDuty));
    const borrowed = sample(random, kindItems, Math.max(0, wanted - duty.items.length));
    const items = [...sample(random, duty.items, Math.min(wanted, duty.items.length)), ...borrowed];
    if (items.length === 0) items.push('');
    const text = localise(oneLine(varied(random, duty.text, kindTexts)), place);
    items.forEach((item, j) => {
      rows.push([j === 0 ? String(i + 1) : '', j === 0 ? text : '', localise(oneLine(item), place), '　']);
    });
  });
  return [paragraph('一、部门职责'), table(random, d, ['序号', '主要职责', '具体工作事项', '备注'], rows)];
}

/** An agency cell in one of the seeds' shapes: 县财政局 / 石川县财政局 / 县工信局、县财政局 / 其他有关部门. */
// An agency named twice in one matter reads as a new, untitled matter (MATTER_UNTITLED), so
// `used` keeps each matter's agencies distinct.
function agencyCell(random: Random, county: County, used: Set<string>, d: Distributions): string | null {
  if (!used.has('其他有关部门') && random() < d.share.generic) {
    used.add('其他有关部门');
    return '其他有关部门';
  }
  const others = county.departments.filter((x) => !used.has(x.cell));
  if (others.length === 0) return null;
  const n = Math.max(1, Math.min(others.length, drawCount(random, d.agenciesPerAssignment)));
  const cells = sample(random, others, n);
  for (const c of cells) used.add(c.cell);
  return cells.map((c) => (random() < d.share.fullName ? county.place.county + c.short : c.cell)).join('、');
}

function boundarySection(random: Random, county: County, self: County['departments'][number], d: Distributions): ListBlock[] {
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
        localise(oneLine(varied(random, pick(random, divisions), divisions)), place),
        localise(oneLine(basis), place),
        localise(oneLine(kase), place),
      ]);
    }
  });
  return [paragraph('二、与相关部门的职责边界'), table(random, d, ['序号', '管理事项', '相关部门', '职责分工', '相关依据', '案例'], rows)];
}

function serviceSection(random: Random, self: County['departments'][number], d: Distributions, place: Place): ListBlock[] {
  const services = sample(random, self.kind.services, drawCount(random, d.servicesPerDepartment));
  const rows = services.map((s, i) => [String(i + 1), localise(oneLine(s.title), place), localise(oneLine(s.content), place), self.cell]);
  return [paragraph('三、公共服务事项'), table(random, d, ['序号', '服务事项', '主要工作内容', '承办机构'], rows)];
}

function supervisionSection(random: Random, self: County['departments'][number], d: Distributions, place: Place): ListBlock[] {
  const wanted = drawCount(random, d.supervisionPerDepartment);
  const blocks: ListBlock[] = [paragraph('四、事中事后监管制度')];
  let clauses = 0;
  for (const system of shuffled(random, self.kind.supervision)) {
    if (clauses >= wanted) break;
    blocks.push(paragraph(localise(system.heading, place)));
    for (const clause of system.clauses) {
      if (clause.heading) blocks.push(paragraph(localise(clause.heading, place)));
      blocks.push(paragraph(localise(clause.text, place)));
      clauses++;
    }
  }
  return blocks;
}

function countiesOf(random: Random, vocabulary: Vocabulary, count: number): County[] {
  return places(random, count).map((place) => {
    const n = DEPARTMENTS_PER_COUNTY.min + Math.floor(random() * (DEPARTMENTS_PER_COUNTY.max - DEPARTMENTS_PER_COUNTY.min + 1));
    // Every kind at most once per county; a county smaller than the kinds gets a random subset.
    const kinds = shuffled(random, vocabulary.kinds).slice(0, n);
    return {
      place,
      departments: kinds.map((kind) => {
        const short = pick(random, kind.shortNames);
        return { kind, short, cell: place.level + short };
      }),
    };
  });
}

/** The whole country's files, in a stable order. */
export function generateCountry(options: GenerateOptions, vocabulary: Vocabulary, d: Distributions): GeneratedFile[] {
  const random = seededRandom(options.seed);
  // Formats come from their own stream so that changing the shares leaves every text as it was.
  const formatRandom = seededRandom(options.seed ^ 0x5f3759df);
  const shares = options.formats ?? DEFAULT_FORMAT_SHARES;
  const files: GeneratedFile[] = [];
  for (const county of countiesOf(random, vocabulary, options.counties)) {
    const { place } = county;
    county.departments.forEach((self, i) => {
      const title = `${place.province}${place.city}${place.county}${self.kind.name}责任清单`;
      const document: ListDocument = {
        blocks: [
          paragraph(title),
          ...dutySection(random, self.kind, d, place),
          ...boundarySection(random, county, self, d),
          ...serviceSection(random, self, d, place),
          ...supervisionSection(random, self, d, place),
        ],
      };
      const text = renderText(document, seededRandom(Math.floor(random() * 2 ** 32)), d.oddities);
      const { format, encoding } = formatOf(formatRandom, shares);
      const seq = String(i + 1).padStart(2, '0');
      files.push({
        path: `${place.province}/${place.city}/${place.county}/${seq}-${self.kind.name}.${format}`,
        format,
        encoding,
        text,
        document,
        place,
        department: self.kind.name,
      });
    });
  }
  return files;
}
