// The bench's own Neo4j: started through our launcher on a free port with a fresh data
// directory (or NEO4J_URI when set, to reuse a running server), with the schema applied.
// A local one's generated credentials go into this process's environment as well, so the
// servers and CLIs a bench starts with NEO4J_URI (bench/api.ts, bench/build.ts) log in.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../graph/config.js';
import { closeDriver, useConnection } from '../graph/driver.js';
import { freePort, startLocalNeo4j } from '../graph/localNeo4j.js';
import { ensureSchema } from '../graph/schema/bootstrap.js';

export interface BenchGraph {
  uri: string;
  stop(): Promise<void>;
}

export async function startBenchGraph(): Promise<BenchGraph> {
  const external = loadConfig().external;
  if (external) {
    await useConnection(external);
    await ensureSchema();
    return { uri: external.uri, stop: closeDriver };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'jurisgraph-bench-neo4j-'));
  const local = await startLocalNeo4j({ port: await freePort(), dataDir, onProgress: (m) => console.log(m) });
  console.log(`bench Neo4j ${local.version} at ${local.uri} (cold start ${(local.startMillis / 1000).toFixed(1)} s)`);
  await useConnection(local.connection);
  process.env.NEO4J_USERNAME = local.connection.username;
  process.env.NEO4J_PASSWORD = local.connection.password;
  await ensureSchema();
  return {
    uri: local.uri,
    stop: async () => {
      await closeDriver();
      await local.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
