// Neo4j errors mapped to domain errors with stable codes, in one place. Everything
// that runs Cypher goes through graph/driver.ts, which passes every failure through
// toGraphError; callers (API, CLI) switch on `code`, never on driver internals.
import { Neo4jError } from 'neo4j-driver';

export type GraphErrorCode =
  /** The server cannot be reached or went away (down, restarting, network). Retryable. */
  | 'DATABASE_UNAVAILABLE'
  /** Credentials rejected. */
  | 'AUTHENTICATION_FAILED'
  /** NEO4J_DATABASE names a database the server does not have. */
  | 'DATABASE_NOT_FOUND'
  /** A uniqueness or existence constraint rejected a write. */
  | 'CONSTRAINT_VIOLATION'
  /** Deadlock, lock timeout, leader switch...: the same work may succeed if retried. */
  | 'TRANSIENT'
  /** The transaction ran past its time limit or was terminated. */
  | 'QUERY_TIMEOUT'
  /** Cypher syntax/semantics/parameter errors: a bug in our queries, not the user's input. */
  | 'INVALID_QUERY'
  | 'QUERY_FAILED';

/** User-facing (Chinese) messages per code; the driver's message stays in `cause`. */
const MESSAGES: Record<GraphErrorCode, string> = {
  DATABASE_UNAVAILABLE: '数据库不可用：无法连接 Neo4j，请稍后重试',
  AUTHENTICATION_FAILED: '数据库拒绝登录：请检查 NEO4J_USERNAME 和 NEO4J_PASSWORD',
  DATABASE_NOT_FOUND: '数据库不存在：请检查 NEO4J_DATABASE',
  CONSTRAINT_VIOLATION: '写入违反了数据库约束',
  TRANSIENT: '数据库暂时繁忙，请重试',
  QUERY_TIMEOUT: '数据库查询超时',
  INVALID_QUERY: '数据库查询有误（程序错误）',
  QUERY_FAILED: '数据库查询失败',
};

const RETRYABLE = new Set<GraphErrorCode>(['DATABASE_UNAVAILABLE', 'TRANSIENT']);

export class GraphError extends Error {
  readonly code: GraphErrorCode;
  readonly retryable: boolean;
  /** Neo4j's own status code (e.g. Neo.ClientError.Schema.ConstraintValidationFailed), when there is one. */
  readonly neo4jCode: string | undefined;

  constructor(code: GraphErrorCode, options: { cause?: unknown; neo4jCode?: string; message?: string } = {}) {
    super(options.message ?? MESSAGES[code], { cause: options.cause });
    this.name = 'GraphError';
    this.code = code;
    this.retryable = RETRYABLE.has(code);
    this.neo4jCode = options.neo4jCode;
  }
}

function codeFor(neo4jCode: string): GraphErrorCode {
  if (neo4jCode === 'ServiceUnavailable' || neo4jCode === 'SessionExpired') return 'DATABASE_UNAVAILABLE';
  if (neo4jCode === 'Neo.TransientError.General.DatabaseUnavailable') return 'DATABASE_UNAVAILABLE';
  if (neo4jCode.startsWith('Neo.ClientError.Security.')) return 'AUTHENTICATION_FAILED';
  if (neo4jCode === 'Neo.ClientError.Database.DatabaseNotFound') return 'DATABASE_NOT_FOUND';
  if (neo4jCode === 'Neo.ClientError.Schema.ConstraintValidationFailed') return 'CONSTRAINT_VIOLATION';
  if (/^Neo\.(Client|Transient)Error\.Transaction\.(TransactionTimedOut|Terminated|LockClientStopped)/.test(neo4jCode)) {
    return 'QUERY_TIMEOUT';
  }
  if (neo4jCode.startsWith('Neo.TransientError.')) return 'TRANSIENT';
  if (neo4jCode.startsWith('Neo.ClientError.Statement.') || neo4jCode.startsWith('Neo.ClientError.Procedure.')) {
    return 'INVALID_QUERY';
  }
  return 'QUERY_FAILED';
}

/** Socket-level failures the driver may surface before wrapping them. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);

export function toGraphError(error: unknown): GraphError {
  if (error instanceof GraphError) return error;
  if (error instanceof Neo4jError) {
    return new GraphError(codeFor(error.code), { cause: error, neo4jCode: error.code });
  }
  const errno = (error as { code?: unknown } | null)?.code;
  if (typeof errno === 'string' && NETWORK_CODES.has(errno)) {
    return new GraphError('DATABASE_UNAVAILABLE', { cause: error });
  }
  return new GraphError('QUERY_FAILED', { cause: error, message: error instanceof Error ? error.message : String(error) });
}

/**
 * What the single execution path rethrows: driver and network failures become
 * GraphErrors; anything else (a bug in a transaction callback, a domain error it threw)
 * passes through untouched so its type and stack survive.
 */
export function fromExecution(error: unknown): unknown {
  if (error instanceof GraphError || error instanceof Neo4jError) return toGraphError(error);
  const errno = (error as { code?: unknown } | null)?.code;
  return typeof errno === 'string' && NETWORK_CODES.has(errno) ? toGraphError(error) : error;
}

/** One line for logs and CLIs: the domain message plus the driver's reason. */
export function describeGraphError(error: GraphError): string {
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause && cause !== error.message ? `${error.message}（${error.neo4jCode ?? error.code}: ${cause}）` : error.message;
}
