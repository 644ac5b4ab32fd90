// What parsed a document, as one hash: the source of the code that turns a file into graph
// rows (loaders/, domain/, graph/load/, graph/writer.ts) and the load options that change
// the parse (--department, --province/--city/--county, --as-of). Stored on every Document a
// load writes; a later load skips a file whose sha256 and stamp both match WITHOUT parsing
// it. A changed parser changes the stamp, so its files are parsed again and compared by their
// facts hash as before. Re-parsing a resumed country took ~15 % of its load time (docs/loading.md).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadOptions } from '../loaders/load';

// From import.meta.url: the server bundle (build/server.mjs) maps that one to this file, not the dirname form.
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PARSER_SOURCES = ['loaders', 'domain', 'graph/load', 'graph/writer.ts'];

function sourceFiles(entry: string): string[] {
  const full = path.join(REPO, entry);
  if (entry.endsWith('.ts')) return [full];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(full, f));
}

/**
 * The stamp, or null when the sources are not on disk (a bundled build): then nothing is
 * skipped unparsed, and the facts-hash comparison decides as before.
 */
export function parseStamp(options: Pick<LoadOptions, 'department' | 'jurisdiction' | 'asOf'>): string | null {
  const hash = createHash('sha256');
  try {
    const files = PARSER_SOURCES.flatMap(sourceFiles).sort();
    for (const file of files) hash.update(path.relative(REPO, file)).update('\0').update(readFileSync(file)).update('\0');
  } catch {
    return null;
  }
  hash.update(
    JSON.stringify({ department: options.department ?? null, jurisdiction: options.jurisdiction ?? null, asOf: options.asOf ?? null }),
  );
  return hash.digest('hex');
}

/** sha256 of a file's bytes, as loaders/load.ts documentInfo computes it. */
export function fileSha256(file: string): string | null {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return null;
  }
}
