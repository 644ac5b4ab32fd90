// The freshness rule: everything a process derives from the graph is cached per version. The
// graph version is a counter every committed write bumps in its own transaction, and the same
// transaction stamps every Jurisdiction it changed (and their city and province) with the new
// value (graph/queries/version.ts). A request reads the graph version once; what it derives from
// some jurisdictions (a county's evidence, its analysis) is keyed by the newest version of those
// jurisdictions (`scopeVersion`), so a load in county B keeps county A's caches, while a write in
// A, from any process, is seen by A's next request. What spans every jurisdiction (names, titles
// of all documents) stays keyed by the graph version.
import type { ManagedTransaction } from 'neo4j-driver';
import { readQuery, withPinnedReads } from './driver.js';
import * as Q from './queries/version.js';

export type GraphVersion = number;

/** How often a cache answered from an entry, and how often it computed one. */
export interface CacheStats {
  hits: number;
  misses: number;
  entries: number;
}

/**
 * Values computed from the graph, each valid for the version it was computed at (a graph
 * version, or a scope version: see `scopeVersion`). A request of a newer version replaces the
 * entry; a value `keep` refuses (an unknown name) or a failed computation is not kept. Concurrent
 * requests for one key and version share one computation. Least recently used entries go first.
 */
class VersionedCacheBase<T> {
  private readonly entries = new Map<string, { version: GraphVersion; value: Promise<T> }>();
  private hits = 0;
  private misses = 0;

  constructor(private readonly maxEntries = 1000) {}

  get(version: GraphVersion, key: string, compute: () => Promise<T>, keep: (value: T) => boolean = () => true): Promise<T> {
    const entry = this.entries.get(key);
    if (entry?.version === version) {
      this.hits++;
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry.value;
    }
    this.misses++;
    // An older version's request arriving late must not evict the newer entry.
    if (entry && entry.version > version) return compute();
    const value = compute();
    this.store(key, version, value);
    const forget = () => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    };
    value.then((v) => keep(v) || forget(), forget);
    return value;
  }

  /** Keeps a value known to be of `version` (newer than the request that computed it thought). */
  put(version: GraphVersion, key: string, value: T): void {
    const entry = this.entries.get(key);
    if (entry && entry.version >= version) return;
    this.store(key, version, Promise.resolve(value));
  }

  /** The version of the entry kept for `key` (undefined: none). */
  versionOf(key: string): GraphVersion | undefined {
    return this.entries.get(key)?.version;
  }

  stats(): CacheStats {
    return { hits: this.hits, misses: this.misses, entries: this.entries.size };
  }

  private store(key: string, version: GraphVersion, value: Promise<T>): void {
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { version, value });
  }
}

/**
 * How many counties' evidence indexes and overlap analyses one process keeps (each cache, least
 * recently used out). One home for the number: graph/warm.ts warms no more counties than fit, since
 * at national scale (1,000+ counties) warming them all would only evict the first ones warmed.
 */
export const COUNTY_CACHE_ENTRIES = 64;

export class VersionedCache<T> extends VersionedCacheBase<T> {
  /**
   * `get`, with the graph read as one committed state (atOneVersion) and the value built from it
   * outside the locked transaction (a build may take seconds: a load must not wait for it).
   * The value is also kept under the version it was read at, when a write committed since.
   * `scope`: the jurisdictions `version` is the scope version of (see `scopeVersion`); absent:
   * `version` is the graph version.
   */
  getAtOneVersion<R>(
    version: GraphVersion,
    key: string,
    read: () => Promise<R>,
    build: (raw: R) => T | Promise<T>,
    scope?: readonly string[] | null,
  ): Promise<T> {
    return this.get(version, key, async () => {
      const snapshot = await atOneVersion(read, scope ?? null);
      const value = await build(snapshot.value);
      const at = scope === undefined ? snapshot.version : snapshot.scopeVersion;
      if (at > version) this.put(at, key, value);
      return value;
    });
  }
}

