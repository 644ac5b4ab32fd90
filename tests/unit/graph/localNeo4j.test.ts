// The local Neo4j's refusals, which must come before any JVM starts: a port taken by
// another program, no Java, a Java too old; and a second start waiting for a launcher that
// is still starting, then reusing it with the credentials in its data dir. (Starting, reuse
// and stopping run against a real JVM in tests/integration/lifecycle.test.ts.)
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readLocalCredentials } from '../../../graph/localCredentials.js';
import { freePort, LocalNeo4jError, startLocalNeo4j } from '../../../graph/localNeo4j.js';

let scratch = '';
const javaHome = process.env.JAVA_HOME;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'jurisgraph-local-unit-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});
afterEach(() => {
  if (javaHome === undefined) delete process.env.JAVA_HOME;
  else process.env.JAVA_HOME = javaHome;
});

/** A JAVA_HOME whose bin/java prints the given `-version` banner. */
async function fakeJava(banner: string): Promise<string> {
  const home = await mkdtemp(path.join(scratch, 'jdk-'));
  await mkdir(path.join(home, 'bin'));
  await writeFile(path.join(home, 'bin/java'), `#!/bin/sh\necho '${banner}' >&2\n`);
  await chmod(path.join(home, 'bin/java'), 0o755);
  return home;
}

describe('startLocalNeo4j refuses clearly', () => {
  it('when another program holds the port', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    try {
      const attempt = startLocalNeo4j({ port, dataDir: path.join(scratch, 'taken') });
      await expect(attempt).rejects.toThrow(LocalNeo4jError);
      await expect(attempt).rejects.toThrow(new RegExp(`端口 ${port} 已被其他程序占用.*NEO4J_LOCAL_PORT.*NEO4J_URI`));
    } finally {
      server.close();
    }
  });

  it('when there is no Java, naming the package to install and NEO4J_URI', async () => {
    process.env.JAVA_HOME = path.join(scratch, 'no-such-jdk');
    const attempt = startLocalNeo4j({ port: await freePort(), dataDir: path.join(scratch, 'nojava') });
    await expect(attempt).rejects.toThrow(/没有找到 Java.*openjdk-17-jre-headless.*NEO4J_URI/s);
  });

  it.each([
    ['java version "1.8.0_402"', '1.8'],
    ['openjdk version "11.0.22" 2024-01-16', '11'],
  ])('when Java is too old (%s)', async (banner, shown) => {
    process.env.JAVA_HOME = await fakeJava(banner);
    const attempt = startLocalNeo4j({ port: await freePort(), dataDir: path.join(scratch, 'oldjava') });
    await expect(attempt).rejects.toThrow(new RegExp(`Java 版本太旧（version "${shown.replace('.', '\\.')}.*需要 Java 17`));
  });
});

describe('a second start on the same data dir', () => {
  /** A Bolt port stand-in and a data dir whose lock names a live pid (this process) on it. */
  async function startingLauncher(name: string) {
    const server = net.createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    const dataDir = path.join(scratch, name);
    await mkdir(dataDir);
    const lock = (version: string | null) =>
      writeFile(path.join(dataDir, 'launcher.json'), JSON.stringify({ pid: process.pid, host: '127.0.0.1', port, version }));
    await lock(null);
    return { server, port, dataDir, lock };
  }

  it('waits for a launcher that is still starting, then reuses it with the credentials from its data dir', async () => {
    const { server, port, dataDir, lock } = await startingLauncher('starting');
    try {
      const progress: string[] = [];
      const reuse = startLocalNeo4j({ port, dataDir, onProgress: (m) => progress.push(m) });
      await new Promise((r) => setTimeout(r, 700));
      // What the launcher does once ready: its credentials exist from the start, the lock gets the version.
      await writeFile(path.join(dataDir, 'credentials.json'), '{"username":"neo4j","password":"pw-from-the-data-dir"}\n');
      await lock('5.26.30');
      const local = await reuse;
      expect(local).toMatchObject({ owned: false, pid: process.pid, version: '5.26.30' });
      expect(local.connection).toEqual({
        uri: `bolt://127.0.0.1:${port}`,
        username: 'neo4j',
        password: 'pw-from-the-data-dir',
        database: 'neo4j',
      });
      expect(progress.join('\n')).toMatch(/正在启动，等待它就绪[\s\S]*复用已在运行的本地 Neo4j/);
      await local.stop();
    } finally {
      server.close();
    }
  });

  it('refuses a running launcher without credentials (one from before auth was on), naming its pid', async () => {
    const { server, port, dataDir, lock } = await startingLauncher('old-launcher');
    try {
      await lock('5.26.30');
      expect(readLocalCredentials(dataDir)).toBeUndefined();
      await expect(startLocalNeo4j({ port, dataDir })).rejects.toThrow(new RegExp(`没有登录凭据.*kill ${process.pid}`));
    } finally {
      server.close();
    }
  });
});
