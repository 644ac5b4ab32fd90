// The generator's file side: reading the seeds (through the project's loader) and writing
// the generated lists. Kept apart so generate.ts stays pure.

import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { loadDocuments } from '../../loaders/load';
import type { GeneratedFile } from './generate';
import { buildVocabulary, type Vocabulary } from './vocabulary';

export async function seedFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort().map((f) => join(dir, f));
}

export async function loadSeedVocabulary(dir: string): Promise<Vocabulary> {
  const run = await loadDocuments(await seedFiles(dir));
  return buildVocabulary(run.result);
}

/** Writes `files` under `out`; returns the absolute paths in the same order. */
export async function writeCountry(out: string, files: GeneratedFile[]): Promise<string[]> {
  const paths: string[] = [];
  for (const f of files) {
    const path = join(out, f.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, f.text, 'utf8');
    paths.push(path);
  }
  return paths;
}
