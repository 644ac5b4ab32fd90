// Opens the graph for a long-running process or a CLI: NEO4J_URI when set, else the
// project's local Neo4j (started, or reused when one already runs on the port; its
// credentials come from its data dir), then the schema bootstrap. With `supervise`, the
// local Neo4j is restarted when it dies (graph/supervisor.ts) and health answers say so.
// close() lets go of the driver and of a JVM this process started.
import { loadConfig, type AppConfig, type Neo4jConnection } from './config.js';
import { closeDriver, useConnection } from './driver.js';
import { reportSupervision } from './health.js';
import { startLocalNeo4j, type LocalNeo4j } from './localNeo4j.js';
import { ensureSchema } from './schema/bootstrap.js';
import { superviseLocalNeo4j, type LocalNeo4jSupervisor, type SupervisorEvents } from './supervisor.js';

export interface OpenGraph {
  connection: Neo4jConnection;
  /** Set when the project's local Neo4j is used (started here or reused): the one it started with. */
  local?: LocalNeo4j;
  /** Set when the local Neo4j is supervised (`supervise` given). */
  supervisor?: LocalNeo4jSupervisor;
  close(): Promise<void>;
}

export interface OpenGraphOptions {
  config?: AppConfig;
  onProgress?: (message: string) => void;
  /** Restart the local Neo4j when it dies (a server; a CLI run just fails). Ignored with NEO4J_URI. */
  supervise?: SupervisorEvents;
}

export async function openGraph(options: OpenGraphOptions = {}): Promise<OpenGraph> {
  const config = options.config ?? loadConfig();
  let local: LocalNeo4j | undefined;
  let supervisor: LocalNeo4jSupervisor | undefined;
  let connection: Neo4jConnection;
  if (config.external) {
    connection = config.external;
  } else {
    const localOptions = { ...config.local, onProgress: options.onProgress };
    local = await startLocalNeo4j(localOptions);
    connection = local.connection;
    if (options.supervise) {
      supervisor = superviseLocalNeo4j(local, localOptions, options.supervise);
      reportSupervision(supervisor.status);
    }
  }
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      reportSupervision(undefined);
      await closeDriver();
      // Only a server this process started is stopped; a reused one keeps running.
      await (supervisor ?? local)?.stop();
    })());
  try {
    await useConnection(connection);
    await ensureSchema();
  } catch (error) {
    await close();
    throw error;
  }
  return { connection, local, supervisor, close };
}
