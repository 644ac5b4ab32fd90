// Cypher of the graph version: one counter that every committed write bumps, so every
// process can tell whether what it derived from the graph is still current.

export const READ_GRAPH_VERSION = `
OPTIONAL MATCH (v:GraphVersion {key: 'graph'})
RETURN coalesce(v.version, 0) AS version`;

/** Run inside every write transaction, after its writes: commits with them or not at all. */
export const BUMP_GRAPH_VERSION = `
MERGE (v:GraphVersion {key: 'graph'})
SET v.version = coalesce(v.version, 0) + 1, v.changedAt = datetime()`;

/**
 * Taken by a reader that needs one committed state (graph/version.ts `atOneVersion`): the
 * load lock, which every load holds from its first statement until its commit has been
 * applied, so no load is half-applied while the reader reads. Returns the version read under it.
 */
export const LOCK_FOR_SNAPSHOT = `
MERGE (l:LoadLock {key: 'graph'}) SET l.snapshotAt = datetime()
WITH l
OPTIONAL MATCH (v:GraphVersion {key: 'graph'})
RETURN coalesce(v.version, 0) AS version`;
