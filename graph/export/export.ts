// The open-data export (issue 13, item 4): the graph's tables as JSON, CSV or GraphML, written
// to a sink as they are read (repository.ts streams them at one graph version). Used by
// `npm run export` (cli/export.ts) and the HTTP downloads (api/export). Every export checks
// at its end that no write committed while it ran (assertUnchanged) before its last bytes:
// a caller finishes its output (renames the file, ends the response) only when this resolves.
import { csvHeader, csvRow } from './csv.js';
import {
  agencyNode,
  basisNode,
  graphmlClosing,
  graphmlOpening,
  handlesEdges,
  jurisdictionNode,
  matterNode,
  partOfEdge,
  restsOnEdge,
} from './graphml.js';
import { jsonClosing, jsonOpening, jsonRow, jsonTableClosing, jsonTableOpening } from './json.js';
import { assertUnchanged, type ExportScope, forEachMatterBasis, forEachRow } from './repository.js';
import { bufferedSink, type TextSink } from './sink.js';
import { TABLE_NAMES, type TableName } from './tables.js';

export type TableCounts = Partial<Record<TableName, number>>;

/** All tables as one JSON object (json.ts). */
export async function exportJson(scope: ExportScope, sink: TextSink, now: Date = new Date()): Promise<TableCounts> {
  const out = bufferedSink(sink);
  await out.write(
    jsonOpening({
      exportedAt: now.toISOString(),
      graphVersion: scope.version,
      jurisdiction: scope.jurisdiction,
      jurisdictionKeys: scope.keys,
    }),
  );
  const counts: TableCounts = {};
  for (const [i, table] of TABLE_NAMES.entries()) {
    await out.write(jsonTableOpening(table, i === 0));
    let first = true;
    counts[table] = await forEachRow(scope, table, async (row) => {
      await out.write(jsonRow(row, first));
      first = false;
    });
    await out.write(jsonTableClosing());
  }
  await assertUnchanged(scope);
  await out.write(jsonClosing(counts));
  await out.flush();
  return counts;
}

/** One table as CSV (csv.ts); returns its row count. */
export async function exportCsv(scope: ExportScope, table: TableName, sink: TextSink): Promise<number> {
  const out = bufferedSink(sink);
  const count = await writeCsv(scope, table, out);
  await assertUnchanged(scope);
  await out.flush();
  return count;
}

/** Several tables as CSV, each to its own sink (a file each), all of one graph version. */
export async function exportCsvTables(
  scope: ExportScope,
  tables: readonly TableName[],
  sinkFor: (table: TableName) => TextSink,
): Promise<TableCounts> {
  const counts: TableCounts = {};
  for (const table of tables) {
    const out = bufferedSink(sinkFor(table));
    counts[table] = await writeCsv(scope, table, out);
    await out.flush();
  }
  await assertUnchanged(scope);
  return counts;
}

async function writeCsv(scope: ExportScope, table: TableName, out: TextSink): Promise<number> {
  await out.write(csvHeader(table));
  return forEachRow(scope, table, (row) => out.write(csvRow(table, row)));
}

export interface GraphmlCounts {
  nodes: number;
  edges: number;
}

/**
 * The graph as GraphML (graphml.ts): jurisdictions, then agencies and matters (each with its
 * IN edge), bases, HANDLES edges, RESTS_ON edges. Every edge follows both its nodes. A
 * jurisdiction's PART_OF edge is written only when its parent is in the export too.
 */
export async function exportGraphml(scope: ExportScope, sink: TextSink, now: Date = new Date()): Promise<GraphmlCounts> {
  const out = bufferedSink(sink);
  const where = scope.jurisdiction ?? '全部辖区';
  await out.write(graphmlOpening(`jurisgraph 导出：${where}；图版本 ${scope.version}；导出时间 ${now.toISOString()}`));
  let nodes = 0;
  let edges = 0;
  const jurisdictions: Array<{ key: string; parentKey: string | null }> = [];
  nodes += await forEachRow(scope, 'jurisdictions', async (row) => {
    jurisdictions.push({ key: row.key, parentKey: row.parentKey });
    await out.write(jurisdictionNode(row));
  });
  const present = new Set(jurisdictions.map((j) => j.key));
  for (const j of jurisdictions) {
    if (j.parentKey === null || !present.has(j.parentKey)) continue;
    await out.write(partOfEdge(j));
    edges += 1;
  }
  // An agency's and a matter's IN edge is written with the node: one edge each.
  const agencies = await forEachRow(scope, 'agencies', (row) => out.write(agencyNode(row)));
  const matters = await forEachRow(scope, 'matters', (row) => out.write(matterNode(row)));
  nodes += agencies + matters;
  edges += agencies + matters;
  nodes += await forEachRow(scope, 'bases', (row) => out.write(basisNode(row)));
  await forEachRow(scope, 'responsibilities', async (row) => {
    await out.write(handlesEdges(row));
    edges += row.agencies.length;
  });
  edges += await forEachMatterBasis(scope, (row) => out.write(restsOnEdge(row)));
  await assertUnchanged(scope);
  await out.write(graphmlClosing());
  await out.flush();
  return { nodes, edges };
}
