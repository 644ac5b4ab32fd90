// The sha256 and parse stamp stored on Documents, read once before a streamed load so that a
// resumed load can skip committed files without parsing them (cli/parse-stamp.ts).
import { readQuery } from '../driver.js';
import { DOCUMENT_STAMPS } from '../queries/load.js';
import { documentKey } from '../writer.js';

/** Keys per query: a country's 17,000 paths in a few round trips. */
const KEYS_PER_QUERY = 5_000;

/** `sha256/parseStamp` by file (as given), for the files already stored with a stamp. */
export async function storedStamps(files: string[]): Promise<Map<string, string>> {
  const byKey = new Map(files.map((f) => [documentKey(f), f]));
  const keys = [...byKey.keys()];
  const found = new Map<string, string>();
  for (let i = 0; i < keys.length; i += KEYS_PER_QUERY) {
    const records = await readQuery(DOCUMENT_STAMPS, { keys: keys.slice(i, i + KEYS_PER_QUERY) });
    for (const r of records) {
      const stamp = r.get('parseStamp') as string | null;
      const file = byKey.get(r.get('key') as string);
      if (stamp && file) found.set(file, `${r.get('sha256') as string}/${stamp}`);
    }
  }
  return found;
}
