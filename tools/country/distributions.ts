// The shape statistics of a set of loaded responsibility lists: what the generator imitates
// and what its tests compare against. Measured by the project's own loader so the numbers
// are the ones the pipeline sees, not a second reading of the raw text.

import type { Department, LoadResult } from '../../domain/records';
import { measureOddities, type Oddities } from './oddities';

/** Quantiles of a count or length: enough to draw from and to compare within a tolerance. */
export interface Spread {
  n: number;
  mean: number;
  p10: number;
  p50: number;
  p90: number;
  max: number;
}

/** What the project's loader makes of the lists: counts, lengths and shares. */
export interface Shape {
  /** Seed files (one county each) the numbers come from. */
  files: number;
  departmentsPerCounty: Spread;
  dutiesPerDepartment: Spread;
  itemsPerDuty: Spread;
  boundaryMattersPerDepartment: Spread;
  agenciesPerAssignment: Spread;
  assignmentsPerMatter: Spread;
  servicesPerDepartment: Spread;
  supervisionPerDepartment: Spread;
  length: { duty: Spread; item: Spread; division: Spread; case: Spread; matterTitle: Spread };
  /** Shares of boundary assignments (0..1). */
  /** fullName: agency names written with the county's full name (石川县财政局, not 县财政局). */
  share: { withBases: number; withCase: number; withRole: number; generic: number; fullName: number };
  /** Citation kinds among all assignment bases, as shares. */
  citationKinds: Record<string, number>;
}

/** The shape plus the raw text layout's oddities (tools/country/oddities.ts). */
export interface Distributions extends Shape {
  oddities: Oddities;
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    n: sorted.length,
    mean: sorted.length ? Math.round((sum / sorted.length) * 100) / 100 : 0,
    p10: quantile(sorted, 0.1),
    p50: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    max: sorted.length ? sorted[sorted.length - 1] : 0,
  };
}

function share(part: number, whole: number): number {
  return whole ? Math.round((part / whole) * 1000) / 1000 : 0;
}

/** Distributions of `result`, counting each distinct source file as one county. */
export function measure(result: LoadResult): Shape {
  const departments: Department[] = result.departments;
  const perFile = new Map<string, number>();
  for (const d of departments) perFile.set(d.source.file, (perFile.get(d.source.file) ?? 0) + 1);
  const duties = departments.flatMap((d) => d.duties);
  const matters = departments.flatMap((d) => d.boundaryMatters);
  const assignments = matters.flatMap((m) => m.assignments);
  const bases = assignments.flatMap((a) => a.bases);
  const named = departments.flatMap((d) =>
    d.boundaryMatters.flatMap((m) =>
      m.assignments.filter((a) => !a.generic).map((a) => ({ raw: a.agencyRaw.trim(), county: d.jurisdiction.county })),
    ),
  );
  const kinds: Record<string, number> = {};
  for (const b of bases) kinds[b.kind] = (kinds[b.kind] ?? 0) + 1;
  for (const k of Object.keys(kinds)) kinds[k] = share(kinds[k], bases.length);
  return {
    files: perFile.size,
    departmentsPerCounty: spread([...perFile.values()]),
    dutiesPerDepartment: spread(departments.map((d) => d.duties.length)),
    itemsPerDuty: spread(duties.map((d) => d.items.length)),
    boundaryMattersPerDepartment: spread(departments.map((d) => d.boundaryMatters.length)),
    agenciesPerAssignment: spread(assignments.map((a) => a.agencies.length)),
    assignmentsPerMatter: spread(matters.map((m) => m.assignments.length)),
    servicesPerDepartment: spread(departments.map((d) => d.services.length)),
    supervisionPerDepartment: spread(departments.map((d) => d.supervision.length)),
    length: {
      duty: spread(duties.map((d) => d.text.length)),
      item: spread(duties.flatMap((d) => d.items.map((i) => i.length))),
      division: spread(assignments.map((a) => a.division.length)),
      case: spread(assignments.flatMap((a) => (a.case ? [a.case.length] : []))),
      matterTitle: spread(matters.map((m) => m.title.length)),
    },
    share: {
      withBases: share(assignments.filter((a) => a.bases.length > 0).length, assignments.length),
      withCase: share(assignments.filter((a) => a.case).length, assignments.length),
      withRole: share(assignments.filter((a) => a.role).length, assignments.length),
      generic: share(assignments.filter((a) => a.generic).length, assignments.length),
      fullName: share(named.filter((x) => x.county && x.raw.startsWith(x.county)).length, named.length),
    },
    citationKinds: kinds,
  };
}

/** Everything the generator draws from: `result` loaded from the seed files whose raw texts are `texts`. */
export function measureSeeds(result: LoadResult, texts: string[]): Distributions {
  return { ...measure(result), oddities: measureOddities(texts) };
}
