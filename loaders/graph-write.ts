// The CLI's write step: connect (NEO4J_URI, or the project's local Neo4j through its
// launcher, reusing one already running), make sure the schema exists, hand the load to
// graph/writer.ts, and let go of whatever this process started. All Cypher stays in graph/.
import { loadConfig, type Neo4jConnection } from '../graph/config';
import { closeDriver, useConnection } from '../graph/driver';
import { startLocalNeo4j, type LocalNeo4j } from '../graph/localNeo4j';
import { ensureSchema } from '../graph/schema/bootstrap';
import { writeLoad, type WriteReport } from '../graph/writer';
import type { LoadRun } from './load';

export interface GraphWriteOptions {
  force: boolean;
  log: (line: string) => void;
}

const STATUS_LABEL = { created: '新建', replaced: '替换', unchanged: '未变化，跳过' } as const;

export async function writeRunToGraph(run: LoadRun, options: GraphWriteOptions): Promise<WriteReport> {
  const config = loadConfig();
  let local: LocalNeo4j | undefined;
  let connection: Neo4jConnection;
  if (config.external) {
    connection = config.external;
  } else {
    local = await startLocalNeo4j({ port: config.local.port, dataDir: config.local.dataDir, onProgress: options.log });
    connection = { uri: local.uri, database: 'neo4j' };
  }
  try {
    await useConnection(connection);
    await ensureSchema();
    const report = await writeLoad(run.result, run.documents, { force: options.force });
    for (const d of report.documents) {
      options.log(`${d.file}：${STATUS_LABEL[d.status]}（写入 ${d.rows} 行，诊断 ${d.diagnostics} 条）`);
    }
    options.log(`已写入图数据库 ${connection.uri}，用时 ${report.ms} ms`);
    return report;
  } finally {
    await closeDriver();
    // Only a server this process started is stopped; a reused one keeps running.
    await local?.stop();
  }
}
