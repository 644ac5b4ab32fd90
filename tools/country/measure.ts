// Prints the distributions of the seed lists (default /work/shared/seeds or the directory
// given) as JSON; `--write` also stores them in tools/country/distributions.json, which the
// generator reads. `tsx tools/country/measure.ts [DIR] [--write]`.

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDocuments } from '../../loaders/load';
import { measureSeeds } from './distributions';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? '/work/shared/seeds';
const files = (await readdir(dir)).sort().map((f) => join(dir, f));
const run = await loadDocuments(files);
const texts = await Promise.all(files.map((f) => readFile(f, 'utf8')));
const json = `${JSON.stringify(measureSeeds(run.result, texts), null, 2)}\n`;
process.stdout.write(json);
if (args.includes('--write')) {
  await writeFile(fileURLToPath(new URL('./distributions.json', import.meta.url)), json);
}
