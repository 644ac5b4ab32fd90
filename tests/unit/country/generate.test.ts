// The synthetic country generator (tools/country): deterministic per seed, readable by the
// project's loader without errors, and shaped like the seeds it was measured on. The seeds
// are read from ../shared/seeds (never copied); the tolerances are stated next to each check.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocuments, type LoadRun } from '../../../loaders/load';
import { measure, measureSeeds } from '../../../tools/country/distributions';
import { DEPARTMENTS_PER_COUNTY, type GeneratedFile, generateCountry } from '../../../tools/country/generate';
import { loadSeedVocabulary, seedFiles, writeCountry } from '../../../tools/country/io';
import type { Vocabulary } from '../../../tools/country/vocabulary';
import { DISTRIBUTIONS, SEEDS } from './seeds';

function hashOf(files: GeneratedFile[]): string {
  const h = createHash('sha256');
  for (const f of files) h.update(f.path).update('\0').update(f.text).update('\0');
  return h.digest('hex');
}

/** |actual − expected| within `relative` of expected. */
function near(actual: number, expected: number, relative: number): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected} ±${relative * 100}%`).toBeLessThanOrEqual(expected * relative);
}

let vocabulary: Vocabulary;
let files: GeneratedFile[];
let run: LoadRun;
let out: string;

beforeAll(async () => {
  vocabulary = await loadSeedVocabulary(SEEDS);
  files = generateCountry({ seed: 1, counties: 6 }, vocabulary, DISTRIBUTIONS);
  out = mkdtempSync(path.join(tmpdir(), 'country-'));
  run = await loadDocuments(await writeCountry(out, files));
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('synthetic country', () => {
  it('distributions.json is what tools/country/measure.ts measures on the seeds today', async () => {
    const paths = await seedFiles(SEEDS);
    const seeds = await loadDocuments(paths);
    expect(
      measureSeeds(
        seeds.result,
        paths.map((p) => readFileSync(p, 'utf8')),
      ),
    ).toEqual(DISTRIBUTIONS);
  }, 60_000);

  it('same seed gives byte-identical files; another seed gives other files', () => {
    const again = generateCountry({ seed: 1, counties: 6 }, vocabulary, DISTRIBUTIONS);
    expect(hashOf(again)).toBe(hashOf(files));
    const other = generateCountry({ seed: 2, counties: 6 }, vocabulary, DISTRIBUTIONS);
    expect(hashOf(other)).not.toBe(hashOf(files));
  });

  it('has the asked number of distinct counties, each with its own department set', () => {
    const counties = new Map<string, number>();
    for (const f of files) {
      const key = `${f.place.province}/${f.place.city}/${f.place.county}`;
      counties.set(key, (counties.get(key) ?? 0) + 1);
    }
    expect(counties.size).toBe(6);
    const cap = Math.min(DEPARTMENTS_PER_COUNTY.max, vocabulary.kinds.length);
    for (const n of counties.values()) {
      expect(n).toBeGreaterThanOrEqual(Math.min(DEPARTMENTS_PER_COUNTY.min, cap));
      expect(n).toBeLessThanOrEqual(cap);
    }
  });

  it('loads through the loader: one department per file, in its county, no error, no lost text', () => {
    expect(run.failed).toBe(false);
    const bad = run.result.diagnostics.filter((d) => d.severity !== 'info');
    expect(bad.map((d) => `${d.code} ${d.file}:${d.line}`)).toEqual([]);
    expect(run.result.diagnostics.some((d) => d.code === 'TEXT_LOST')).toBe(false);
    expect(run.result.departments).toHaveLength(files.length);
    for (const d of run.result.departments) {
      const f = files.find((x) => d.source.file.endsWith(x.path));
      expect(f, d.source.file).toBeDefined();
      expect(d.jurisdiction).toEqual({ province: f?.place.province, city: f?.place.city, county: f?.place.county });
    }
  });

  it('other seeds load as cleanly (no warning or error)', async () => {
    for (const seed of [2, 42]) {
      const dir = mkdtempSync(path.join(tmpdir(), 'country-'));
      try {
        const other = generateCountry({ seed, counties: 3 }, vocabulary, DISTRIBUTIONS);
        const loaded = await loadDocuments(await writeCountry(dir, other));
        expect(loaded.result.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code)).toEqual([]);
        expect(loaded.result.departments).toHaveLength(other.length);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }, 60_000);

  it('the loaded country is shaped like the seeds (means within the stated tolerances)', () => {
    const m = measure(run.result);
    // Duties are drawn straight from the measured spread: ±25%.
    near(m.dutiesPerDepartment.mean, DISTRIBUTIONS.dutiesPerDepartment.mean, 0.25);
    near(m.itemsPerDuty.mean, DISTRIBUTIONS.itemsPerDuty.mean, 0.3);
    near(m.length.duty.p50, DISTRIBUTIONS.length.duty.p50, 0.3);
    // Matters depend on how many a kind has in the seeds (some have none): ±40%.
    near(m.boundaryMattersPerDepartment.mean, DISTRIBUTIONS.boundaryMattersPerDepartment.mean, 0.4);
    near(m.assignmentsPerMatter.mean, DISTRIBUTIONS.assignmentsPerMatter.mean, 0.4);
    near(m.servicesPerDepartment.mean, DISTRIBUTIONS.servicesPerDepartment.mean, 0.4);
    // Shares of boundary rows: within 0.1 absolute.
    expect(Math.abs(m.share.withBases - DISTRIBUTIONS.share.withBases)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(m.share.withRole - DISTRIBUTIONS.share.withRole)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(m.share.withCase - DISTRIBUTIONS.share.withCase)).toBeLessThanOrEqual(0.1);
  });

  it('agency cells name departments of the same county, as 县财政局 or (at the measured share) 石川县财政局', () => {
    let named = 0;
    let full = 0;
    for (const d of run.result.departments) {
      const county = d.jurisdiction.county ?? '';
      for (const m of d.boundaryMatters) {
        for (const a of m.assignments) {
          if (a.generic) continue;
          for (const cell of a.agencyRaw.split('、')) {
            expect(cell.startsWith(county) || cell.startsWith(county.slice(-1)), cell).toBe(true);
            named++;
            if (cell.startsWith(county)) full++;
          }
        }
      }
    }
    // A share of a few per cent over a few hundred cells: within 0.03 absolute.
    expect(Math.abs(full / named - DISTRIBUTIONS.share.fullName)).toBeLessThanOrEqual(0.03);
  });

  it('the full form 石川县财政局 and the short form 县财政局 resolve to one agency of the county', () => {
    const canonical = new Map<string, Set<string>>();
    let fullForms = 0;
    for (const d of run.result.departments) {
      const county = d.jurisdiction.county ?? '';
      for (const a of d.boundaryMatters.flatMap((m) => m.assignments)) {
        if (a.generic || a.agencyRaw.includes('、')) continue;
        if (a.agencyRaw.startsWith(county)) fullForms++;
        const key = `${county}|${a.agencyRaw.replace(county, county.slice(-1))}`;
        if (!canonical.has(key)) canonical.set(key, new Set());
        canonical.get(key)?.add(a.agencies.join('|'));
      }
    }
    expect(fullForms).toBeGreaterThan(0);
    const split = [...canonical].filter(([, names]) => names.size > 1).map(([key, names]) => `${key}: ${[...names].join(' / ')}`);
    expect(split).toEqual([]);
  });
});
