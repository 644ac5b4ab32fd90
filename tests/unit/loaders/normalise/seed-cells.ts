// Reads cells straight from the seed documents (never copied into the repo), so the
// normalisation tests run on the real, messy text.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const SEEDS_DIR = path.resolve(import.meta.dirname, '../../../../../shared/seeds');

export function seedPath(prefix: string): string {
  const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed starting with ${prefix} in ${SEEDS_DIR}`);
  return path.join(SEEDS_DIR, name);
}

/** Lines `from`..`to` (1-based, inclusive) of a seed, without the cell-opening TAB. */
export function seedCell(prefix: string, from: number, to = from): string {
  const lines = readFileSync(seedPath(prefix), 'utf8').split(/\r?\n/);
  return lines
    .slice(from - 1, to)
    .map((l) => l.replace(/^\t/, ''))
    .join('\n');
}
