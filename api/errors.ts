// The public error contract: every GraphQL error leaves with one of a small set of
// codes in extensions.code, formatted here and nowhere else.
//   BAD_USER_INPUT         the question or an argument is wrong (services throw it)
//   DATABASE_UNAVAILABLE   Neo4j cannot be reached or refused us; retry later
//   TIMEOUT                the database query ran out of time
//   INTERNAL_SERVER_ERROR  a bug; details go to the log, not to the client
// plus the codes Apollo and our guards set for invalid requests (GRAPHQL_PARSE_FAILED,
// GRAPHQL_VALIDATION_FAILED, QUERY_TOO_COMPLEX, …), which pass through unchanged.
// Stack traces only when NODE_ENV=development.
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphError, type GraphErrorCode, describeGraphError } from '../graph/errors.js';
import { logger } from './logger.js';

export type ApiErrorCode = 'BAD_USER_INPUT' | 'DATABASE_UNAVAILABLE' | 'TIMEOUT' | 'INTERNAL_SERVER_ERROR';

const GRAPH_TO_API: Record<GraphErrorCode, ApiErrorCode> = {
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  AUTHENTICATION_FAILED: 'DATABASE_UNAVAILABLE',
  DATABASE_NOT_FOUND: 'DATABASE_UNAVAILABLE',
  TRANSIENT: 'DATABASE_UNAVAILABLE',
  QUERY_TIMEOUT: 'TIMEOUT',
  CONSTRAINT_VIOLATION: 'INTERNAL_SERVER_ERROR',
  INVALID_QUERY: 'INTERNAL_SERVER_ERROR',
  QUERY_FAILED: 'INTERNAL_SERVER_ERROR',
};

const INTERNAL_MESSAGE = '服务器内部错误，请稍后重试或联系管理员';

export const isDevelopment = (): boolean => process.env.NODE_ENV === 'development';

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const development = isDevelopment();
  const { stacktrace, ...extensions } = formatted.extensions ?? {};
  const keep = development && stacktrace ? { stacktrace } : {};

  if (original instanceof GraphError) {
    const code = GRAPH_TO_API[original.code];
    if (code === 'INTERNAL_SERVER_ERROR') {
      logger.error({ err: original, cause: original.cause, path: formatted.path }, describeGraphError(original));
      return { ...formatted, message: development ? describeGraphError(original) : INTERNAL_MESSAGE, extensions: { ...keep, code } };
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
