// Cypher of the dispute dossier: the disputed matters' boundary rows read whole (holders,
// bases with the article text the list quotes, case, role, and the list each comes from), and
// the lists the disputing agencies published (their titles cite the agencies' own duty lines).

/** Every boundary row of the matters, each with its holders (cell order), cited bases and list. */
export const DOSSIER_ROWS = `
UNWIND $matterKeys AS matterKey
MATCH (m:Matter {key: matterKey})
MATCH (l:ResponsibilityList)-[:DECLARES]->(r:Responsibility)-[:FOR]->(m)
CALL (r) {
  OPTIONAL MATCH (a:Agency)-[h:HOLDS]->(r)
  WITH a, h ORDER BY h.ord
  RETURN collect(a {.key, .name, aliases: coalesce(a.aliases, [])}) AS holders
}
CALL (r) {
  OPTIONAL MATCH (r)-[ro:RESTS_ON]->(b:Basis)
  WITH b, ro ORDER BY b.key
  RETURN collect(CASE WHEN b IS NULL THEN null ELSE
    {key: b.key, title: b.title, docNumber: b.docNumber, kind: b.kind, articles: coalesce(ro.articles, []),
     raw: coalesce(ro.raw, ''), inherited: coalesce(ro.inherited, false)} END) AS bases
}
RETURN m.key AS matterKey, m.title AS matterTitle, r.key AS key, r.agencyRaw AS agencyRaw, r.division AS division,
  r.role AS role, r.case AS case, holders, bases,
  l.key AS listKey, l.department AS listDepartment, l.title AS listTitle, l.file AS listFile, l.line AS listLine,
  r.file AS file, r.line AS line, r.endLine AS endLine
ORDER BY r.file, r.line`;

/** The lists the agencies published, with where each stands: a duty line's list is the one whose lines hold it. */
export const PUBLISHED_LISTS = `
UNWIND $agencyKeys AS agencyKey
MATCH (:Agency {key: agencyKey})-[:PUBLISHED]->(l:ResponsibilityList)
RETURN agencyKey, l.key AS key, l.department AS department, l.title AS title, l.file AS file, l.line AS line,
  l.endLine AS endLine
ORDER BY l.file, l.line`;
