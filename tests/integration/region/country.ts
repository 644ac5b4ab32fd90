// A small generated country (tools/country) loaded county by county, for the province/city
// overlap tests (integration and e2e): which city holds most of its counties.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeLoad } from '../../../graph/writer.js';
import { loadDocuments } from '../../../loaders/load.js';
import type { Distributions } from '../../../tools/country/distributions.js';
import { generateCountry } from '../../../tools/country/generate.js';
import { loadSeedVocabulary, writeCountry } from '../../../tools/country/io.js';
import { seedsDir } from '../fixtures.js';

export interface LoadedCountry {
  province: string;
  city: string;
  /** Keys (省/市/县) of the city's counties. */
  counties: string[];
  /** Removes the generated files. */
  remove(): void;
}

export async function loadSmallCountry(seed: number, countyCount: number): Promise<LoadedCountry> {
  const work = mkdtempSync(path.join(tmpdir(), 'jurisgraph-region-'));
  const distributions = JSON.parse(readFileSync(path.resolve('tools/country/distributions.json'), 'utf8')) as Distributions;
  const files = generateCountry({ seed, counties: countyCount }, await loadSeedVocabulary(seedsDir), distributions);
  const paths = await writeCountry(work, files);
  const byCounty = new Map<string, string[]>();
  files.forEach((f, i) => {
    const key = `${f.place.province}/${f.place.city}/${f.place.county}`;
    byCounty.set(key, [...(byCounty.get(key) ?? []), paths[i]!]);
  });
  // County by county, as bench/scale.ts loads a country.
  for (const list of byCounty.values()) {
    const run = await loadDocuments(list);
    await writeLoad(run.result, run.documents);
  }
  const perCity = new Map<string, string[]>();
  for (const key of byCounty.keys()) {
    const cityKey = key.split('/').slice(0, 2).join('/');
    perCity.set(cityKey, [...(perCity.get(cityKey) ?? []), key]);
  }
  const [cityKey, counties] = [...perCity].sort((a, b) => b[1].length - a[1].length)[0]!;
  const [province, city] = cityKey.split('/') as [string, string];
  return { province, city, counties, remove: () => rmSync(work, { recursive: true, force: true }) };
}
