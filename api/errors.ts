// The public error contract: every GraphQL error leaves with one of a small set of
// codes in extensions.code, formatted here and nowhere else.
//   BAD_USER_INPUT         the question or an argument is wrong (extensions.argumentName says which)
//   DATABASE_UNAVAILABLE   Neo4j cannot be reached or refused us; retry later
//   TIMEOUT                the database query or the whole request ran out of time
//   INTERNAL_SERVER_ERROR  a bug; details go to the log, not to the client
//   UNAUTHENTICATED        a write without a token, or with one we do not know (HTTP 401)
//   FORBIDDEN              a write with a token lacking the editor role, or from another site (403)
//   RATE_LIMITED           too many writes for this token, or failed logins from this address (429, Retry-After)
// plus the codes Apollo and our guards set for invalid requests (GRAPHQL_PARSE_FAILED,
// GRAPHQL_VALIDATION_FAILED, QUERY_TOO_COMPLEX, …), which pass through unchanged, and
// BAD_REQUEST / PAYLOAD_TOO_LARGE for a body that is not JSON or too large (api/server.ts).
// Graph failures (GraphError) become public codes through one table; api/ code creates
// its own coded errors only with apiError. Every error carries extensions.requestId
// (the x-request-id of the response) so a user can quote it. Stack traces only when
// NODE_ENV=development.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphError, type GraphErrorCode, describeGraphError } from '../graph/errors.js';
import { logger } from './logger.js';
import { requestFields } from './request-id.js';

export type ApiErrorCode = 'BAD_USER_INPUT' | 'DATABASE_UNAVAILABLE' | 'TIMEOUT' | 'INTERNAL_SERVER_ERROR';

/** What clients see of each graph failure: the public code and, for the user's mistakes, the argument at fault. */
const GRAPH_TO_API: Record<GraphErrorCode, { code: ApiErrorCode; argumentName?: string }> = {
  DATABASE_UNAVAILABLE: { code: 'DATABASE_UNAVAILABLE' },
  AUTHENTICATION_FAILED: { code: 'DATABASE_UNAVAILABLE' },
  DATABASE_NOT_FOUND: { code: 'DATABASE_UNAVAILABLE' },
  TRANSIENT: { code: 'DATABASE_UNAVAILABLE' },
  QUERY_TIMEOUT: { code: 'TIMEOUT' },
  CONSTRAINT_VIOLATION: { code: 'INTERNAL_SERVER_ERROR' },
  INVALID_QUERY: { code: 'INTERNAL_SERVER_ERROR' },
  QUERY_FAILED: { code: 'INTERNAL_SERVER_ERROR' },
  UNKNOWN_JURISDICTION: { code: 'BAD_USER_INPUT', argumentName: 'jurisdiction' },
  UNKNOWN_AGENCY: { code: 'BAD_USER_INPUT', argumentName: 'agencies' },
  AMBIGUOUS_AGENCY: { code: 'BAD_USER_INPUT', argumentName: 'agencies' },
  UNKNOWN_CURSOR: { code: 'BAD_USER_INPUT', argumentName: 'after' },
  INVALID_RULING: { code: 'BAD_USER_INPUT', argumentName: 'input' },
  INVALID_SUCCESSION: { code: 'BAD_USER_INPUT', argumentName: 'input' },
};

const INTERNAL_MESSAGE = '服务器内部错误，请稍后重试或联系管理员';

export const isDevelopment = (): boolean => process.env.NODE_ENV === 'development';

/**
 * The one way api/ code (services, guards) creates a coded error: BAD_USER_INPUT naming
 * the argument (`{ argumentName: 'first' }`), or a refusal with its own code (QUERY_TOO_COMPLEX).
 */
export function apiError(
  code: 'BAD_USER_INPUT' | 'QUERY_TOO_COMPLEX' | RefusalCode | HttpErrorCode,
  message: string,
  extensions: Record<string, unknown>,
): GraphQLError {
  const refusal = REFUSAL_HTTP[code as RefusalCode];
  const http = refusal && { status: refusal.status, headers: new Map(refusal.headers(extensions)) };
  return new GraphQLError(message, { extensions: { code, ...(http ? { http } : {}), ...extensions } });
}

/** Writes refused before anything is written (api/auth/editor.ts). */
export type RefusalCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'RATE_LIMITED';

/**
 * The HTTP status and headers of each refusal, for GraphQL (Apollo applies extensions.http
 * to the response and removes it from the body) and for the upload routes alike.
 * 429 carries Retry-After from `extensions.retryAfter` (seconds).
 */
export const REFUSAL_HTTP: Record<RefusalCode, { status: number; headers: (extensions: Record<string, unknown>) => [string, string][] }> = {
  UNAUTHENTICATED: { status: 401, headers: () => [['www-authenticate', 'Bearer realm="jurisgraph"']] },
  FORBIDDEN: { status: 403, headers: () => [] },
  RATE_LIMITED: {
    status: 429,
    headers: (extensions) => (typeof extensions.retryAfter === 'number' ? [['retry-after', String(extensions.retryAfter)]] : []),
  },
};

/**
 * Codes of requests refused outside GraphQL: a body that is not JSON, a body over the size
 * limit; for the upload routes (api/upload) also an unknown or expired upload (404) and a
 * body that is not application/octet-stream (415).
 */
export type HttpErrorCode = 'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE' | 'NOT_FOUND' | 'UNSUPPORTED_MEDIA_TYPE';

/** A whole response of one error, for what answers outside GraphQL execution (the request timeout, a bad body). */
export function errorResponse(code: ApiErrorCode | HttpErrorCode | RefusalCode, message: string): { errors: GraphQLFormattedError[] } {
  return { errors: [{ message, extensions: { code, ...requestFields() } }] };
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const development = isDevelopment();
  const { stacktrace, ...extensions } = formatted.extensions ?? {};
  const keep = { ...(development && stacktrace ? { stacktrace } : {}), ...requestFields() };

  if (original instanceof GraphError) {
    const { code, argumentName } = GRAPH_TO_API[original.code];
    if (code === 'INTERNAL_SERVER_ERROR') {
      logger.error({ err: original, cause: original.cause, path: formatted.path }, describeGraphError(original));
      return { ...formatted, message: development ? describeGraphError(original) : INTERNAL_MESSAGE, extensions: { ...keep, code } };
    }
    if (argumentName) {
      logger.info({ code: original.code, path: formatted.path }, original.message);
      return { ...formatted, message: original.message, extensions: { ...original.details, ...keep, code, argumentName } };
    }
    logger.warn({ code: original.code, path: formatted.path }, describeGraphError(original));
    return { ...formatted, message: original.message, extensions: { ...keep, code, retryable: original.retryable } };
  }

  const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
  if (code === 'INTERNAL_SERVER_ERROR') {
    logger.error({ err: original, path: formatted.path }, 'unexpected error in a resolver');
    return { ...formatted, message: development ? formatted.message : INTERNAL_MESSAGE, extensions: { ...keep, code } };
  }
  return { ...formatted, extensions: { ...extensions, ...keep, code } };
}
