// Cypher of the graph version: one counter that every committed write bumps, so every
// process can tell whether what it derived from the graph is still current.

export const READ_GRAPH_VERSION = `
OPTIONAL MATCH (v:GraphVersion {key: 'graph'})
RETURN coalesce(v.version, 0) AS version`;

/** Run inside every write transaction, after its writes: commits with them or not at all. */
export const BUMP_GRAPH_VERSION = `
MERGE (v:GraphVersion {key: 'graph'})
SET v.version = coalesce(v.version, 0) + 1, v.changedAt = datetime()`;
