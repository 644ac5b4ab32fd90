// Cypher of the load aggregate. Every statement takes `$rows` (a batch of rows from
// graph/load/rows.ts) or `$docKey`; labels come from the closed lists below, never
// from input. Facts are CREATEd (a document's facts are deleted first), shared
// nodes (Jurisdiction, Agency, Matter, Basis) are MERGEd.
import { FACT_LABELS, type FactLabel } from '../schema/indexes.js';

/** One delete statement per fact label so each can use the label's docKey index. */
export const DELETE_FACTS: Readonly<Record<FactLabel, string>> = Object.fromEntries(
  FACT_LABELS.map((label) => [label, `MATCH (n:${label}) WHERE n.docKey IN $docKeys DETACH DELETE n`]),
) as Record<FactLabel, string>;

/** Taken first in every load transaction; `LoadLock.key` is unique (graph/schema). */
export const TAKE_LOAD_LOCK = `
MERGE (l:LoadLock {key: 'graph'}) SET l.takenAt = datetime()`;

export const DOCUMENT_SHAS = `
MATCH (d:Document) WHERE d.key IN $keys RETURN d.key AS key, d.sha256 AS sha256, d.factsHash AS factsHash`;

/** Documents whose stored facts the current parser reproduced exactly (the facts hash matched). */
export const STAMP_DOCUMENTS = `
MATCH (d:Document) WHERE d.key IN $keys AND (d.parseStamp IS NULL OR d.parseStamp <> $stamp)
SET d.parseStamp = $stamp`;

/** What a resumed load needs to skip a file without parsing it (graph/load/stamps.ts). */
export const DOCUMENT_STAMPS = `
MATCH (d:Document) WHERE d.key IN $keys RETURN d.key AS key, d.sha256 AS sha256, d.parseStamp AS parseStamp`;

export const DELETE_DOCUMENTS = `
MATCH (d:Document) WHERE d.key IN $docKeys DETACH DELETE d`;

export const UPSERT_DOCUMENTS = `
UNWIND $rows AS r
MERGE (d:Document {key: r.key})
SET d += r`;

/** Rows come lowest level first with every parent in the same batch list (graph/load/keys.ts). */
export const MERGE_JURISDICTIONS = `
UNWIND $rows AS r
MERGE (j:Jurisdiction {key: r.key})
SET j.name = r.name, j.level = r.level
WITH j, r WHERE r.parentKey IS NOT NULL
MERGE (p:Jurisdiction {key: r.parentKey})
MERGE (j)-[:PART_OF]->(p)`;

/** Aliases accumulate across documents (union, first-seen order kept). */
export const MERGE_AGENCIES = `
UNWIND $rows AS r
MERGE (a:Agency {key: r.key})
ON CREATE SET a.name = r.name, a.jurisdictionKey = r.jurisdictionKey, a.aliases = r.aliases
ON MATCH SET a.aliases = reduce(acc = coalesce(a.aliases, []), x IN r.aliases |
  CASE WHEN x IN acc THEN acc ELSE acc + x END)
WITH a, r
MATCH (j:Jurisdiction {key: r.jurisdictionKey})
MERGE (a)-[:IN]->(j)`;

export const CREATE_LISTS = `
UNWIND $rows AS r
MATCH (a:Agency {key: r.agencyKey}), (d:Document {key: r.docKey})
CREATE (l:ResponsibilityList {key: r.key, department: r.department, title: r.title, titleInferred: r.titleInferred,
  inferred: r.inferred, dateYear: r.dateYear, date: r.date, dateOrigin: r.dateOrigin, dateLine: r.dateLine,
  docKey: r.docKey, file: r.file, line: r.line, endLine: r.endLine})
CREATE (a)-[:PUBLISHED]->(l)
CREATE (l)-[:FROM]->(d)`;

export const MERGE_MATTERS = `
UNWIND $rows AS r
MERGE (m:Matter {key: r.key})
ON CREATE SET m.title = r.title, m.seq = r.seq, m.jurisdictionKey = r.jurisdictionKey
WITH m, r
MATCH (j:Jurisdiction {key: r.jurisdictionKey})
MERGE (m)-[:IN]->(j)`;

export const CREATE_RESPONSIBILITIES = `
UNWIND $rows AS r
MATCH (l:ResponsibilityList {key: r.listKey}), (m:Matter {key: r.matterKey})
CREATE (x:Responsibility {key: r.key, listKey: r.listKey, agencyRaw: r.agencyRaw, generic: r.generic,
  division: r.division, role: r.role, case: r.case,
  docKey: r.docKey, file: r.file, line: r.line, endLine: r.endLine})
CREATE (l)-[:DECLARES]->(x)
CREATE (x)-[:FOR]->(m)
WITH x, r
UNWIND range(0, size(r.agencyKeys) - 1) AS ord
MATCH (a:Agency {key: r.agencyKeys[ord]})
CREATE (a)-[:HOLDS {ord: ord}]->(x)`;

