// The local Neo4j's refusals, which must come before any JVM starts: a port taken by
// another program, no Java, a Java too old. (Starting, reuse and stopping run against a
// real JVM in tests/integration/lifecycle.test.ts.)
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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
