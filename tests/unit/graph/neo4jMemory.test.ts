import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadNeo4jMemoryRequest, parseMemorySizeMb } from '../../../graph/config.js';
import { chooseNeo4jMemory, describeNeo4jMemory, heapFlags, storeSizeMb } from '../../../graph/neo4jMemory.js';

const GB = 1024;

describe('parseMemorySizeMb', () => {
  it.each([
    ['512m', 512],
    ['2g', 2048],
    ['1.5G', 1536],
    ['2GiB', 2048],
    [' 768MB ', 768],
  ])('reads %s as %i MiB', (text, mb) => {
    expect(parseMemorySizeMb(text)).toBe(mb);
  });

  it.each(['512', 'lots', '2t', '-1g', 'g'])('refuses %s (no number or no m/g unit)', (text) => {
    expect(parseMemorySizeMb(text)).toBeUndefined();
  });
});

describe('JURISGRAPH_NEO4J_HEAP / JURISGRAPH_NEO4J_PAGECACHE', () => {
  it('are optional: unset and blank mean sized to the store', () => {
    expect(loadNeo4jMemoryRequest({})).toEqual({ heapMb: undefined, pageCacheMb: undefined });
    expect(loadNeo4jMemoryRequest({ JURISGRAPH_NEO4J_HEAP: ' ' })).toEqual({ heapMb: undefined, pageCacheMb: undefined });
  });

  it('are read in MiB', () => {
    expect(loadNeo4jMemoryRequest({ JURISGRAPH_NEO4J_HEAP: '2g', JURISGRAPH_NEO4J_PAGECACHE: '1g' })).toEqual({
      heapMb: 2048,
      pageCacheMb: 1024,
    });
  });

  const tooMuch = `${Math.ceil(os.totalmem() / 2 ** 30) + 1}g`;
  it.each([
    ['JURISGRAPH_NEO4J_HEAP', 'lots'],
    ['JURISGRAPH_NEO4J_HEAP', '128m'],
    ['JURISGRAPH_NEO4J_PAGECACHE', '2048'],
    ['JURISGRAPH_NEO4J_PAGECACHE', '32m'],
    ['JURISGRAPH_NEO4J_PAGECACHE', tooMuch],
  ])('name the variable in a Chinese message when %s=%s, at start (loadConfig) and at the launcher', (name, value) => {
    for (const attempt of [() => loadNeo4jMemoryRequest({ [name]: value }), () => loadConfig({ [name]: value })]) {
      expect(attempt).toThrow(ConfigError);
      expect(attempt).toThrow(new RegExp(`${name}="${value}"：应为内存大小`));
    }
  });
});

describe('chooseNeo4jMemory', () => {
  const machine = 24 * GB;

  it('keeps the small sizes for a new or small store (tests start fast)', () => {
    for (const storeMb of [0, 10, 200]) {
      expect(chooseNeo4jMemory({ storeMb, totalMemoryMb: machine })).toMatchObject({
        heapMb: 1024,
        pageCacheMb: 256,
        heapFrom: 'auto',
        pageCacheFrom: 'auto',
      });
    }
  });

  it('gives the page cache the store plus a fifth, the heap half the store beyond 1 GB in 256 MB steps', () => {
    expect(chooseNeo4jMemory({ storeMb: 370, totalMemoryMb: machine })).toMatchObject({ heapMb: 1024, pageCacheMb: 444 });
    // 3.7 GB: about the 1,000-county store if bytes per row hold.
    expect(chooseNeo4jMemory({ storeMb: 3700, totalMemoryMb: machine })).toMatchObject({ heapMb: 2560, pageCacheMb: 4440 });
  });

  it('gives neither more than a quarter of the machine, and the heap at most 4 GB', () => {
    expect(chooseNeo4jMemory({ storeMb: 10 * GB, totalMemoryMb: machine })).toMatchObject({ heapMb: 4096, pageCacheMb: 6 * GB });
    expect(chooseNeo4jMemory({ storeMb: 3700, totalMemoryMb: 4 * GB })).toMatchObject({ heapMb: 1024, pageCacheMb: 1024 });
  });

  it('takes the environment over the automatic sizes and a caller option over the environment, each size on its own', () => {
    const env = { heapMb: 2048, pageCacheMb: 512 };
    expect(chooseNeo4jMemory({ storeMb: 0, totalMemoryMb: machine, env })).toMatchObject({
      heapMb: 2048,
      heapFrom: 'env',
      pageCacheMb: 512,
      pageCacheFrom: 'env',
    });
    expect(chooseNeo4jMemory({ storeMb: 3700, totalMemoryMb: machine, env: { heapMb: 2048 }, option: { heapMb: 3072 } })).toMatchObject({
      heapMb: 3072,
      heapFrom: 'option',
      pageCacheMb: 4440,
      pageCacheFrom: 'auto',
    });
  });

  it('starts the JVM with -Xms no larger than -Xmx and logs the sizes and why', () => {
    const memory = chooseNeo4jMemory({ storeMb: 3700, totalMemoryMb: machine, env: { pageCacheMb: 300 } });
    expect(heapFlags(memory)).toEqual(['-Xms256m', '-Xmx2560m']);
    expect(describeNeo4jMemory(memory)).toBe('本地 Neo4j 内存：堆 2560 MB（按存储大小自动选择），页缓存 300 MB（环境变量）；存储 3700 MB');
  });
});

describe('storeSizeMb', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'jurisgraph-store-size-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('sums the files under data/databases only, 0 for a new data dir', () => {
    expect(storeSizeMb(path.join(scratch, 'missing'))).toBe(0);
    mkdirSync(path.join(scratch, 'data/databases/neo4j/schema'), { recursive: true });
    mkdirSync(path.join(scratch, 'data/transactions'), { recursive: true });
    writeFileSync(path.join(scratch, 'data/databases/neo4j/neostore.nodestore.db'), Buffer.alloc(3 * 2 ** 20));
    writeFileSync(path.join(scratch, 'data/databases/neo4j/schema/index.bin'), Buffer.alloc(2 ** 20));
    // Transaction logs are not read through the page cache.
    writeFileSync(path.join(scratch, 'data/transactions/neostore.transaction.db.0'), Buffer.alloc(5 * 2 ** 20));
    expect(storeSizeMb(scratch)).toBe(4);
  });
});
