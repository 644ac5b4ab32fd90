// Is Neo4j there, and which one? One auto-commit query with no retries, so the answer
// comes within the driver's connection timeout. Nothing is cached: every call asks the
// server again, so the answer turns true by itself once the server is back.
// serviceHealth() adds what the supervisor of the local Neo4j knows (restarting, given up):
// the one answer behind /healthz and the `health` query.
import { currentConnection, runOnce } from './driver.js';
import { toGraphError, type GraphErrorCode } from './errors.js';
import type { SupervisionStatus } from './supervisor.js';

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
    return {
      ...base,
      reachable: false,
      version: null,
      edition: null,
      latencyMs: Date.now() - started,
      code: graphError.code,
      message: graphError.message,
    };
  }
}

/** ok: Neo4j answers; restarting: the local Neo4j died and is being started again; failed: its supervisor gave up; degraded: unreachable otherwise. */
export type ServiceStatus = 'ok' | 'degraded' | 'restarting' | 'failed';

export interface ServiceHealth {
  status: ServiceStatus;
  neo4j: Neo4jHealth;
  /** The local Neo4j's supervision, null when it is not supervised (NEO4J_URI, a CLI). */
  supervision: SupervisionStatus | null;
}

let supervision: (() => SupervisionStatus) | undefined;

/** Set by openGraph when it supervises the local Neo4j; undefined when that ends. */
export function reportSupervision(source: (() => SupervisionStatus) | undefined): void {
  supervision = source;
}

export async function serviceHealth(): Promise<ServiceHealth> {
  const neo4j = await neo4jHealth();
  const supervised = supervision?.() ?? null;
  const away = supervised && (supervised.state === 'restarting' || supervised.state === 'failed') ? supervised.state : 'degraded';
  return { status: neo4j.reachable ? 'ok' : away, neo4j, supervision: supervised };
}
