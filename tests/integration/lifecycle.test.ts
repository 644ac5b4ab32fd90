// The process lifecycle of `npm start` against a local Neo4j of this test's own (not the
// shared one): Bolt locked (credentials from the data dir, no LOAD CSV from files, no
// WebSocket upgrade), reuse of a running launcher, a taken port, the JVM killed with
// SIGKILL under a running API (restarted by the server itself, data intact), Ctrl-C leaving
// no JVM behind, and giving up with a non-zero exit when restarts keep failing.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver, readQuery, runOnce, useConnection, writeQuery } from '../../graph/driver.js';
import type { GraphError } from '../../graph/errors.js';
import { CREDENTIALS_FILE, readLocalCredentials } from '../../graph/localCredentials.js';
import { freePort, LocalNeo4jError, portAnswers, startLocalNeo4j } from '../../graph/localNeo4j.js';
import { alive, lockPid, removeLocalStore, startMain, stopMain, until, type MainProcess } from '../support/mainProcess.js';
import { uniqueTag } from './fixtures.js';

// biome-ignore lint/suspicious/noExplicitAny: the test reads untyped GraphQL JSON.
type Json = Record<string, any>;

async function gql(url: string, query: string): Promise<{ data?: Json | null; errors?: Array<{ message: string; extensions?: Json }> }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as never;
}

const HEALTH =
  '{ health { status neo4j { reachable version edition address code message } supervision { state pid restarts lastExit since } } }';

/** What the Bolt port answers to a browser's WebSocket upgrade from a foreign page (until it closes, at most 5 s). */
function webSocketUpgrade(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    const done = () => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(5_000, done);
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
    });
    socket.on('close', done);
    socket.on('error', done);
    socket.write(
      [
        'GET / HTTP/1.1',
        `Host: 127.0.0.1:${port}`,
        'Upgrade: websocket',
        'Connection: Upgrade',
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
        'Sec-WebSocket-Version: 13',
        'Origin: http://evil.example',
        '',
        '',
      ].join('\r\n'),
    );
  });
}

/** Holds `port` (retrying while a dying process still has it) until close(). */
async function holdPort(port: number): Promise<net.Server> {
  const deadline = Date.now() + 10_000;
  while (true) {
    const server = net.createServer((socket) => socket.destroy());
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', resolve);
      });
      return server;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

