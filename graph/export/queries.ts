// Cypher of the open-data export. `$keys`: the jurisdictions in scope (the one asked for and
// everything below it), or null for the whole graph. Each query streams in a stable order
// (by key), so two exports of the same graph version are the same bytes. The large tables
// are ordered by their key's index (`key IS NOT NULL` lets the planner read the uniqueness
// constraint's index in order), so Neo4j streams rows as it finds them instead of sorting
// the country first. An export of some jurisdictions (`$keys` given) reads its own instead
// (the *_IN_SCOPE queries): their agencies and matters by the index on jurisdictionKey, and the
// facts from those, then sorts that county's rows; reading a whole table in key order to keep
// one county's rows costs as much as exporting the country (docs/measurements.md).

export const DOCUMENT_KEYS = `
MATCH (d:Document) RETURN d.key AS key ORDER BY key`;

export const JURISDICTIONS = `
MATCH (j:Jurisdiction)
WHERE $keys IS NULL OR j.key IN $keys
CALL (j) {
  OPTIONAL MATCH (j)-[:PART_OF]->(p:Jurisdiction)
  RETURN p.key AS parentKey ORDER BY parentKey LIMIT 1
}
RETURN j.key AS key, j.name AS name, j.level AS level, parentKey,
  COUNT { MATCH (a:Agency) WHERE a.jurisdictionKey = j.key } AS agencyCount,
  COUNT { MATCH (m:Matter) WHERE m.jurisdictionKey = j.key } AS matterCount
ORDER BY key`;

/** Jurisdictions whose own agencies or matters the overlap analyses read (graph/analyses). */
export const ANALYSED_JURISDICTIONS = `
MATCH (j:Jurisdiction)
WHERE ($keys IS NULL OR j.key IN $keys)
  AND (EXISTS { MATCH (a:Agency) WHERE a.jurisdictionKey = j.key } OR EXISTS { MATCH (m:Matter) WHERE m.jurisdictionKey = j.key })
RETURN j.key AS key ORDER BY key`;

const AGENCY_COLUMNS = `
RETURN a.key AS key, a.name AS name, a.jurisdictionKey AS jurisdictionKey, coalesce(a.aliases, []) AS aliases
ORDER BY key`;

export const AGENCIES = `
MATCH (a:Agency)
WHERE a.key IS NOT NULL AND ($keys IS NULL OR a.jurisdictionKey IN $keys)${AGENCY_COLUMNS}`;

export const AGENCIES_IN_SCOPE = `
MATCH (a:Agency) WHERE a.jurisdictionKey IN $keys${AGENCY_COLUMNS}`;

const MATTER_COLUMNS = `
RETURN m.key AS key, m.title AS title, m.seq AS seq, m.jurisdictionKey AS jurisdictionKey
ORDER BY key`;

export const MATTERS = `
MATCH (m:Matter)
WHERE m.key IS NOT NULL AND ($keys IS NULL OR m.jurisdictionKey IN $keys)${MATTER_COLUMNS}`;

export const MATTERS_IN_SCOPE = `
MATCH (m:Matter) WHERE m.jurisdictionKey IN $keys${MATTER_COLUMNS}`;

/** A responsibility `r` of matter `m`: its list, agencies and bases, as one export row. */
const RESPONSIBILITY_COLUMNS = `
CALL (r) {
  OPTIONAL MATCH (l:ResponsibilityList)-[:DECLARES]->(r)
  RETURN l.key AS listKey, l.department AS listDepartment LIMIT 1
}
CALL (r) {
  OPTIONAL MATCH (a:Agency)-[h:HOLDS]->(r)
  WITH a, h ORDER BY h.ord, a.key
  RETURN collect(a {.key, .name}) AS agencies
}
CALL (r) {
  OPTIONAL MATCH (r)-[ro:RESTS_ON]->(b:Basis)
  WITH b, ro ORDER BY b.key
  RETURN collect(CASE WHEN b IS NULL THEN null ELSE {key: b.key, title: b.title, docNumber: b.docNumber,
    articles: coalesce(ro.articles, []), inherited: coalesce(ro.inherited, false)} END) AS bases
}
RETURN r.key AS key, m.key AS matterKey, m.title AS matter, m.jurisdictionKey AS jurisdictionKey, agencies,
  r.agencyRaw AS agencyRaw, coalesce(r.generic, false) AS generic, r.division AS division, r.role AS role,
  r.case AS case, bases, listKey, listDepartment, r.file AS file, r.line AS line, r.endLine AS endLine
ORDER BY key`;

export const RESPONSIBILITIES = `
MATCH (r:Responsibility)
WHERE r.key IS NOT NULL
WITH r ORDER BY r.key
MATCH (r)-[:FOR]->(m:Matter)
WHERE $keys IS NULL OR m.jurisdictionKey IN $keys${RESPONSIBILITY_COLUMNS}`;

export const RESPONSIBILITIES_IN_SCOPE = `
MATCH (m:Matter) WHERE m.jurisdictionKey IN $keys
MATCH (r:Responsibility)-[:FOR]->(m)${RESPONSIBILITY_COLUMNS}`;

/** Bases the scope's responsibilities rest on, with how many of them do. */
export const BASES = `
MATCH (b:Basis)
WHERE b.key IS NOT NULL
WITH b, COUNT { (b)<-[:RESTS_ON]-(:Responsibility)-[:FOR]->(m:Matter) WHERE $keys IS NULL OR m.jurisdictionKey IN $keys } AS citations
WHERE citations > 0
RETURN b.key AS key, b.title AS title, b.docNumber AS docNumber, b.kind AS kind, citations
ORDER BY key`;

/** Matter → basis links for GraphML: one per pair, with the number of rows that make it; matter by matter. */
export const MATTER_BASES = `
MATCH (m:Matter)
WHERE m.key IS NOT NULL AND ($keys IS NULL OR m.jurisdictionKey IN $keys)
CALL (m) {
  MATCH (m)<-[:FOR]-(:Responsibility)-[:RESTS_ON]->(b:Basis)
  RETURN b.key AS basisKey, count(*) AS rows ORDER BY basisKey
}
RETURN m.key AS matterKey, basisKey, rows
ORDER BY matterKey, basisKey`;

export const BASES_IN_SCOPE = `
MATCH (m:Matter) WHERE m.jurisdictionKey IN $keys
MATCH (m)<-[:FOR]-(:Responsibility)-[:RESTS_ON]->(b:Basis)
WITH b, count(*) AS citations
RETURN b.key AS key, b.title AS title, b.docNumber AS docNumber, b.kind AS kind, citations
ORDER BY key`;

export const MATTER_BASES_IN_SCOPE = `
MATCH (m:Matter) WHERE m.jurisdictionKey IN $keys
MATCH (m)<-[:FOR]-(:Responsibility)-[:RESTS_ON]->(b:Basis)
RETURN m.key AS matterKey, b.key AS basisKey, count(*) AS rows
ORDER BY matterKey, basisKey`;

/** Every jurisdiction key of the scope (the rulings recorded in them). */
export const SCOPE_KEYS = `
MATCH (j:Jurisdiction)
WHERE $keys IS NULL OR j.key IN $keys
RETURN j.key AS key ORDER BY key`;
