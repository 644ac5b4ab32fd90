// Cypher of the basis aggregate.

export const LIST_BASES = `
MATCH (b:Basis)
WHERE $text IS NULL OR b.title CONTAINS $text OR b.docNumber CONTAINS $text
RETURN b.key AS key, b.title AS title, b.docNumber AS docNumber, b.kind AS kind,
  COUNT { ()-[:RESTS_ON]->(b) } AS responsibilityCount
ORDER BY responsibilityCount DESC, b.key
LIMIT toInteger($limit)`;

export const BASIS_BY_KEY = `
MATCH (b:Basis {key: $key})
RETURN b.key AS key, b.title AS title, b.docNumber AS docNumber, b.kind AS kind,
  COUNT { ()-[:RESTS_ON]->(b) } AS responsibilityCount`;

/** Every responsibility resting on a basis, across jurisdictions. */
export const BASIS_RESPONSIBILITIES = `
MATCH (r:Responsibility)-[ro:RESTS_ON]->(:Basis {key: $key})
MATCH (r)-[:FOR]->(m:Matter)
CALL (r) {
  OPTIONAL MATCH (a:Agency)-[:HOLDS]->(r)
  OPTIONAL MATCH (a)-[:IN]->(j:Jurisdiction)
  RETURN collect(CASE WHEN a IS NULL THEN null ELSE
    {key: a.key, name: a.name, aliases: coalesce(a.aliases, []), jurisdiction: j.name} END) AS agencies
}
RETURN r.key AS key, r.agencyRaw AS agencyRaw, r.generic AS generic, r.division AS division, r.role AS role,
  r.case AS case, r.listKey AS listKey, m.key AS matterKey, m.title AS matterTitle, agencies,
  [{key: $key, articles: ro.articles}] AS bases, r.file AS file, r.line AS line, r.endLine AS endLine
ORDER BY r.file, r.line`;
