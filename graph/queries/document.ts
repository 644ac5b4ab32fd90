// Cypher of the document aggregate: loaded documents and their load reports.

const DOCUMENT_FIELDS = `d.key AS key, d.file AS file, d.title AS title, d.sha256 AS sha256, d.format AS format,
  d.encoding AS encoding, d.loadedAt AS loadedAt, d.lines AS lines, d.rows AS rows`;

export const LIST_DOCUMENTS = `
MATCH (d:Document)
RETURN ${DOCUMENT_FIELDS},
  COUNT { (:ResponsibilityList)-[:FROM]->(d) } AS lists,
  COUNT { (:Diagnostic)-[:REPORTED_IN]->(d) } AS diagnosticCount
ORDER BY d.file`;

export const DOCUMENT_BY_KEY_OR_FILE = `
MATCH (d:Document)
WHERE d.key = $key OR d.file = $key
RETURN ${DOCUMENT_FIELDS},
  COUNT { (:ResponsibilityList)-[:FROM]->(d) } AS lists,
  COUNT { (:Diagnostic)-[:REPORTED_IN]->(d) } AS diagnosticCount`;

export const DOCUMENT_DIAGNOSTICS = `
MATCH (g:Diagnostic)-[:REPORTED_IN]->(:Document {key: $key})
WHERE $severity IS NULL OR g.severity = $severity
RETURN g.key AS key, g.severity AS severity, g.code AS code, g.message AS message, g.raw AS raw,
  g.file AS file, g.line AS line
ORDER BY g.line, g.key
LIMIT toInteger($limit)`;

/** The departments (lists) a document holds, with their publishing agency. */
export const DOCUMENT_LISTS = `
MATCH (a:Agency)-[:PUBLISHED]->(l:ResponsibilityList)-[:FROM]->(:Document {key: $key})
RETURN l.key AS key, l.department AS department, l.title AS title, a.key AS agencyKey, l.inferred AS inferred,
  l.line AS line, l.endLine AS endLine
ORDER BY l.line`;
