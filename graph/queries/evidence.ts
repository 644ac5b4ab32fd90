// Cypher of an agency's evidence: everything a jurisdiction's lists say an agency does,
// read in one round trip per jurisdiction for the agency-level ranking (graph/search/).
// A jurisdiction's agencies are found by the index on Agency.jurisdictionKey, never by
// expanding the Jurisdiction node's :IN relationships (thousands of matters hang there too).

/**
 * Every agency of the jurisdictions with its boundary rows (matter, division, case, role,
 * bases), its duties with their work items, its public services and the supervision rules
 * of the lists it published; none from a superseded list (the newer-list rule,
 * graph/repositories/current-lists.ts): `$supersededLists` their keys, `$supersededDocs` the
 * same as `<publishing agency key>|<docKey>` (duties and services carry their document, and
 * their agency is the list's publisher).
 */
export const AGENCY_EVIDENCE = `
MATCH (a:Agency) WHERE a.jurisdictionKey IN $jurisdictionKeys
MATCH (a)-[:IN]->(j:Jurisdiction)
CALL (a) {
  OPTIONAL MATCH (a)-[holds:HOLDS]->(r:Responsibility)-[:FOR]->(m:Matter)
  WITH holds, r, m WHERE r IS NOT NULL AND NOT r.listKey IN $supersededLists
  CALL (r) {
    OPTIONAL MATCH (r)-[ro:RESTS_ON]->(b:Basis)
    RETURN collect(CASE WHEN b IS NULL THEN null ELSE
      {key: b.key, title: b.title, docNumber: b.docNumber, kind: b.kind, articles: ro.articles} END) AS bases
  }
  RETURN collect({key: r.key, ord: coalesce(holds.ord, 0), matterKey: m.key, title: m.title, division: r.division,
    case: r.case, role: r.role, file: r.file, line: r.line, endLine: r.endLine, bases: bases}) AS responsibilities
}
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_DUTY]->(d:Duty)
  WITH d WHERE d IS NOT NULL AND NOT (a.key + '|' + d.docKey) IN $supersededDocs
  CALL (d) {
    OPTIONAL MATCH (d)-[:HAS_ITEM]->(w:WorkItem)
    WITH w ORDER BY w.ord
    RETURN collect(w {.key, .text, .file, .line, .endLine}) AS items
  }
  RETURN collect(d {.key, .text, .file, .line, .endLine, items: items}) AS duties
}
CALL (a) {
  OPTIONAL MATCH (a)-[:PROVIDES]->(s:Service)
  WITH s WHERE s IS NOT NULL AND NOT (a.key + '|' + s.docKey) IN $supersededDocs
  RETURN collect(s {.key, .title, .content, .units, .phones, .file, .line, .endLine}) AS services
}
CALL (a) {
  OPTIONAL MATCH (a)-[:PUBLISHED]->(l:ResponsibilityList)-[:HAS_RULE]->(x:SupervisionRule)
  WITH x WHERE x IS NOT NULL AND NOT l.key IN $supersededLists
  RETURN collect(x {.key, .text, .file, .line, .endLine}) AS rules
}
RETURN a.key AS key, a.name AS name, coalesce(a.aliases, []) AS aliases, j.name AS jurisdiction,
  responsibilities, duties, services, rules
ORDER BY a.key`;

/** Every list the agencies of the jurisdictions published, with its date and its document's load time. */
export const PUBLISHED_LISTS = `
MATCH (a:Agency) WHERE a.jurisdictionKey IN $jurisdictionKeys
MATCH (a)-[:PUBLISHED]->(l:ResponsibilityList)-[:FROM]->(d:Document)
RETURN a.key AS agencyKey, l.key AS key, d.key AS docKey, l.date AS date, toString(d.loadedAt) AS loadedAt
ORDER BY agencyKey, key`;

/** Every jurisdiction that has agencies: what an unscoped question searches. */
export const AGENCY_JURISDICTIONS = `
MATCH (a:Agency)
RETURN DISTINCT a.jurisdictionKey AS key
ORDER BY key`;