export const MERGE_BASES = `
UNWIND $rows AS r
MERGE (b:Basis {key: r.key})
ON CREATE SET b.title = r.title, b.docNumber = r.docNumber, b.kind = r.kind`;

export const CREATE_RESTS_ON = `
UNWIND $rows AS r
MATCH (x:Responsibility {key: r.responsibilityKey}), (b:Basis {key: r.basisKey})
CREATE (x)-[:RESTS_ON {articles: r.articles, raw: r.raw, inherited: r.inherited}]->(b)`;

export const CREATE_CASES = `
UNWIND $rows AS r
CREATE (c:Case {key: r.key, text: r.text, docKey: r.docKey, file: r.file, line: r.line, endLine: r.endLine})
WITH c, r
UNWIND r.responsibilityKeys AS responsibilityKey
MATCH (x:Responsibility {key: responsibilityKey})
CREATE (x)-[:ILLUSTRATED_BY]->(c)`;

export const CREATE_DUTIES = `
UNWIND $rows AS r
MATCH (a:Agency {key: r.agencyKey})
CREATE (d:Duty {key: r.key, seq: r.seq, text: r.text, office: r.office, remarks: r.remarks,
  docKey: r.docKey, file: r.file, line: r.line, endLine: r.endLine})
CREATE (a)-[:HAS_DUTY]->(d)`;

export const CREATE_WORK_ITEMS = `
UNWIND $rows AS r
MATCH (d:Duty {key: r.dutyKey})
CREATE (w:WorkItem {key: r.key, ord: r.ord, text: r.text,
  docKey: r.docKey, file: r.file, line: r.line, endLine: r.endLine})
CREATE (d)-[:HAS_ITEM]->(w)`;

export const CREATE_SERVICES = `
UNWIND $rows AS r
MATCH (a:Agency {key: r.agencyKey})
CREATE (s:Service {key: r.key, seq: r.seq, title: r.title, content: r.content, units: r.units, phones: r.phones,
  docKey: r.docKey, file: r.file, line: r.line, endLine: r.endLine})
CREATE (a)-[:PROVIDES]->(s)`;

export const CREATE_RULES = `
UNWIND $rows AS r
MATCH (l:ResponsibilityList {key: r.listKey})
CREATE (s:SupervisionRule {key: r.key, path: r.path, text: r.text,
  docKey: r.docKey, file: r.file, line: r.line, endLine: r.endLine})
CREATE (l)-[:HAS_RULE]->(s)`;

export const CREATE_DIAGNOSTICS = `
UNWIND $rows AS r
MATCH (d:Document {key: r.docKey})
CREATE (g:Diagnostic {key: r.key, severity: r.severity, code: r.code, message: r.message, raw: r.raw,
  file: r.file, line: r.line, docKey: r.docKey})
CREATE (g)-[:REPORTED_IN]->(d)`;

/** The document's lines, chunked; written after the Document (UPSERT_DOCUMENTS) they hang on. */
export const CREATE_TEXTS = `
UNWIND $rows AS r
MATCH (d:Document {key: r.docKey})
CREATE (t:DocumentText {key: r.key, docKey: r.docKey, file: r.file, from: r.from, to: r.to, lines: r.lines})
CREATE (t)-[:TEXT_OF]->(d)`;

// Pruning shared nodes nothing points at any more (after a document was replaced or removed).
// Only the candidates the deleted facts pointed at are looked at (PRUNE_CANDIDATES_*, read
// before DELETE_FACTS): scanning every shared node made each transaction O(graph), and a
// country load of thousands of transactions quadratic. Nothing else can have lost its last
// reference, because only those facts were deleted.
// A Matter, Agency or Jurisdiction a ruling points at is kept whatever lists are loaded or
// unloaded: rulings are never deleted, and their history must keep its matter and agencies.

/** The matters and bases the documents' responsibilities point at. */
export const PRUNE_CANDIDATES_MATTERS_BASES = `
MATCH (x:Responsibility) WHERE x.docKey IN $docKeys
OPTIONAL MATCH (x)-[:FOR]->(m:Matter)
OPTIONAL MATCH (x)-[:RESTS_ON]->(b:Basis)
RETURN collect(DISTINCT m.key) AS matters, collect(DISTINCT b.key) AS bases`;

/** The agencies that publish, hold, have or provide one of the documents' facts. */
export const PRUNE_CANDIDATES_AGENCIES = `
CALL () {
  MATCH (a:Agency)-[:PUBLISHED]->(n:ResponsibilityList) WHERE n.docKey IN $docKeys RETURN a.key AS agency
  UNION
  MATCH (a:Agency)-[:HOLDS]->(n:Responsibility) WHERE n.docKey IN $docKeys RETURN a.key AS agency
  UNION
  MATCH (a:Agency)-[:HAS_DUTY]->(n:Duty) WHERE n.docKey IN $docKeys RETURN a.key AS agency
  UNION
  MATCH (a:Agency)-[:PROVIDES]->(n:Service) WHERE n.docKey IN $docKeys RETURN a.key AS agency
}
RETURN collect(agency) AS agencies`;

