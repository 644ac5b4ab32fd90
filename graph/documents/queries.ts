// Cypher of the documents' titles and stored text (graph/documents/): which list a source
// line belongs to, and the lines around it.

/** Every document with its title and date and its lists' line ranges, titles, departments and dates. */
export const DOCUMENT_TITLES = `
MATCH (d:Document)
OPTIONAL MATCH (l:ResponsibilityList)-[:FROM]->(d)
WITH d, l ORDER BY l.line
RETURN d.key AS key, d.file AS file, d.title AS title,
  d.dateYear AS dateYear, d.date AS date, d.dateOrigin AS dateOrigin, d.dateLine AS dateLine,
  collect(CASE WHEN l IS NULL THEN null ELSE
    {line: l.line, endLine: l.endLine, title: l.title, department: l.department,
     dateYear: l.dateYear, date: l.date, dateOrigin: l.dateOrigin, dateLine: l.dateLine} END) AS lists`;

/**
 * The documents a name may denote: its stored key or file as loaded, or the tail of either
 * after a '/' (the file name answers show once server paths are stripped, api/server.ts).
 */
export const DOCUMENTS_NAMED = `
MATCH (d:Document)
WHERE d.key = $name OR d.file = $name OR d.key ENDS WITH $tail OR d.file ENDS WITH $tail
RETURN d.key AS key, d.file AS file, d.title AS title, d.textLines AS textLines,
  d.key = $name OR d.file = $name AS exact
ORDER BY d.key`;

/** The stored chunks of a document's text that overlap lines $from..$to. */
export const TEXT_CHUNKS = `
MATCH (t:DocumentText)
WHERE t.docKey = $docKey AND t.to >= $from AND t.from <= $to
RETURN t.from AS from, t.lines AS lines
ORDER BY t.from`;

const RECORD_LABELS = ['Responsibility', 'Duty', 'Service', 'SupervisionRule'] as const;

/** The last line of the records that start at $line (a row spanning several lines), or null. */
export const RECORD_END = `
CALL () {
${RECORD_LABELS.map((label) => `  MATCH (n:${label}) WHERE n.docKey = $docKey AND n.line = $line RETURN n.endLine AS endLine`).join('\n  UNION ALL\n')}
}
RETURN max(endLine) AS endLine`;
