// Counting what a load left in the graph, per directory of documents: the integration tests
// compare a streamed load with a one-transaction load of copies of the same files.
import { readQuery } from '../driver.js';
import { COUNT_UNDER_PREFIX } from '../queries/load.js';

/** Label (or `rel:TYPE`) → count, for the documents whose resolved path starts with `prefix`. */
export async function countLoadedUnder(prefix: string): Promise<Record<string, number>> {
  const records = await readQuery(COUNT_UNDER_PREFIX, { prefix });
  const counts: Record<string, number> = {};
  for (const r of records) counts[r.get('label') as string] = r.get('n') as number;
  return counts;
}
