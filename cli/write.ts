// The CLI's write step: open the graph (NEO4J_URI, or the project's local Neo4j, reusing
// one already running), hand the load to graph/writer.ts, and let go of whatever this
// process started. All Cypher stays in graph/.
import type { AuditEntry } from '../graph/audit/audit';
import { openGraph } from '../graph/connect';
import { storedStamps } from '../graph/load/stamps';
import { writeLoad, type WriteReport } from '../graph/writer';
import { loadDocuments, type LoadRun } from '../loaders/load';
import { formatDiagnostics } from '../loaders/summary';

export interface GraphWriteOptions {
  force: boolean;
  log: (line: string) => void;
  /** A write through the API (an upload): appended to the audit log in the load's own transaction. */
  audit?: AuditEntry;
}

const STATUS_LABEL = { created: '新建', replaced: '替换', unchanged: '未变化，跳过' } as const;

/** Writes a parsed run into an already opened graph and logs one line per document. */
export async function writeRun(run: LoadRun, options: GraphWriteOptions): Promise<WriteReport> {
  const report = await writeLoad(run.result, run.documents, { force: options.force, audit: options.audit });
  for (const d of report.documents) {
    options.log(`${d.file}：${STATUS_LABEL[d.status]}（写入 ${d.rows} 行，诊断 ${d.diagnostics} 条）`);
  }
  options.log(`已写入图数据库，用时 ${report.ms} ms`);
  return report;
}

/** The graph opened once for a streamed load: every unit is one `write` (one transaction). */
export interface GraphWriter {
  write: (run: LoadRun, signal: AbortSignal) => Promise<WriteReport>;
  /** `sha256/parseStamp` of the files already stored with a stamp (graph/load/stamps.ts). */
  storedStamps: (files: string[]) => Promise<Map<string, string>>;
  close: () => Promise<void>;
}

export async function openGraphWriter(options: {
  force: boolean;
  log: (line: string) => void;
  parseStamp?: string | null;
}): Promise<GraphWriter> {
  const graph = await openGraph({ onProgress: options.log });
  return {
    write: (run, signal) => writeLoad(run.result, run.documents, { force: options.force, signal, parseStamp: options.parseStamp }),
    storedStamps,
    close: () => graph.close(),
  };
}

export async function writeRunToGraph(run: LoadRun, options: GraphWriteOptions): Promise<WriteReport> {
  const graph = await openGraph({ onProgress: options.log });
  try {
    return await writeRun(run, options);
  } finally {
    await graph.close();
  }
}

/**
 * `npm start -- --load <files…>`: parse the files, report every row that could not be read
 * (warnings and errors, as the CLI does), and write what loaded into the open graph.
 */
export async function loadAndWrite(files: string[], options: GraphWriteOptions & { warn: (line: string) => void }): Promise<WriteReport> {
  const run = await loadDocuments(files);
  for (const entry of formatDiagnostics(run.result.diagnostics.filter((d) => d.severity !== 'info'))) options.warn(entry);
  return writeRun(run, options);
}
