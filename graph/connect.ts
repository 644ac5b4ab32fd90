// Opens the graph for a long-running process or a CLI: NEO4J_URI when set, else the
// project's local Neo4j (started, or reused when one already runs on the port), then
// the schema bootstrap. close() lets go of the driver and of a JVM this process started.
import { loadConfig, type AppConfig, type Neo4jConnection } from './config.js';
import { closeDriver, useConnection } from './driver.js';
import { startLocalNeo4j, type LocalNeo4j } from './localNeo4j.js';
import { ensureSchema } from './schema/bootstrap.js';

export interface OpenGraph {
  connection: Neo4jConnection;
  /** Set when the project's local Neo4j is used (started here or reused). */
  local?: LocalNeo4j;
  close(): Promise<void>;
}

export async function openGraph(options: { config?: AppConfig; onProgress?: (message: string) => void } = {}): Promise<OpenGraph> {
  const config = options.config ?? loadConfig();
  let local: LocalNeo4j | undefined;
  let connection: Neo4jConnection;
  if (config.external) {
    connection = config.external;
  } else {
    local = await startLocalNeo4j({ ...config.local, onProgress: options.onProgress });
    connection = { uri: local.uri, database: 'neo4j' };
  }
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await closeDriver();
      // Only a server this process started is stopped; a reused one keeps running.
      await local?.stop();
    })());
  try {
    await useConnection(connection);
    await ensureSchema();
  } catch (error) {
    await close();
    throw error;
  }
  return { connection, local, close };
}
