// Vitest global setup for tests that need Neo4j: starts ONE local Neo4j per run through
// our own launcher, on a free port with a fresh temp data dir (parallel runs on one
// machine never collide), or uses NEO4J_URI when it is set. It applies the schema once
// and hands the connection, with the local launcher's generated credentials, to the test
// workers (provide + environment, so child processes of tests get them too).
//
// Tests isolate themselves with unique keys (see fixtures.ts uniqueTag), never by wiping.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import type { Neo4jConnection } from '../../graph/config.js';
import { loadConfig } from '../../graph/config.js';
import { closeDriver, runOnce, useConnection } from '../../graph/driver.js';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../graph/localNeo4j.js';
import { ensureSchema } from '../../graph/schema/bootstrap.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection & { version: string; edition: string };
  }
}

/**
 * Set by the first project's setup: the integration and e2e projects each run this
 * file, and the second one reuses the Neo4j the first started (NEO4J_URI below).
 */
const STARTED_HERE = 'JURISGRAPH_TEST_NEO4J';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = loadConfig().external;
  const reused = external !== undefined && process.env[STARTED_HERE] === external.uri;
  let local: LocalNeo4j | undefined;
  let dataDir: string | undefined;
  let connection: Neo4jConnection;
  if (external) {
    connection = external;
  } else {
    dataDir = await mkdtemp(path.join(tmpdir(), 'jurisgraph-test-neo4j-'));
    local = await startLocalNeo4j({ port: await freePort(), dataDir });
    connection = local.connection;
  }
  try {
    await useConnection(connection);
    const info = await runOnce('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition');
    const version = String(info.records[0]?.get('version'));
    const edition = String(info.records[0]?.get('edition'));
    const schema = await ensureSchema();
    await closeDriver();
    const how = local
      ? `本项目启动的本地 Neo4j，冷启动 ${(local.startMillis / 1000).toFixed(1)} 秒，数据目录 ${dataDir}`
      : reused
        ? '本次测试运行已启动的本地 Neo4j'
        : '外部 Neo4j（NEO4J_URI）';
    console.log(`[${project.name}] 在真实的 Neo4j ${version} ${edition} 上运行：${connection.uri}（${how}；schema ${schema.millis} ms）`);
    project.provide('neo4j', { ...connection, version, edition });
    // Workers started after this point inherit the connection through the environment too.
    process.env.NEO4J_URI = connection.uri;
    if (connection.username) process.env.NEO4J_USERNAME = connection.username;
    if (connection.password) process.env.NEO4J_PASSWORD = connection.password;
    if (local) process.env[STARTED_HERE] = connection.uri;
    if (connection.database) process.env.NEO4J_DATABASE = connection.database;
  } catch (error) {
    await local?.stop();
    throw error;
  }
  return async () => {
    await local?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
