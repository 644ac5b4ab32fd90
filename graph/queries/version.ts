// Cypher of the graph versions: one counter that every committed write bumps, so every
// process can tell whether what it derived from the graph is still current; and, per
// Jurisdiction, the counter's value at the last write that changed that place, so what was
// derived from one county stays current while other counties are written.

export const READ_GRAPH_VERSION = `
OPTIONAL MATCH (v:GraphVersion {key: 'graph'})
RETURN coalesce(v.version, 0) AS version`;

/** Run inside every write transaction, after its writes: commits with them or not at all. */
export const BUMP_GRAPH_VERSION = `
MERGE (v:GraphVersion {key: 'graph'})
SET v.version = coalesce(v.version, 0) + 1, v.changedAt = datetime()`;

/**
 * Run after BUMP_GRAPH_VERSION in the same transaction: the places the write changed, and the
 * city and province above them, take the new graph version. A key no Jurisdiction has any more
 * (pruned by the write) matches nothing: readers take the graph version for it (jurisdictionVersions).
 */
export const BUMP_JURISDICTION_VERSIONS = `
MATCH (v:GraphVersion {key: 'graph'})
UNWIND $keys AS key
MATCH (:Jurisdiction {key: key})-[:PART_OF*0..2]->(j:Jurisdiction)
WITH DISTINCT v, j
SET j.version = v.version`;

/** Every jurisdiction's version (0: not written since versions were kept), with the graph version, in one statement. */
export const READ_JURISDICTION_VERSIONS = `
OPTIONAL MATCH (v:GraphVersion {key: 'graph'})
WITH coalesce(v.version, 0) AS version
OPTIONAL MATCH (j:Jurisdiction)
RETURN version, collect({key: j.key, name: j.name, level: j.level, version: coalesce(j.version, 0)}) AS jurisdictions`;

/**
 * Taken by a reader that needs one committed state (graph/version.ts `atOneVersion`): the
 * load lock, which every load holds from its first statement until its commit has been
 * applied, so no load is half-applied while the reader reads. Returns the version read under
 * it, and the newest version of the jurisdictions `$keys` (null: the graph version; a key
 * with no Jurisdiction: the graph version too).
 */
export const LOCK_FOR_SNAPSHOT = `
MERGE (l:LoadLock {key: 'graph'}) SET l.snapshotAt = datetime()
WITH l
OPTIONAL MATCH (v:GraphVersion {key: 'graph'})
WITH coalesce(v.version, 0) AS version
OPTIONAL MATCH (j:Jurisdiction) WHERE $keys IS NOT NULL AND j.key IN $keys
WITH version, collect(coalesce(j.version, 0)) AS versions
RETURN version,
       CASE WHEN $keys IS NULL OR size(versions) < size($keys) THEN version
            ELSE reduce(m = 0, x IN versions | CASE WHEN x > m THEN x ELSE m END) END AS scopeVersion`;
