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
} as const;

export const BARE_INSERT: Readonly<Record<keyof typeof ROW_LABELS, string>> = Object.fromEntries(
  Object.entries(ROW_LABELS).map(([kind, label]) => [kind, `
UNWIND range(0, size($rows) - 1) AS i
WITH $rows[i] AS r, $offset + i AS ordinal
CREATE (n:${label})
SET n = r {.*, key: 'bench:' + $kind + ':' + toString(ordinal), docKey: 'bench:'}`]),
) as Record<keyof typeof ROW_LABELS, string>;

export const DELETE_BENCH_ROWS: readonly string[] = [...new Set(Object.values(ROW_LABELS))].map(
  (label) => `MATCH (n:${label}) WHERE n.key STARTS WITH 'bench:' DETACH DELETE n`,
);
