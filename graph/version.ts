// The one freshness rule: everything a process derives from the graph (jurisdiction and
// agency names for search, analyses, matter titles) is cached per graph version, a counter
// that every committed write bumps in its own transaction (graph/queries/version.ts). A
// request reads the version once and asks its caches for entries of that version, so a
// load from any process is seen by every other process on its next request.
import { readQuery, withPinnedReads } from './driver.js';
import * as Q from './queries/version.js';

export type GraphVersion = number;

export async function graphVersion(): Promise<GraphVersion> {
  const [record] = await readQuery(Q.READ_GRAPH_VERSION);
  return Number(record?.get('version') ?? 0);
}

/**
 * `read` seeing ONE committed state of the graph, with that state's version. Neo4j reads
 * are read-committed: a statement that runs while a load commits can see part of the old
 * facts and part of the new (measured: an evidence read spanning a forced reload of the
 * seeds returned 2,124 of 2,142 rows), and a version read in another statement may belong
 * to neither. So the reads run in one transaction that first takes the load lock, which a
 * load holds until its commit is applied: a load waits for the reader, or the reader for
 * the load. For reads a cache keeps per version (evidence), not for every request.
 */
export async function atOneVersion<T>(read: () => Promise<T>): Promise<{ version: GraphVersion; value: T }> {
  let version = 0;
  const value = await withPinnedReads(async (tx) => {
    const { records } = await tx.run(Q.LOCK_FOR_SNAPSHOT);
    version = Number(records[0]?.get('version') ?? 0);
  }, read);
  return { version, value };
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

  /**
   * `get`, with the graph read as one committed state (atOneVersion) and the value built from it
   * outside the locked transaction (a build may take seconds: a load must not wait for it).
   * The value is also kept under the version it was read at, when a load committed since.
   */
  getAtOneVersion<R>(version: GraphVersion, key: string, read: () => Promise<R>, build: (raw: R) => T | Promise<T>): Promise<T> {
    return this.get(version, key, async () => {
      const snapshot = await atOneVersion(read);
      const value = await build(snapshot.value);
      if (snapshot.version > version) this.put(snapshot.version, key, value);
      return value;
    });
  }

  /** Keeps a value known to be of `version` (newer than the request that computed it thought). */
  put(version: GraphVersion, key: string, value: T): void {
    if (version < this.version) return;
    if (version > this.version) {
      this.version = version;
      this.entries.clear();
    }
    if (!this.entries.has(key) && this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, Promise.resolve(value));
  }
}
