// The graph's schema: one uniqueness constraint per node key (graph/README.md), a
// range index on docKey for every fact label (replacing a document deletes its facts by
// docKey), a range index on jurisdictionKey for agencies and matters (a county's are read
// by it), and full-text indexes for Chinese text.
//
// Full-text indexes use Neo4j's `cjk` analyzer (Lucene's CJKAnalyzer: overlapping
// character bigrams). The default `standard-no-stop-words` analyzer treats a run of
// Han characters as one token or single characters, so "河道采砂" would not match inside
// "负责河道采砂的许可"; bigrams match any phrase of two or more characters.

/** Fact labels: every node of these carries docKey, file, line, endLine. */
export const FACT_LABELS = [
  'ResponsibilityList',
  'Responsibility',
  'Case',
  'Duty',
  'WorkItem',
  'Service',
  'SupervisionRule',
  'Diagnostic',
  // The document's own lines in chunks (graph/load/rows.ts DocumentTextRow), for the 原文 panel.
  'DocumentText',
] as const;
export type FactLabel = (typeof FACT_LABELS)[number];

/** Labels whose `key` property is unique: shared nodes, documents, facts. */
export const KEYED_LABELS = [
  'Jurisdiction',
  'Agency',
  'Document',
  'Matter',
  'Basis',
  ...FACT_LABELS,
  // The writer's load lock: MERGE on a constrained key cannot create duplicates.
  'LoadLock',
  // The graph version every write bumps (graph/version.ts).
  'GraphVersion',
  // The audit log (graph/audit/): one entry per accepted write, and its sequence counter.
  'AuditEntry',
  'AuditCounter',
  // Recorded rulings (协调意见, graph/rulings/): never deleted, superseded by later ones.
  'Ruling',
  // Local succession records (graph/succession/): loaded from a table or recorded by editors.
  'SuccessionRecord',
] as const;

/**
 * Labels whose nodes carry jurisdictionKey and are read by it: a county's agencies and
 * matters. Both also hang on their Jurisdiction by :IN, but a county node has ~30 agencies
 * and thousands of matters (and rulings) on :IN, so `(a:Agency)-[:IN]->(j)` from j expands
 * every one of them and filters by label; an index seek on jurisdictionKey reads only the
 * nodes asked for (docs/measurements.md, "Query shapes at scale").
 */
export const JURISDICTION_KEYED_LABELS = ['Agency', 'Matter'] as const;

/** Names of the full-text indexes, for db.index.fulltext.queryNodes. */
export const FULLTEXT = {
  matterTitle: 'matterText',
  responsibilityText: 'responsibilityText',
  /** Duty.text and WorkItem.text: a hit may be either label. */
  dutyText: 'dutyText',
  serviceText: 'serviceText',
  /** Agency.name and Agency.aliases (a list of strings). */
  agencyText: 'agencyText',
} as const;

export const FULLTEXT_ANALYZER = 'cjk';

interface FulltextIndex {
  name: string;
  labels: string[];
  properties: string[];
}

export const FULLTEXT_INDEXES: FulltextIndex[] = [
  { name: FULLTEXT.matterTitle, labels: ['Matter'], properties: ['title'] },
  { name: FULLTEXT.responsibilityText, labels: ['Responsibility'], properties: ['division', 'case'] },
  { name: FULLTEXT.dutyText, labels: ['Duty', 'WorkItem'], properties: ['text'] },
  { name: FULLTEXT.serviceText, labels: ['Service'], properties: ['title', 'content', 'units'] },
  { name: FULLTEXT.agencyText, labels: ['Agency'], properties: ['name', 'aliases'] },
];

/** Idempotent DDL, in the order it runs. Names are stable so IF NOT EXISTS can match them. */
export function schemaStatements(): string[] {
  const constraints = KEYED_LABELS.map(
    (label) => `CREATE CONSTRAINT ${lowerFirst(label)}Key IF NOT EXISTS FOR (n:${label}) REQUIRE n.key IS UNIQUE`,
  );
  const docKeys = FACT_LABELS.map((label) => `CREATE INDEX ${lowerFirst(label)}DocKey IF NOT EXISTS FOR (n:${label}) ON (n.docKey)`);
  const jurisdictionKeys = JURISDICTION_KEYED_LABELS.map(
    (label) => `CREATE INDEX ${lowerFirst(label)}JurisdictionKey IF NOT EXISTS FOR (n:${label}) ON (n.jurisdictionKey)`,
  );
  const fulltext = FULLTEXT_INDEXES.map(
    ({ name, labels, properties }) =>
      `CREATE FULLTEXT INDEX ${name} IF NOT EXISTS FOR (n:${labels.join('|')}) ON EACH [${properties
        .map((p) => `n.${p}`)
        .join(', ')}] OPTIONS {indexConfig: {\`fulltext.analyzer\`: '${FULLTEXT_ANALYZER}'}}`,
  );
  return [...constraints, ...docKeys, ...jurisdictionKeys, ...fulltext];
}

function lowerFirst(label: string): string {
  return label[0]!.toLowerCase() + label.slice(1);
}
