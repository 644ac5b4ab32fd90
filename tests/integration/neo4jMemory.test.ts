// The local Neo4j runs with the heap and page cache chosen for it (graph/neo4jMemory.ts):
// a launcher of this test's own, started with sizes other than the defaults, asked what
// it runs with (its settings and the JVM's own heap limit).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, type LocalNeo4j, startLocalNeo4j } from '../../graph/localNeo4j.js';

describe('local Neo4j memory', () => {
  let dataDir: string;
  let local: LocalNeo4j;
  const progress: string[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'jurisgraph-memory-'));
    local = await startLocalNeo4j({
      port: await freePort(),
      dataDir,
      memory: { heapMb: 640, pageCacheMb: 300 },
      onProgress: (m) => progress.push(m),
    });
  });

  afterAll(async () => {
    await local?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('runs with the page cache and heap it was given, and says so', async () => {
    const { uri, username, password } = local.connection;
    const driver = neo4j.driver(uri, neo4j.auth.basic(username!, password!));
    try {
      const config = await driver.executeQuery("CALL dbms.listConfig('server.memory.pagecache.size') YIELD name, value RETURN value");
      expect(config.records.map((r) => r.get('value'))).toEqual(['300.00MiB']);
      const jmx = await driver.executeQuery(
        "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties.max AS max",
      );
      const maxHeapMb = Number(jmx.records[0]!.get('max')) / 2 ** 20;
      // The JVM reports -Xmx less one survivor space (serial GC): a little under 640.
      expect(maxHeapMb).toBeGreaterThan(560);
      expect(maxHeapMb).toBeLessThanOrEqual(640);
    } finally {
      await driver.close();
    }
    expect(local.memory).toMatchObject({ heapMb: 640, heapFrom: 'option', pageCacheMb: 300, pageCacheFrom: 'option' });
    expect(progress).toContain('本地 Neo4j 内存：堆 640 MB（调用方指定），页缓存 300 MB（调用方指定）；存储 0 MB');
  });
});
