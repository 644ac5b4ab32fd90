// Is Neo4j there, and which one? One auto-commit query with no retries, so the answer
// comes within the driver's connection timeout. Nothing is cached: every call asks the
// server again, so the answer turns true by itself once the server is back.
import { currentConnection, runOnce } from './driver.js';
import { toGraphError, type GraphErrorCode } from './errors.js';

export interface Neo4jHealth {
  reachable: boolean;
  version: string | null;
  edition: string | null;
  /** The configured address (never credentials). */
  address: string;
  database: string | null;
  latencyMs: number;
  /** Set when unreachable: a stable code and a message for people. */
  code: GraphErrorCode | null;
  message: string | null;
}

export async function neo4jHealth(): Promise<Neo4jHealth> {
  const { uri, database } = currentConnection();
  const started = Date.now();
  const base = { address: uri, database: database ?? null };
  try {
    const result = await runOnce('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition');
    const row = result.records[0];
    return {
      ...base,
      reachable: true,
      version: row ? String(row.get('version')) : null,
      edition: row ? String(row.get('edition')) : null,
      latencyMs: Date.now() - started,
      code: null,
      message: null,
    };
  } catch (error) {
    const graphError = toGraphError(error);
    return { ...base, reachable: false, version: null, edition: null, latencyMs: Date.now() - started, code: graphError.code, message: graphError.message };
  }
}
