// Every error the graph layer reports, with stable codes, in one place: Neo4j failures
// (everything that runs Cypher goes through graph/driver.ts, which passes every failure
// through toGraphError) and the domain failures of a question (an unknown jurisdiction,
// agency or cursor), created by the constructors below. Callers (API, CLI) switch on
// `code`, never on driver internals; which public code a GraphError becomes is api's
// business (api/errors.ts), so nothing here speaks of BAD_USER_INPUT.
import { Neo4jError } from 'neo4j-driver';

/** The user's input names something the graph does not hold. Never retryable. */
export type DomainErrorCode =
  /** A jurisdiction (辖区) no loaded document belongs to. */
  | 'UNKNOWN_JURISDICTION'
  /** Agency names of which at least one matches no agency of the jurisdiction. */
  | 'UNKNOWN_AGENCY'
  /** Agency names that each match something, but some match several agencies. */
  | 'AMBIGUOUS_AGENCY'
  /** A pagination cursor that names no item of the requested list. */
  | 'UNKNOWN_CURSOR'
  /** A ruling (graph/rulings/) whose input is invalid: a date in the future, a reference taken, nothing to withdraw. */
  | 'INVALID_RULING'
  /** A local succession record (graph/succession/) that cannot be recorded: a bad kind, date, source or a contradiction. */
  | 'INVALID_SUCCESSION';

export type GraphErrorCode =
  | DomainErrorCode
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
  // The constructors below name what was not found; these are their fallbacks.
  UNKNOWN_JURISDICTION: '未知的辖区',
  UNKNOWN_AGENCY: '辖区内未找到部门',
  AMBIGUOUS_AGENCY: '部门名称不唯一，请写全称',
  UNKNOWN_CURSOR: '无效的游标',
  INVALID_RULING: '协调意见的内容有误',
  INVALID_SUCCESSION: '机构沿革记录有误',
};

/** A name that fits several agencies, with the candidates' canonical names. */
export interface AmbiguousName {
  name: string;
  candidates: string[];
}

/**
 * What a domain failure names, as plain data the API may pass on to the client
 * (e.g. which jurisdiction was unknown).
 */
export type GraphErrorDetails =
  | { jurisdiction: string }
  | { agencies: string[]; ambiguous: AmbiguousName[] }
  | { cursor: string }
  | { field: string }
  | { problems: string[] };

const RETRYABLE = new Set<GraphErrorCode>(['DATABASE_UNAVAILABLE', 'TRANSIENT']);

export class GraphError extends Error {
  readonly code: GraphErrorCode;
  readonly retryable: boolean;
  /** Neo4j's own status code (e.g. Neo.ClientError.Schema.ConstraintValidationFailed), when there is one. */
  readonly neo4jCode: string | undefined;
  /** For domain failures: what the input named that the graph does not hold. */
  readonly details: GraphErrorDetails | undefined;

  constructor(code: GraphErrorCode, options: { cause?: unknown; neo4jCode?: string; message?: string; details?: GraphErrorDetails } = {}) {
    super(options.message ?? MESSAGES[code], { cause: options.cause });
    this.name = 'GraphError';
    this.code = code;
    this.retryable = RETRYABLE.has(code);
    this.neo4jCode = options.neo4jCode;
    this.details = options.details;
  }
}

/** The user named a place the graph does not know. */
export function unknownJurisdiction(jurisdiction: string): GraphError {
  return new GraphError('UNKNOWN_JURISDICTION', { message: `未知的辖区：${jurisdiction}`, details: { jurisdiction } });
}

/** Agency names that resolve to no single agency of the jurisdiction: some unknown, some ambiguous. */
export function unresolvedAgencies(unknown: string[], ambiguous: AmbiguousName[] = []): GraphError {
  const parts = [
    ...(unknown.length ? [`辖区内未找到部门：${unknown.join('、')}`] : []),
    ...ambiguous.map((a) => `“${a.name}”可能指：${a.candidates.join('、')}，请写全称`),
  ];
  return new GraphError(unknown.length ? 'UNKNOWN_AGENCY' : 'AMBIGUOUS_AGENCY', {
    message: parts.join('；'),
    details: { agencies: unknown, ambiguous },
  });
}

/** A pagination cursor that names no item of the requested list. */
export function unknownCursor(cursor: string): GraphError {
  return new GraphError('UNKNOWN_CURSOR', { message: `无效的游标：${cursor}`, details: { cursor } });
}

/** A ruling's input that cannot be recorded; `field` names the input field at fault. */
export function invalidRuling(field: string, message: string): GraphError {
  return new GraphError('INVALID_RULING', { message, details: { field } });
}

/** A succession record that cannot be recorded; `problems` are the Chinese messages, each naming its row or field. */
export function invalidSuccession(problems: string[]): GraphError {
  return new GraphError('INVALID_SUCCESSION', { message: `机构沿革记录有误：${problems.join('；')}`, details: { problems } });
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