describe('npm start with the local Neo4j', () => {
  let dataDir = '';
  let boltPort = 0;
  let first: MainProcess | undefined;
  let second: MainProcess | undefined;
  let third: MainProcess | undefined;
  const env = () => ({ NEO4J_LOCAL_PORT: String(boltPort), NEO4J_DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0' });
  const uri = () => `bolt://127.0.0.1:${boltPort}`;
  const connectAsOurClients = () => useConnection({ uri: uri(), ...readLocalCredentials(dataDir), database: 'neo4j' });

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'jurisgraph-lifecycle-'));
    boltPort = await freePort();
    first = await startMain(env(), ['--api-only']);
  }, 240_000);

  afterAll(async () => {
    await closeDriver();
    for (const main of [third, second, first]) await stopMain(main);
    await removeLocalStore(dataDir);
  }, 60_000);

  it('reports the version of the Neo4j it started, supervised, and serves no page with --api-only', async () => {
    const { data } = await gql(first!.url, HEALTH);
    expect(data!.health.status).toBe('ok');
    expect(data!.health.neo4j).toMatchObject({ reachable: true, edition: 'community', address: uri(), code: null });
    expect(data!.health.neo4j.version).toMatch(/^5\.26\./);
    expect(data!.health.supervision).toMatchObject({ state: 'running', pid: lockPid(dataDir), restarts: 0, lastExit: null });
    expect((await fetch(`${first!.url}/`)).status).toBe(404);
    expect((await fetch(`${first!.url}/healthz`)).status).toBe(200);
  });

  describe('Bolt is locked', () => {
    it('keeps a generated password in the data dir, readable by the owner only and never logged', () => {
      const file = path.join(dataDir, CREDENTIALS_FILE);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const credentials = readLocalCredentials(dataDir)!;
      expect(credentials.username).toBe('neo4j');
      expect(credentials.password).toMatch(/^[\w-]{32}$/);
      expect(first!.lines.join('\n')).not.toContain(credentials.password);
      expect(readFileSync(path.join(dataDir, 'launcher.log'), 'utf8')).not.toContain(credentials.password);
      expect(readFileSync(path.join(dataDir, 'logs/debug.log'), 'utf8')).not.toContain(credentials.password);
    });

    it('refuses a client without credentials', async () => {
      const anonymous = neo4j.driver(uri());
      try {
        await expect(anonymous.executeQuery('MATCH (n) DETACH DELETE n')).rejects.toMatchObject({
          code: 'Neo.ClientError.Security.Unauthorized',
        });
      } finally {
        await anonymous.close();
      }
    });

    it('lets LOAD CSV read no file and fetch no URL', async () => {
      await connectAsOurClients();
      const refusal = (cypher: string) =>
        runOnce(cypher).then(
          () => 'read',
          (error: GraphError) => `${error.neo4jCode}: ${(error.cause as Error).message}`,
        );
      expect(await refusal("LOAD CSV FROM 'file:///etc/hostname' AS line RETURN line")).toMatch(
        /^Neo\.ClientError\.Statement\.ExternalResourceFailed: .*'dbms\.security\.allow_csv_import_from_file_urls' is false/,
      );
      expect(await refusal(`LOAD CSV FROM '${first!.url}/healthz' AS line RETURN line`)).toMatch(
        /^Neo\.ClientError\.Statement\.ExternalResourceFailed: .*is blocked/,
      );
    });

    it('refuses a WebSocket upgrade from a foreign page', async () => {
      const answer = await webSocketUpgrade(boltPort);
      expect(answer).not.toMatch(/^HTTP\/1\.1 101/);
      expect(answer).toMatch(/^HTTP\/1\.1 403 Forbidden/);
      // The port still speaks Bolt to our own clients.
      await connectAsOurClients();
      expect((await readQuery('RETURN 1 AS one')).map((r) => r.get('one'))).toEqual([1]);
    });
  });

  it('reuses the running launcher for a second start on the same data dir and port, with its credentials', async () => {
    const again = await startLocalNeo4j({ port: boltPort, dataDir });
    expect(again.owned).toBe(false);
    expect(again.pid).toBe(lockPid(dataDir));
    expect(again.connection).toEqual({ uri: uri(), ...readLocalCredentials(dataDir), database: 'neo4j' });
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

  it('restarts Neo4j by itself after kill -9, reporting restarting meanwhile, data intact', async () => {
    const marker = uniqueTag('lifecycle');
    await connectAsOurClients();
    await writeQuery('CREATE (:Jurisdiction {key: $key, name: $key, level: "county"})', { key: marker });

    const killed = lockPid(dataDir);
    const killedAt = Date.now();
    process.kill(killed, 'SIGKILL');
    // Asked during the outage. The driver retries for 3 s and then waits up to 15 s for a
    // connection (graph/driver.ts), so on a quiet machine, where the JVM is back in a few
    // seconds, the request may be answered by the restarted Neo4j: both outcomes are right;
    // a failure must be DATABASE_UNAVAILABLE without internals (tests/e2e/database-down.test.ts
    // shows the page's message while Neo4j is down for good).
    const duringOutage = gql(first!.url, '{ jurisdictions { key } }');

    const down = await until(
      () => gql(first!.url, HEALTH),
      (r) => r.data?.health.status === 'restarting',
      5_000,
    );
    expect(down.errors).toBeUndefined();
    expect(down.data!.health).toMatchObject({
      status: 'restarting',
      supervision: { state: 'restarting', pid: null, restarts: 0, lastExit: '信号 SIGKILL' },
    });
    expect(down.data!.health.neo4j).toMatchObject({ reachable: false, version: null, code: 'DATABASE_UNAVAILABLE' });
    const healthz = await fetch(`${first!.url}/healthz`);
    expect(healthz.status).toBe(503);
    expect(((await healthz.json()) as { status: string }).status).toBe('restarting');
    const query = await duringOutage;
    if (query.errors) {
      expect(query.errors.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
      expect(query.errors[0]!.message).toMatch(/^数据库不可用/);
      expect(query.errors[0]!.extensions?.stacktrace).toBeUndefined();
    } else {
      expect(query.data).toBeTruthy();
    }
    expect(first!.lines.join('\n')).toMatch(new RegExp(`本地 Neo4j（pid ${killed}）意外退出（信号 SIGKILL），正在重启`));

    // Nobody else starts anything: the server brings Neo4j back on the same store.
    const up = await until(
      () => gql(first!.url, HEALTH),
      (r) => r.data?.health.status === 'ok' && r.data.health.supervision.state === 'running',
      180_000,
    );
    const downMillis = Date.now() - killedAt;
    const restarted = await until(
      async () => first!.lines.find((l) => l.includes('本地 Neo4j 已重启')),
      (line) => line !== undefined,
      5_000,
    );
    expect(restarted).toMatch(/本地 Neo4j 已重启（pid \d+，启动 [\d.]+ 秒，中断共 [\d.]+ 秒）/);
    console.log(
      `[lifecycle] kill -9 → API 重新回答：${(downMillis / 1000).toFixed(1)} 秒；${/本地 Neo4j 已重启（[^）]+）/.exec(restarted!)![0]}`,
    );
    expect(up.data!.health.neo4j).toMatchObject({ reachable: true, code: null });
    expect(up.data!.health.supervision).toMatchObject({ state: 'running', restarts: 1, lastExit: '信号 SIGKILL' });
    expect(up.data!.health.supervision.pid).not.toBe(killed);
    expect(lockPid(dataDir)).toBe(up.data!.health.supervision.pid);
    const rows = await readQuery('MATCH (j:Jurisdiction {key: $key}) RETURN j.name AS name', { key: marker });
    expect(rows.map((r) => r.get('name'))).toEqual([marker]);
    const answered = await gql(first!.url, `{ jurisdictions { key } }`);
    expect(answered.errors).toBeUndefined();
  }, 240_000);

  it('a second npm start on the same data dir reuses the supervised launcher and leaves it running on Ctrl-C', async () => {
    const jvm = lockPid(dataDir);
    second = await startMain(env(), ['--api-only']);
    expect(second.lines.join('\n')).toMatch(`复用已在运行的本地 Neo4j（pid ${jvm}`);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
    expect(alive(jvm)).toBe(true);
    expect((await gql(first!.url, HEALTH)).data!.health.status).toBe('ok');
  }, 240_000);

  it('Ctrl-C stops the API and the JVM it started, leaving no java process and no lock file', async () => {
    const jvm = lockPid(dataDir);
    first!.child.kill('SIGINT');
    expect(await first!.exited).toBe(0);
    expect(alive(jvm)).toBe(false);
    expect(existsSync(path.join(dataDir, 'launcher.json'))).toBe(false);
    expect(await portAnswers('127.0.0.1', boltPort)).toBe(false);
  }, 60_000);

  it('gives up when restarts keep failing: exits non-zero with the log tail, for an outer supervisor', async () => {
    third = await startMain(env(), ['--api-only']);
    const jvm = lockPid(dataDir);
    process.kill(jvm, 'SIGKILL');
    // The port taken by something else: every restart fails (0 + 1 + 2 + 4 s of backoff).
    const blocker = await holdPort(boltPort);
    try {
      const code = await Promise.race([third.exited, new Promise((r) => setTimeout(() => r('still running'), 90_000))]);
      expect(code).toBe(1);
    } finally {
      blocker.close();
    }
    const output = third.lines.join('\n');
    expect(output).toMatch(/第 1 次重启失败/);
    expect(output).toMatch(/本地 Neo4j 在 5 分钟内失败 5 次，不再重启。日志 .*launcher\.log 的最后几行/);
    expect(alive(jvm)).toBe(false);
  }, 240_000);
});