export async function graphVersion(): Promise<GraphVersion> {
  const [record] = await readQuery(Q.READ_GRAPH_VERSION);
  return Number(record?.get('version') ?? 0);
}

/**
 * Run last in every write transaction: bumps the graph version and stamps the jurisdictions
 * `touched` (keys; their city and province too) with it, committed with the write or not at all.
 */
export async function bumpVersions(tx: ManagedTransaction, touched: Iterable<string>): Promise<void> {
  await tx.run(Q.BUMP_GRAPH_VERSION);
  const keys = [...new Set(touched)];
  if (keys.length) await tx.run(Q.BUMP_JURISDICTION_VERSIONS, { keys });
}

export interface JurisdictionVersions {
  /** The graph version they were read at. */
  version: GraphVersion;
  /** Version of every jurisdiction by key. */
  byKey: ReadonlyMap<string, { name: string; level: string; version: GraphVersion }>;
}

async function readJurisdictionVersions(): Promise<JurisdictionVersions> {
  const [record] = await readQuery(Q.READ_JURISDICTION_VERSIONS);
  const rows = (record?.get('jurisdictions') ?? []) as Array<{
    key: string | null;
    name: string | null;
    level: string | null;
    version: unknown;
  }>;
  return {
    version: Number(record?.get('version') ?? 0),
    byKey: new Map(
      rows.filter((r) => r.key !== null).map((r) => [r.key!, { name: r.name ?? '', level: r.level ?? '', version: Number(r.version) }]),
    ),
  };
}

// One small statement per graph version (every jurisdiction's key and version: ~1,200 rows for a
// country of 1,000 counties), not one per request.
const versionTables = new VersionedCacheBase<JurisdictionVersions>(2);

/** Every jurisdiction's version, read once per graph version `version` (default: now). */
export async function jurisdictionVersions(version?: GraphVersion): Promise<JurisdictionVersions> {
  return versionTables.get(version ?? (await graphVersion()), 'all', readJurisdictionVersions);
}

/**
 * The version of what is derived from the jurisdictions `keys` as of graph version `version`:
 * the newest of theirs. null (every jurisdiction) or a key no Jurisdiction has: the graph version.
 */
export async function scopeVersion(keys: readonly string[] | null, version: GraphVersion): Promise<GraphVersion> {
  if (keys === null) return version;
  const table = await jurisdictionVersions(version);
  let newest = 0;
  for (const key of keys) {
    const found = table.byKey.get(key);
    // The table may have been read at a newer graph version than the request's: never older.
    if (!found) return Math.max(version, table.version);
    newest = Math.max(newest, found.version);
  }
  return newest;
}

/**
 * `read` seeing ONE committed state of the graph, with that state's version. Neo4j reads
 * are read-committed: a statement that runs while a load commits can see part of the old
 * facts and part of the new (measured: an evidence read spanning a forced reload of the
 * seeds returned 2,124 of 2,142 rows), and a version read in another statement may belong
 * to neither. So the reads run in one transaction that first takes the load lock, which a
 * load holds until its commit is applied: a load waits for the reader, or the reader for
 * the load. For reads a cache keeps per version (evidence), not for every request.
 * `scope`: jurisdiction keys whose newest version is also returned (`scopeVersion`, as `scopeVersion()` computes it).
 */
export async function atOneVersion<T>(
  read: () => Promise<T>,
  scope: readonly string[] | null = null,
): Promise<{ version: GraphVersion; scopeVersion: GraphVersion; value: T }> {
  let version = 0;
  let scoped = 0;
  const keys = scope === null ? null : [...new Set(scope)];
  const value = await withPinnedReads(async (tx) => {
    const { records } = await tx.run(Q.LOCK_FOR_SNAPSHOT, { keys });
    version = Number(records[0]?.get('version') ?? 0);
    scoped = Number(records[0]?.get('scopeVersion') ?? version);
  }, read);
  return { version, scopeVersion: scoped, value };
}
