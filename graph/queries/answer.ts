// Cypher of the answer aggregate: candidate retrieval for whoHandles and
// whereToComplain. Full-text index names are parameters ($responsibilityIndex…),
// filled from graph/schema's constants; `$q` is an escaped Lucene query.

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

/**
 * Every responsibility whose matter title, division or case matches, and every duty
 * or work item that matches, as uniform rows: one row per (fact, agency). Generic
 * responsibilities (no HOLDS edge) cannot answer "who" and drop out at the MATCH.
 */
export const WHO_HANDLES_CANDIDATES = `
CALL () {
  CALL db.index.fulltext.queryNodes($responsibilityIndex, $q, {limit: toInteger($limit)}) YIELD node, score
  RETURN node AS r, score
  UNION ALL
  CALL db.index.fulltext.queryNodes($matterIndex, $q, {limit: toInteger($limit)}) YIELD node, score
  MATCH (r:Responsibility)-[:FOR]->(node)
  RETURN r, score
}
WITH r, max(score) AS lucene
MATCH (r)-[:FOR]->(m:Matter)
WHERE $jurisdictionKeys IS NULL OR m.jurisdictionKey IN $jurisdictionKeys
MATCH (a:Agency)-[holds:HOLDS]->(r)
MATCH (a)-[:IN]->(j:Jurisdiction)
CALL (r) {
  OPTIONAL MATCH (r)-[ro:RESTS_ON]->(b:Basis)
  RETURN collect(CASE WHEN b IS NULL THEN null ELSE
    {key: b.key, title: b.title, docNumber: b.docNumber, kind: b.kind, articles: ro.articles} END) AS bases
}
RETURN 'responsibility' AS kind, r.key AS key, lucene, coalesce(holds.ord, 0) AS ord,
  a.key AS agencyKey, a.name AS agencyName, coalesce(a.aliases, []) AS aliases, j.name AS jurisdiction,
  m.key AS matterKey, m.title AS matterTitle, r.division AS division, r.case AS case, r.role AS role,
  r.file AS file, r.line AS line, r.endLine AS endLine, bases
UNION ALL
CALL () {
  CALL db.index.fulltext.queryNodes($dutyIndex, $q, {limit: toInteger($limit)}) YIELD node, score
  RETURN node AS hit, score
}
OPTIONAL MATCH (parent:Duty)-[:HAS_ITEM]->(hit)
WITH hit, score, coalesce(parent, hit) AS d
MATCH (a:Agency)-[:HAS_DUTY]->(d)
WHERE $jurisdictionKeys IS NULL OR a.jurisdictionKey IN $jurisdictionKeys
MATCH (a)-[:IN]->(j:Jurisdiction)
RETURN 'duty' AS kind, hit.key AS key, score AS lucene, 0 AS ord,
  a.key AS agencyKey, a.name AS agencyName, coalesce(a.aliases, []) AS aliases, j.name AS jurisdiction,
  null AS matterKey, d.text AS matterTitle, hit.text AS division, null AS case, null AS role,
  hit.file AS file, hit.line AS line, hit.endLine AS endLine, [] AS bases`;

/** Public services matching the question, with the agency that provides them. */
export const SERVICE_CANDIDATES = `
CALL db.index.fulltext.queryNodes($serviceIndex, $q, {limit: toInteger($limit)}) YIELD node AS s, score
MATCH (a:Agency)-[:PROVIDES]->(s)
WHERE $jurisdictionKeys IS NULL OR a.jurisdictionKey IN $jurisdictionKeys
MATCH (a)-[:IN]->(j:Jurisdiction)
RETURN s.key AS key, score AS lucene, s.title AS title, s.content AS content, s.units AS units, s.phones AS phones,
  a.key AS agencyKey, a.name AS agencyName, coalesce(a.aliases, []) AS aliases, j.name AS jurisdiction,
  s.file AS file, s.line AS line, s.endLine AS endLine`;

/** Agency names and aliases of some jurisdictions, for resolving agency mentions in a question. */
export const AGENCY_NAMES = `
MATCH (a:Agency)
WHERE $jurisdictionKeys IS NULL OR a.jurisdictionKey IN $jurisdictionKeys
RETURN a.key AS key, a.name AS name, coalesce(a.aliases, []) AS aliases`;

/** Handling units and phones each agency lists in its public-service table. */
export const AGENCY_CONTACTS = `
UNWIND $agencyKeys AS key
MATCH (a:Agency {key: key})-[:PROVIDES]->(s:Service)
RETURN key AS agencyKey, s.units AS units, s.phones AS phones
ORDER BY s.line`;
