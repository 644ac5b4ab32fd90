// Cypher of the answer aggregate: where a question is asked (jurisdiction names). The
// evidence answers are ranked on is read by graph/queries/evidence.ts.

/**
 * A place as written -> the keys of it and everything below it. Accepts the bare name
 * (蒸湘区, 衡阳市), the full path (湖南省衡阳市蒸湘区) and a tail of it that names a higher
 * level too (衡阳市蒸湘区); a bare fragment (湘区) matches nothing.
 */
export const RESOLVE_JURISDICTION = `
MATCH (j:Jurisdiction)
WHERE j.name = $name
   OR replace(j.key, '/', '') = $name
   OR (j.level = 'county' AND replace(j.key, '/', '') ENDS WITH $name
       AND ($name CONTAINS '市' OR $name CONTAINS '省' OR $name CONTAINS '州' OR $name CONTAINS '盟')
       AND $name ENDS WITH j.name)
OPTIONAL MATCH (c:Jurisdiction)-[:PART_OF*1..2]->(j)
WITH j, collect(c.key) AS below
RETURN j.key AS key, j.name AS name, below`;
