// Heap and page cache of the local Neo4j, sized to its store when the environment does not
// say (JURISGRAPH_NEO4J_HEAP / JURISGRAPH_NEO4J_PAGECACHE, graph/config.ts). A fixed 256 MB
// page cache served a few counties; a country's store is gigabytes, and every read that
// misses the page cache goes to disk. A new or small store (tests, development) keeps the
// small sizes the launcher always had, so cold starts stay fast.
import { type Dirent, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Neo4jMemoryRequest } from './config.js';

export const DEFAULT_HEAP_MB = 1024;
export const DEFAULT_PAGE_CACHE_MB = 256;
/** Room for the store to grow while the process runs (a load adds to it). */
const PAGE_CACHE_PER_STORE_MB = 1.2;
/**
 * Each of heap and page cache gets at most a quarter of the machine: the rest is for the
 * OS file cache (Lucene's full-text index files are read through it, not the page cache),
 * Node and the other processes.
 */
const MAX_SHARE_OF_MEMORY = 0.25;
/** Past this the heap grows by half the store beyond 1 GB: unscoped answers and analyses hold more rows. */
const MAX_AUTO_HEAP_MB = 4096;
const HEAP_STEP_MB = 256;

export type MemorySource = 'option' | 'env' | 'auto';

export interface Neo4jMemory {
  heapMb: number;
  pageCacheMb: number;
  /** The store size the automatic sizes were derived from (MiB). */
  storeMb: number;
  heapFrom: MemorySource;
  pageCacheFrom: MemorySource;
}

export interface MemoryInputs {
  /** Store files on disk (or the size a caller expects it to reach), MiB. */
  storeMb: number;
  totalMemoryMb: number;
  /** From JURISGRAPH_NEO4J_HEAP / JURISGRAPH_NEO4J_PAGECACHE. */
  env?: Neo4jMemoryRequest;
  /** From the caller (a bench), over the environment. */
  option?: Neo4jMemoryRequest;
}

const clamp = (value: number, low: number, high: number): number => Math.max(low, Math.min(high, value));

export function autoPageCacheMb(storeMb: number, totalMemoryMb: number): number {
  return Math.round(clamp(storeMb * PAGE_CACHE_PER_STORE_MB, DEFAULT_PAGE_CACHE_MB, totalMemoryMb * MAX_SHARE_OF_MEMORY));
}

export function autoHeapMb(storeMb: number, totalMemoryMb: number): number {
  const wanted = DEFAULT_HEAP_MB + Math.max(0, storeMb - DEFAULT_HEAP_MB) / 2;
  const stepped = Math.ceil(wanted / HEAP_STEP_MB) * HEAP_STEP_MB;
  return clamp(stepped, DEFAULT_HEAP_MB, Math.min(MAX_AUTO_HEAP_MB, totalMemoryMb * MAX_SHARE_OF_MEMORY));
}

export function chooseNeo4jMemory(inputs: MemoryInputs): Neo4jMemory {
  const pick = (key: keyof Neo4jMemoryRequest, auto: number): [number, MemorySource] => {
    const option = inputs.option?.[key];
    if (option !== undefined) return [option, 'option'];
    const env = inputs.env?.[key];
    if (env !== undefined) return [env, 'env'];
    return [auto, 'auto'];
  };
  const [heapMb, heapFrom] = pick('heapMb', autoHeapMb(inputs.storeMb, inputs.totalMemoryMb));
  const [pageCacheMb, pageCacheFrom] = pick('pageCacheMb', autoPageCacheMb(inputs.storeMb, inputs.totalMemoryMb));
  return { heapMb, pageCacheMb, storeMb: inputs.storeMb, heapFrom, pageCacheFrom };
}

/** Bytes under `<dataDir>/data/databases` (every database's store and index files), in MiB; 0 for a new dir. */
export function storeSizeMb(dataDir: string): number {
  const sum = (dir: string): number => {
    let bytes = 0;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return 0;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) bytes += sum(full);
      else if (entry.isFile()) bytes += statSync(full, { throwIfNoEntry: false })?.size ?? 0;
    }
    return bytes;
  };
  return sum(path.join(dataDir, 'data/databases')) / 2 ** 20;
}

/** -Xms never above -Xmx; 256 MB keeps a small start as before. */
export function heapFlags(memory: Neo4jMemory): string[] {
  return [`-Xms${Math.min(256, memory.heapMb)}m`, `-Xmx${memory.heapMb}m`];
}

const SOURCE_LABEL: Record<MemorySource, string> = {
  option: '调用方指定',
  env: '环境变量',
  auto: '按存储大小自动选择',
};

/** One line for the log: the sizes and why. */
export function describeNeo4jMemory(memory: Neo4jMemory): string {
  return (
    `本地 Neo4j 内存：堆 ${memory.heapMb} MB（${SOURCE_LABEL[memory.heapFrom]}），` +
    `页缓存 ${memory.pageCacheMb} MB（${SOURCE_LABEL[memory.pageCacheFrom]}）；存储 ${memory.storeMb.toFixed(0)} MB`
  );
}
