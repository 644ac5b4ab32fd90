// Cypher of the analyses. Each analysis reads its jurisdiction in one round trip and
// computes in TypeScript (graph/analyses/*.ts), where similarity is fast and testable.
// A jurisdiction's agencies and matters are found by the index on their jurisdictionKey,
// not by expanding the Jurisdiction node's :IN relationships (graph/schema/indexes.ts).

/**
 * One jurisdiction's corpus: its agencies, their own duties with work items, and every
 * boundary-table row of its matters with the agency it names, the list that states it, its
 * role, case and legal bases (so the views can show a row whole without a second read).
 */
export const JURISDICTION_CORPUS = `
MATCH (j:Jurisdiction {key: $key})
CALL (j) {
  OPTIONAL MATCH (a:Agency {jurisdictionKey: j.key})
  RETURN collect(a {.key, .name, aliases: coalesce(a.aliases, [])}) AS agencies
}
CALL (j) {
  OPTIONAL MATCH (a:Agency {jurisdictionKey: j.key})
  OPTIONAL MATCH (a)-[:HAS_DUTY]->(d:Duty)
  WITH a, d WHERE d IS NOT NULL
  CALL (d) {
    OPTIONAL MATCH (d)-[:HAS_ITEM]->(w:WorkItem)
    RETURN collect(w {.key, .text, .file, .line, .endLine}) AS items
  }
  RETURN collect({agencyKey: a.key, key: d.key, text: d.text, file: d.file, line: d.line, endLine: d.endLine, items: items}) AS duties
}
CALL (j) {
  OPTIONAL MATCH (m:Matter {jurisdictionKey: j.key})
  OPTIONAL MATCH (l:ResponsibilityList)-[:DECLARES]->(r:Responsibility)-[:FOR]->(m)
  WITH m, l, r WHERE r IS NOT NULL
  CALL (r) {
    OPTIONAL MATCH (a:Agency)-[:HOLDS]->(r)
    RETURN collect(a {.key, .name, aliases: coalesce(a.aliases, [])}) AS holders
  }
  CALL (r) {
    OPTIONAL MATCH (r)-[ro:RESTS_ON]->(b:Basis)
    RETURN collect(CASE WHEN b IS NULL THEN null ELSE
      {key: b.key, title: b.title, docNumber: b.docNumber, kind: b.kind, articles: coalesce(ro.articles, [])} END) AS bases
  }
  RETURN collect({matterKey: m.key, title: m.title, listKey: l.key, listDepartment: l.department,
    agencyRaw: r.agencyRaw, division: r.division, role: r.role, case: r.case, holders: holders, bases: bases,
    file: r.file, line: r.line, endLine: r.endLine}) AS rows
}
RETURN j.key AS key, j.name AS name, agencies, duties, rows`;

/**
 * The matters whose titles share most character pairs with a title (the matterText full-text
 * index, cjk bigrams), at most `$limit`: compareMatter's candidates. Every title alike enough to
 * show shares a pair with it (graph/analyses/similarity/titles.ts), so the country's titles are
 * never all read; the limit bounds the work whatever the country's size.
 */
export const MATTER_TITLES_LIKE = `
CALL db.index.fulltext.queryNodes($matterIndex, $q, {limit: toInteger($limit)}) YIELD node
RETURN node.key AS key, node.title AS title, node.jurisdictionKey AS jurisdictionKey
ORDER BY key`;

/** Boundary rows of the given matters (all jurisdictions), as in JURISDICTION_CORPUS. */
export const MATTER_ROWS = `
UNWIND $keys AS key
MATCH (m:Matter {key: key})
MATCH (l:ResponsibilityList)-[:DECLARES]->(r:Responsibility)-[:FOR]->(m)
CALL (r) {
  OPTIONAL MATCH (a:Agency)-[:HOLDS]->(r)
  RETURN collect(a {.key, .name, aliases: coalesce(a.aliases, [])}) AS holders
}
CALL (r) {
  OPTIONAL MATCH (r)-[ro:RESTS_ON]->(b:Basis)
  RETURN collect(CASE WHEN b IS NULL THEN null ELSE
    {key: b.key, title: b.title, docNumber: b.docNumber, kind: b.kind, articles: coalesce(ro.articles, [])} END) AS bases
}
RETURN m.key AS matterKey, m.title AS title, m.jurisdictionKey AS jurisdictionKey, l.key AS listKey,
  l.department AS listDepartment, r.agencyRaw AS agencyRaw, r.division AS division, r.role AS role, r.case AS case,
  holders, bases, r.file AS file, r.line AS line, r.endLine AS endLine
ORDER BY r.file, r.line`;

/** Matters of a jurisdiction in which every named agency (by key, name or alias) holds a responsibility. */
export const SHARED_MATTERS = `
MATCH (m:Matter {jurisdictionKey: $key})
WHERE all(agencyKey IN $agencyKeys WHERE EXISTS {
  MATCH (:Agency {key: agencyKey})-[:HOLDS]->(:Responsibility)-[:FOR]->(m)
})
MATCH (m)-[:IN]->(j:Jurisdiction)
RETURN m.key AS key, m.title AS title, m.seq AS seq, m.jurisdictionKey AS jurisdictionKey, j.name AS jurisdiction
ORDER BY m.key`;
