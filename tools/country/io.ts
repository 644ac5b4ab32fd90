// The generator's file side: reading the seeds (through the project's loader) and writing
// the generated lists in their formats and encodings. Kept apart so generate.ts stays pure.

import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import { loadDocuments } from '../../loaders/load';
import type { GeneratedFile } from './generate';
import { renderDocx, renderXlsx } from './render-office';
import { buildVocabulary, type Vocabulary } from './vocabulary';

export async function seedFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort().map((f) => join(dir, f));
}

export async function loadSeedVocabulary(dir: string): Promise<Vocabulary> {
  const run = await loadDocuments(await seedFiles(dir));
  return buildVocabulary(run.result);
}

/** The bytes of `file` as it is written to disk. */
export async function fileBytes(file: GeneratedFile): Promise<Buffer> {
  if (file.format === 'docx') return renderDocx(file.document);
  if (file.format === 'xlsx') return renderXlsx(file.document);
  return file.encoding === 'gb18030' ? iconv.encode(file.text, 'gb18030') : Buffer.from(file.text, 'utf8');
}

/** Writes `files` under `out`; returns the absolute paths in the same order. */
export async function writeCountry(out: string, files: GeneratedFile[]): Promise<string[]> {
  const paths: string[] = [];
  const dirs = new Set<string>();
  for (const f of files) {
    const path = join(out, f.path);
    if (!dirs.has(dirname(path))) {
      await mkdir(dirname(path), { recursive: true });
      dirs.add(dirname(path));
    }
    await writeFile(path, await fileBytes(f));
    paths.push(path);
  }
  return paths;
}
