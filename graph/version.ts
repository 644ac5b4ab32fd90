// The one freshness rule: everything a process derives from the graph (jurisdiction and
// agency names for search, analyses, matter titles) is cached per graph version, a counter
// that every committed write bumps in its own transaction (graph/queries/version.ts). A
// request reads the version once and asks its caches for entries of that version, so a
// load from any process is seen by every other process on its next request.
import { readQuery } from './driver.js';
import * as Q from './queries/version.js';

export type GraphVersion = number;

export async function graphVersion(): Promise<GraphVersion> {
  const [record] = await readQuery(Q.READ_GRAPH_VERSION);
  return Number(record?.get('version') ?? 0);
}

/**
 * Values computed from the graph, valid for one graph version. A newer version empties
 * the cache; a value `keep` refuses (an unknown name) or a failed computation is not kept.
 * Concurrent requests for one key share one computation.
 */
export class VersionedCache<T> {
  private version: GraphVersion = -1;
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly maxEntries = 1000) {}

  get(version: GraphVersion, key: string, compute: () => Promise<T>, keep: (value: T) => boolean = () => true): Promise<T> {
    if (version !== this.version) {
      // An older version's request arriving late must not evict the newer entries.
      if (version < this.version) return compute();
      this.version = version;
      this.entries.clear();
    }
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    const value = compute();
    this.entries.set(key, value);
    const forget = () => {
      if (this.entries.get(key) === value) this.entries.delete(key);
    };
    value.then((v) => keep(v) || forget(), forget);
    return value;
  }
}
