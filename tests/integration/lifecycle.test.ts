// The process lifecycle of `npm start` against a local Neo4j of this test's own (not the
// shared one): reuse of a running launcher, a taken port, Neo4j killed under a running
// API (DATABASE_UNAVAILABLE, then recovery without restarting the API, data intact),
// and Ctrl-C leaving no JVM behind.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readQuery, useConnection, writeQuery } from '../../graph/driver.js';
import { freePort, LocalNeo4jError, portAnswers, startLocalNeo4j } from '../../graph/localNeo4j.js';
import { alive, lockPid, removeLocalStore, startMain, stopMain, until, type MainProcess } from '../support/mainProcess.js';
import { uniqueTag } from './fixtures.js';

// biome-ignore lint/suspicious/noExplicitAny: the test reads untyped GraphQL JSON.
async function gql(url: string, query: string): Promise<{ data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await res.json()) as never;
}

const HEALTH = '{ health { status neo4j { reachable version edition address code message } } }';

describe('npm start with the local Neo4j', () => {
  let dataDir = '';
  let boltPort = 0;
  let first: MainProcess | undefined;
  let second: MainProcess | undefined;
  const env = () => ({ NEO4J_LOCAL_PORT: String(boltPort), NEO4J_DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0' });

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'jurisgraph-lifecycle-'));
    boltPort = await freePort();
    first = await startMain(env(), ['--api-only']);
  }, 240_000);

  afterAll(async () => {
    for (const main of [second, first]) await stopMain(main);
    await removeLocalStore(dataDir);
  }, 60_000);

  it('reports the version of the Neo4j it started, and serves no page with --api-only', async () => {
    const { data } = await gql(first!.url, HEALTH);
    expect(data!.health.status).toBe('ok');
    expect(data!.health.neo4j).toMatchObject({ reachable: true, edition: 'community', address: `bolt://127.0.0.1:${boltPort}`, code: null });
    expect(data!.health.neo4j.version).toMatch(/^5\.26\./);
    expect((await fetch(`${first!.url}/`)).status).toBe(404);
    expect((await fetch(`${first!.url}/healthz`)).status).toBe(200);
  });

  it('reuses the running launcher for a second start on the same data dir and port', async () => {
    const again = await startLocalNeo4j({ port: boltPort, dataDir });
    expect(again.owned).toBe(false);
    expect(again.pid).toBe(lockPid(dataDir));
    await again.stop();
    expect(alive(again.pid)).toBe(true);
  });

  it('says clearly that the port is taken when another data dir asks for it', async () => {
    const otherDir = await mkdtemp(path.join(tmpdir(), 'jurisgraph-lifecycle-other-'));
    try {
      const attempt = startLocalNeo4j({ port: boltPort, dataDir: otherDir });
      await expect(attempt).rejects.toThrow(LocalNeo4jError);
      await expect(attempt).rejects.toThrow(`端口 ${boltPort} 已被其他程序占用`);
    } finally {
      await rm(otherDir, { recursive: true, force: true });
    }
  });

  it('answers DATABASE_UNAVAILABLE while Neo4j is killed, recovers by itself when it is back, data intact', async () => {
    const marker = uniqueTag('lifecycle');
    await useConnection({ uri: `bolt://127.0.0.1:${boltPort}`, database: 'neo4j' });
    await writeQuery('CREATE (:Jurisdiction {key: $key, name: $key, level: "county"})', { key: marker });

    const killed = lockPid(dataDir);
    process.kill(killed, 'SIGKILL');
    await until(async () => alive(killed), (a) => !a, 10_000);

    const down = await gql(first!.url, HEALTH);
    expect(down.errors).toBeUndefined();
    expect(down.data!.health.status).toBe('degraded');
    expect(down.data!.health.neo4j).toMatchObject({ reachable: false, version: null, code: 'DATABASE_UNAVAILABLE' });
    expect(down.data!.health.neo4j.message).toMatch(/^数据库不可用/);
    expect((await fetch(`${first!.url}/healthz`)).status).toBe(503);
    const query = await gql(first!.url, '{ jurisdictions { key } }');
    expect(query.errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
    expect(query.errors![0]!.message).toMatch(/^数据库不可用/);
    expect(query.errors![0]!.extensions?.stacktrace).toBeUndefined();

    // A second `npm start` on the same data dir brings Neo4j back: the stale lock file of
    // the killed JVM is recognised, and the store recovers from its transaction log.
    second = await startMain({ ...env(), PORT: '0' }, ['--api-only']);
    expect(second.lines.join('\n')).toMatch(/本地 Neo4j 5\.26\.\d+ 已就绪/);
    const up = await until(() => gql(first!.url, HEALTH), (r) => r.data?.health.neo4j.reachable === true, 20_000);
    expect(up.data!.health.neo4j).toMatchObject({ reachable: true, code: null });
    const rows = await readQuery('MATCH (j:Jurisdiction {key: $key}) RETURN j.name AS name', { key: marker });
    expect(rows.map((r) => r.get('name'))).toEqual([marker]);
  }, 240_000);

  it('Ctrl-C stops the API and the JVM it started, leaving no java process and no lock file', async () => {
    const jvm = lockPid(dataDir);
    expect(alive(jvm)).toBe(true);
    second!.child.kill('SIGINT');
    expect(await second!.exited).toBe(0);
    expect(alive(jvm)).toBe(false);
    expect(existsSync(path.join(dataDir, 'launcher.json'))).toBe(false);
    expect(await portAnswers('127.0.0.1', boltPort)).toBe(false);
    // The first API lost its database again but keeps answering.
    const down = await gql(first!.url, HEALTH);
    expect(down.data!.health.neo4j.reachable).toBe(false);
    first!.child.kill('SIGTERM');
    expect(await first!.exited).toBe(0);
  }, 60_000);
});
