// Cypher of the matter aggregate. Pages are keyset-paginated on Matter.key.

/**
 * A page of matters whose jurisdiction satisfies `inScope`. Given jurisdictions, the plain
 * predicate lets Neo4j seek the index on Matter.jurisdictionKey; `$x IS NULL OR …` cannot.
 */
const listMatters = (inScope: string): string => `
MATCH (m:Matter)
WHERE ${inScope}
  AND ($after IS NULL OR m.key > $after)
  AND ($agency IS NULL OR EXISTS {
    MATCH (a:Agency)-[:HOLDS]->(:Responsibility)-[:FOR]->(m)
    WHERE a.key = $agency OR a.name = $agency OR $agency IN coalesce(a.aliases, [])
  })
  AND ($text IS NULL OR m.title CONTAINS $text OR EXISTS {
    MATCH (r:Responsibility)-[:FOR]->(m) WHERE r.division CONTAINS $text OR r.case CONTAINS $text
  })
MATCH (m)-[:IN]->(j:Jurisdiction)
RETURN m.key AS key, m.title AS title, m.seq AS seq, m.jurisdictionKey AS jurisdictionKey, j.name AS jurisdiction
ORDER BY m.key
LIMIT toInteger($limit)`;

/** Matters of any jurisdiction (`$jurisdictionKeys` null), or of some. */
export const LIST_MATTERS = listMatters('($jurisdictionKeys IS NULL OR m.jurisdictionKey IN $jurisdictionKeys)');
/** Matters of `$jurisdictionKeys` (not null), found by the index on jurisdictionKey. */
export const LIST_MATTERS_IN_JURISDICTIONS = listMatters('m.jurisdictionKey IN $jurisdictionKeys');

export const MATTER_BY_KEY = `
MATCH (m:Matter {key: $key})-[:IN]->(j:Jurisdiction)
RETURN m.key AS key, m.title AS title, m.seq AS seq, m.jurisdictionKey AS jurisdictionKey, j.name AS jurisdiction`;

/** Every responsibility for a matter (from every list that names it), with agencies and bases. */
export const MATTER_RESPONSIBILITIES = `
MATCH (r:Responsibility)-[:FOR]->(m:Matter {key: $key})
CALL (r) {
  OPTIONAL MATCH (a:Agency)-[:HOLDS]->(r)
  OPTIONAL MATCH (a)-[:IN]->(j:Jurisdiction)
  RETURN collect(CASE WHEN a IS NULL THEN null ELSE
    {key: a.key, name: a.name, aliases: coalesce(a.aliases, []), jurisdiction: j.name} END) AS agencies
}
CALL (r) {
  OPTIONAL MATCH (r)-[ro:RESTS_ON]->(b:Basis)
  RETURN collect(CASE WHEN b IS NULL THEN null ELSE
    {key: b.key, title: b.title, docNumber: b.docNumber, kind: b.kind, articles: ro.articles} END) AS bases
}
RETURN r.key AS key, r.agencyRaw AS agencyRaw, r.generic AS generic, r.division AS division, r.role AS role,
  r.case AS case, r.listKey AS listKey, m.key AS matterKey, m.title AS matterTitle, agencies, bases,
  r.file AS file, r.line AS line, r.endLine AS endLine
ORDER BY r.file, r.line`;
