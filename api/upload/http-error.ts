// Errors of the upload routes as the GraphQL endpoint gives them: the same public shape
// (`{ errors: [{ message, extensions: { code, requestId } }] }`, formatted by formatError,
// graph failures through its one table) with the HTTP status of the code.
import type { Response } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { formatError, REFUSAL_HTTP, type RefusalCode } from '../errors.js';
import { logger } from '../logger.js';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  DATABASE_UNAVAILABLE: 503,
  TIMEOUT: 503,
  INTERNAL_SERVER_ERROR: 500,
  ...Object.fromEntries(Object.entries(REFUSAL_HTTP).map(([code, { status }]) => [code, status])),
};

export function sendError(res: Response, error: unknown): void {
  if (res.headersSent) {
    logger.warn({ err: error }, '上传响应已发出后出错');
    return;
  }
  // extensions.http is Apollo's instruction (status, headers), not part of the body.
  const { http: _http, ...extensions } = error instanceof GraphQLError ? error.extensions : {};
  const formatted = formatError({ message: error instanceof Error ? error.message : String(error), extensions }, error);
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const refusal = REFUSAL_HTTP[code as RefusalCode];
  if (refusal) for (const [name, value] of refusal.headers(extensions)) res.setHeader(name, value);
  const body: { errors: GraphQLFormattedError[] } = { errors: [formatted] };
  res.status(STATUS[code] ?? 500).json(body);
}
