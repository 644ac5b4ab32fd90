// Cypher of the province/city overlap view: which region a name denotes and its counties.
// The counties' analyses are read by the per-county corpus query (queries.ts).

/**
 * Jurisdictions a name denotes (湖南省, 衡阳市, the path 湖南省衡阳市 or a key), each with its
 * level and the counties below it (one or two PART_OF steps: 省 → 市 → 县, or 省 → 县 where
 * the city is unknown).
 */
export const REGION_COUNTIES = `
MATCH (r:Jurisdiction)
WHERE r.name = $name OR r.key = $name OR replace(r.key, '/', '') = $name
OPTIONAL MATCH (c:Jurisdiction {level: 'county'})-[:PART_OF*1..2]->(r)
WITH r, c ORDER BY c.key
WITH r, collect(DISTINCT c {.key, .name}) AS counties
RETURN r.key AS key, r.name AS name, r.level AS level, counties
ORDER BY key`;
