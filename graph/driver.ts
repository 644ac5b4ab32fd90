// The single execution path for Cypher: one neo4j driver per process, sessions opened
// with an explicit access mode so neo4j:// routing URIs (a cluster, Aura) send reads to
// readers and writes to the leader, and every failure mapped by graph/errors.ts.
//
// Integer policy (chosen once, here): `disableLosslessIntegers: true`, so Neo4j
// integers arrive as JS numbers. Our integers are counts, line numbers and sequence
// numbers, far below 2^53; plain numbers keep GraphQL and JSON free of Integer objects.
// The other direction is not symmetric: a JS number parameter arrives in Cypher as a
// float, so write `LIMIT toInteger($limit)` where Cypher insists on an integer.
import { AsyncLocalStorage } from 'node:async_hooks';
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type Record as Neo4jRecord, type SessionMode } from 'neo4j-driver';
import { loadConfig, type Neo4jConnection } from './config.js';
import { fromExecution } from './errors.js';

export type Params = Record<string, unknown>;

/**
 * How long managed transactions retry transient failures (including a server that went
 * away). Short, so that an API request during an outage answers DATABASE_UNAVAILABLE
 * well before the request timeout instead of TIMEOUT.
 */
const MAX_RETRY_MS = 3_000;

let connection: Neo4jConnection | undefined;
let driver: Driver | undefined;

/**
 * Points the process at a Neo4j server. Call before the first query when the address
 * is only known at run time (the local launcher's port); otherwise the driver is
 * created lazily from the environment (NEO4J_URI, or the local launcher's port).
 */
export async function useConnection(next: Neo4jConnection): Promise<void> {
  if (driver && connection && sameConnection(connection, next)) return;
  await closeDriver();
  connection = next;
}

function sameConnection(a: Neo4jConnection, b: Neo4jConnection): boolean {
  return a.uri === b.uri && a.username === b.username && a.password === b.password && a.database === b.database;
}

export function currentConnection(): Neo4jConnection {
  if (!connection) {
    const config = loadConfig();
    connection = config.external ?? { uri: `bolt://127.0.0.1:${config.local.port}`, database: 'neo4j' };
  }
  return connection;
}

export function getDriver(): Driver {
  if (!driver) {
    const { uri, username, password } = currentConnection();
    driver = neo4j.driver(uri, username ? neo4j.auth.basic(username, password ?? '') : undefined, {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: MAX_RETRY_MS,
      // Fail fast when the server is down, so the API answers "unavailable" promptly.
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 15_000,
      userAgent: 'jurisgraph',
    });
  }
  return driver;
}

export async function closeDriver(): Promise<void> {
  const closing = driver;
  driver = undefined;
  await closing?.close();
}

function session(mode: SessionMode) {
  return getDriver().session({ defaultAccessMode: mode, database: currentConnection().database });
}

async function inSession<T>(mode: SessionMode, work: (s: ReturnType<typeof session>) => Promise<T>): Promise<T> {
  const s = session(mode);
  try {
    return await work(s);
  } catch (error) {
    throw fromExecution(error);
  } finally {
    await s.close().catch(() => undefined);
  }
}

/** The transaction of a `withPinnedReads` scope: every read inside it runs there. */
const pinned = new AsyncLocalStorage<ManagedTransaction>();

/**
 * Runs `fn` in a managed read transaction (retried on transient failures) on a READ session;
 * inside `withPinnedReads`, in that scope's transaction instead.
 */
export function withReadTransaction<T>(fn: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const tx = pinned.getStore();
  if (tx) return fn(tx);
  return inSession(neo4j.session.READ, (s) => s.executeRead(fn));
}

/**
 * Runs `first` and then `reads` in ONE write transaction, and every read `reads` makes
 * through this module (readQuery, withReadTransaction) in that transaction too: `first`
 * takes a lock (graph/version.ts), so the reads see one committed state of the graph.
 * Retried as a whole on transient failures: keep it read-only apart from `first`.
 */
export function withPinnedReads<T>(first: (tx: ManagedTransaction) => Promise<unknown>, reads: () => Promise<T>): Promise<T> {
  return withWriteTransaction(async (tx) => {
    await first(tx);
    return pinned.run(tx, reads);
  });
}

/** Runs `fn` in a managed write transaction (retried on transient failures): keep `fn` idempotent. */
export function withWriteTransaction<T>(fn: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return inSession(neo4j.session.WRITE, (s) => s.executeWrite(fn));
}

export function readQuery(cypher: string, params: Params = {}): Promise<Neo4jRecord[]> {
  return withReadTransaction(async (tx) => (await tx.run(cypher, params)).records);
}

export function writeQuery(cypher: string, params: Params = {}): Promise<Neo4jRecord[]> {
  return withWriteTransaction(async (tx) => (await tx.run(cypher, params)).records);
}

/**
 * One auto-commit query, no retries: for probes that must answer promptly (health) and
 * for statements that cannot run inside a managed transaction (CALL ... IN TRANSACTIONS).
 */
export function runOnce(cypher: string, params: Params = {}, mode: 'READ' | 'WRITE' = 'READ'): Promise<QueryResult> {
  return inSession(mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE, (s) => s.run(cypher, params));
}
