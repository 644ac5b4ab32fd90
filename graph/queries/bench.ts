// Baseline statements for bench/load.ts: the cheapest possible write of the writer's own
// rows into the same labels (so the same constraint and full-text indexes are updated),
// with no MATCH, no MERGE and no relationships. Keys are prefixed `bench:` so the rows
// never collide with the loaded graph and can be removed afterwards.

/** Row kind (a DocumentRows field) -> the label its rows become. A closed list. */
export const ROW_LABELS = {
  jurisdictions: 'Jurisdiction',
  agencies: 'Agency',
  lists: 'ResponsibilityList',
  matters: 'Matter',
  responsibilities: 'Responsibility',
  bases: 'Basis',
  restsOn: 'BenchRestsOn',
  cases: 'Case',
  duties: 'Duty',
  workItems: 'WorkItem',
  services: 'Service',
  rules: 'SupervisionRule',
  diagnostics: 'Diagnostic',
  texts: 'DocumentText',
} as const;

export const BARE_INSERT: Readonly<Record<keyof typeof ROW_LABELS, string>> = Object.fromEntries(
  Object.entries(ROW_LABELS).map(([kind, label]) => [
    kind,
    `
UNWIND range(0, size($rows) - 1) AS i
WITH $rows[i] AS r, $offset + i AS ordinal
CREATE (n:${label})
SET n = r {.*, key: 'bench:' + $kind + ':' + toString(ordinal), docKey: 'bench:'}`,
  ]),
) as Record<keyof typeof ROW_LABELS, string>;

export const DELETE_BENCH_ROWS: readonly string[] = [...new Set(Object.values(ROW_LABELS))].map(
  (label) => `MATCH (n:${label}) WHERE n.key STARTS WITH 'bench:' DETACH DELETE n`,
);

/**
 * The bare-Cypher baseline of bench/api.ts: the full-text candidate query whoHandles ran
 * before it ranked agencies on their whole evidence (graph/search/route.ts). Kept so the
 * HTTP ÷ Cypher ratio stays comparable across versions; nothing in the API runs it.
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
