// The id of the request being served, readable anywhere below the express middleware
// that sets it (AsyncLocalStorage follows the request through awaits, Apollo, resolvers
// and graph/): the logger stamps it on every line (api/logger.ts), formatError returns it
// in every error's extensions, and the response carries it as x-request-id, so a user
// can quote it and an operator can find that request's lines.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { NextFunction, Request, Response } from 'express';

const scope = new AsyncLocalStorage<string>();

export const HEADER = 'x-request-id';

/** The id of the request this code runs for; undefined outside a request (start-up, CLI, tests). */
export const currentRequestId = (): string | undefined => scope.getStore();

/** `{ requestId }` inside a request, `{}` outside: for the logger's mixin and error extensions. */
export function requestFields(): { requestId?: string } {
  const requestId = scope.getStore();
  return requestId === undefined ? {} : { requestId };
}

/**
 * A caller's own id (from a proxy, or a client retrying) is kept when it is a plain token,
 * so one id can follow a request across services; anything else (too long, spaces,
 * control characters that could forge log lines) is replaced by a fresh UUID.
 */
export function acceptRequestId(header: string | undefined): string {
  return header !== undefined && /^[\w.-]{1,64}$/.test(header) ? header : randomUUID();
}

/** The one method the access log needs, so this module does not import the logger (which imports it). */
export interface AccessLog {
  info(fields: object, message: string): void;
}

/**
 * Express middleware, mounted before everything else: chooses the id, sends it back,
 * runs the rest of the request inside its scope and writes one line when the response
 * is done (or the client went away).
 */
export function requestScope(log: AccessLog) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const requestId = acceptRequestId(req.get(HEADER));
    // Read now: mounted routers (app.use('/graphql', …)) rewrite req.url on the way down.
    const { method, path } = req;
    const started = performance.now();
    res.setHeader(HEADER, requestId);
    res.once('close', () => {
      const ms = Math.round((performance.now() - started) * 10) / 10;
      // 'close' is emitted outside the request's async scope: the id is passed explicitly.
      log.info(
        { requestId, method, path, status: res.statusCode, ms, ...(res.writableFinished ? {} : { aborted: true }) },
        `${method} ${path} ${res.statusCode} ${ms} ms`,
      );
    });
    scope.run(requestId, next);
  };
}