/** The jurisdictions of candidate matters and agencies, with every level above them. */
export const PRUNE_CANDIDATES_JURISDICTIONS = `
MATCH (x) WHERE (x:Agency AND x.key IN $agencies) OR (x:Matter AND x.key IN $matters)
MATCH (x)-[:IN]->(:Jurisdiction)-[:PART_OF*0..]->(j:Jurisdiction)
RETURN collect(DISTINCT j.key) AS jurisdictions`;

export const PRUNE_MATTERS = `
MATCH (m:Matter) WHERE m.key IN $keys AND NOT ()-[:FOR]->(m) AND NOT (:Ruling)-[:ON]->(m) DETACH DELETE m`;
export const PRUNE_BASES = `
MATCH (b:Basis) WHERE b.key IN $keys AND NOT ()-[:RESTS_ON]->(b) DETACH DELETE b`;
export const PRUNE_AGENCIES = `
MATCH (a:Agency) WHERE a.key IN $keys
AND NOT (a)-[:HOLDS|HAS_DUTY|PROVIDES|PUBLISHED]->() AND NOT (:Ruling)-[:LEAD|COOPERATES]->(a)
DETACH DELETE a`;
/** Run lowest level first: a county pruned can leave its city empty. */
export const PRUNE_JURISDICTIONS = `
MATCH (j:Jurisdiction {level: $level}) WHERE j.key IN $keys
AND NOT ()-[:IN]->(j) AND NOT ()-[:PART_OF]->(j)
DETACH DELETE j`;

/** Node and relationship counts per label/type, for the load report and the idempotency tests. */
export const COUNT_NODES = `
MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n`;
export const COUNT_RELATIONSHIPS = `
MATCH ()-[r]->() RETURN type(r) AS label, count(*) AS n`;

/**
 * Counts of one corner of the graph: the facts of some documents and the shared nodes
 * of some jurisdictions (tests use it to check a load changed exactly what it should).
 */
export const COUNT_SCOPE = `
CALL () {
  MATCH (n) WHERE n.docKey IN $docKeys
  UNWIND labels(n) AS label RETURN label, count(*) AS n
  UNION ALL
  MATCH (d:Document) WHERE d.key IN $docKeys RETURN 'Document' AS label, count(d) AS n
  UNION ALL
  MATCH (j:Jurisdiction) WHERE j.key IN $jurisdictionKeys RETURN 'Jurisdiction' AS label, count(j) AS n
  UNION ALL
  MATCH (x) WHERE (x:Agency OR x:Matter) AND x.jurisdictionKey IN $jurisdictionKeys
  UNWIND labels(x) AS label RETURN label, count(*) AS n
  UNION ALL
  MATCH (:Responsibility)-[:RESTS_ON]->(b:Basis) WHERE b.key STARTS WITH $basisPrefix
  RETURN 'Basis' AS label, count(DISTINCT b) AS n
  UNION ALL
  MATCH (n)-[r]->() WHERE n.docKey IN $docKeys RETURN 'rel:' + type(r) AS label, count(r) AS n
}
RETURN label, sum(n) AS n`;

/**
 * What the documents under one directory (Document keys are resolved paths) amount to in the
 * graph: their facts and relationships by label, and the shared nodes those facts reach,
 * with the agencies' aliases. Two loads of copies of the same files in two directories must
 * give the same counts however they were cut into transactions.
 */
export const COUNT_UNDER_PREFIX = `
CALL () {
  MATCH (n) WHERE n.docKey STARTS WITH $prefix
  UNWIND labels(n) AS label RETURN label, count(*) AS n
  UNION ALL
  MATCH (d:Document) WHERE d.key STARTS WITH $prefix RETURN 'Document' AS label, count(d) AS n
  UNION ALL
  MATCH (n)-[r]->() WHERE n.docKey STARTS WITH $prefix RETURN 'rel:' + type(r) AS label, count(r) AS n
  UNION ALL
  MATCH (a:Agency)-[:HOLDS|HAS_DUTY|PROVIDES|PUBLISHED]->(n) WHERE n.docKey STARTS WITH $prefix
  RETURN 'Agency' AS label, count(DISTINCT a) AS n
  UNION ALL
  MATCH (a:Agency)-[:HOLDS|HAS_DUTY|PROVIDES|PUBLISHED]->(n) WHERE n.docKey STARTS WITH $prefix
  WITH DISTINCT a RETURN 'Agency.aliases' AS label, sum(size(coalesce(a.aliases, []))) AS n
  UNION ALL
  MATCH (x:Responsibility)-[:FOR]->(m:Matter) WHERE x.docKey STARTS WITH $prefix
  RETURN 'Matter' AS label, count(DISTINCT m) AS n
  UNION ALL
  MATCH (x:Responsibility)-[:RESTS_ON]->(b:Basis) WHERE x.docKey STARTS WITH $prefix
  RETURN 'Basis' AS label, count(DISTINCT b) AS n
}
RETURN label, sum(n) AS n`;
