// Environment configuration, validated once at start. A bad value stops the program
// with a message that names the variable, instead of failing later somewhere deep.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const BOLT_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

/** Unset and blank are the same: `NEO4J_URI=` in a .env file means "not set". */
const optionalText = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().optional());

/** `min: 0` lets PORT=0 ask the OS for any free port (tests). */
const port = (fallback: number, min = 1) => {
  const message = `应为 ${min}–65535 之间的整数`;
  return z.preprocess(
    (v) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? fallback : Number(v)),
    z.number({ error: message }).int(message).min(min, message).max(65535, message),
  );
};

/** The launcher starts the JVM with -Xms256m: a smaller -Xmx would not start. */
export const MIN_HEAP_MB = 256;
export const MIN_PAGE_CACHE_MB = 64;

/** "512m", "2g", "1.5G", "2GiB" -> MiB (rounded); undefined when the text is not such a size. */
export function parseMemorySizeMb(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([mg])(?:i?b)?$/i.exec(text.trim());
  if (!match) return undefined;
  return Math.round(Number(match[1]) * (match[2]!.toLowerCase() === 'g' ? 1024 : 1));
}

/** A size in MiB from text with a unit, at least `minMb` and at most this machine's memory. */
const memorySize = (minMb: number) => {
  const totalMb = Math.floor(os.totalmem() / 2 ** 20);
  const message = `应为内存大小（数字加单位 m 或 g，例如 512m、2g），不小于 ${minMb}m，不大于本机内存（${totalMb}m）`;
  return z.preprocess(
    (v) => (typeof v !== 'string' || v.trim() === '' ? undefined : (parseMemorySizeMb(v) ?? Number.NaN)),
    z.number({ error: message }).int(message).min(minMb, message).max(totalMb, message).optional(),
  );
};

/** Memory of the local Neo4j; unset means sized to its store (graph/neo4jMemory.ts). */
const neo4jMemoryShape = {
  JURISGRAPH_NEO4J_HEAP: memorySize(MIN_HEAP_MB),
  JURISGRAPH_NEO4J_PAGECACHE: memorySize(MIN_PAGE_CACHE_MB),
};

const envSchema = z.object({
  ...neo4jMemoryShape,
  NEO4J_URI: optionalText.refine(
    (v) => v === undefined || BOLT_SCHEMES.some((s) => v.startsWith(`${s}://`)),
    `应为 Neo4j 连接地址，以 ${BOLT_SCHEMES.map((s) => `${s}://`).join('、')} 开头，例如 neo4j+s://xxxx.databases.neo4j.io`,
  ),
  NEO4J_USERNAME: optionalText,
  NEO4J_PASSWORD: optionalText,
  NEO4J_DATABASE: optionalText,
  NEO4J_LOCAL_PORT: port(7687),
  NEO4J_DATA_DIR: optionalText,
  PORT: port(4000, 0),
  HOST: optionalText.default('127.0.0.1'),
});

export interface Neo4jConnection {
  uri: string;
  /**
   * Undefined means no credentials (an external server without auth). The local launcher
   * always has them: generated into its data dir (graph/localCredentials.ts).
   */
  username?: string;
  password?: string;
  /** Undefined means the server's default database. */
  database?: string;
}

export interface AppConfig {
  /** Set when NEO4J_URI is given: use that server and start no JVM. */
  external?: Neo4jConnection;
  local: { port: number; dataDir: string };
  server: { port: number; host: string };
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

/** The parsed variables, or a ConfigError naming each bad one with its value. */
function parseEnv<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv): z.infer<T> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '?');
    const value = env[name];
    return `  ${name}=${value === undefined ? '(未设置)' : JSON.stringify(value)}：${issue.message}`;
  });
  throw new ConfigError(`配置错误，请检查环境变量：\n${lines.join('\n')}`);
}

/** Heap and page cache asked for in the environment (MiB); what is unset is sized to the store. */
export interface Neo4jMemoryRequest {
  heapMb?: number;
  pageCacheMb?: number;
}

/**
 * JURISGRAPH_NEO4J_HEAP and JURISGRAPH_NEO4J_PAGECACHE, validated. Read by the launcher's
 * start itself (graph/localNeo4j.ts): tests and benches start it without loadConfig().
 */
export function loadNeo4jMemoryRequest(env: NodeJS.ProcessEnv = process.env): Neo4jMemoryRequest {
  const e = parseEnv(z.object(neo4jMemoryShape), env);
  return { heapMb: e.JURISGRAPH_NEO4J_HEAP, pageCacheMb: e.JURISGRAPH_NEO4J_PAGECACHE };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const e = parseEnv(envSchema, env);
  if (e.NEO4J_PASSWORD !== undefined && e.NEO4J_USERNAME === undefined) {
    throw new ConfigError('配置错误，请检查环境变量：\n  NEO4J_USERNAME=(未设置)：设置了 NEO4J_PASSWORD 时也要设置用户名（通常是 neo4j）');
  }
  return {
    external: e.NEO4J_URI
      ? { uri: e.NEO4J_URI, username: e.NEO4J_USERNAME, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
      : undefined,
    local: {
      port: e.NEO4J_LOCAL_PORT,
      dataDir: path.resolve(repoRoot, e.NEO4J_DATA_DIR ?? '.data/neo4j'),
    },
    server: { port: e.PORT, host: e.HOST },
  };
}
