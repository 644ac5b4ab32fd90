// What every resolver receives: the id of its request (chosen by the requestScope
// middleware, sent back as x-request-id), the client's address and its credentials (the
// `Authorization: Bearer` token, looked up once here). Log through api/logger.ts: every
// line written during the request carries the id without being handed a logger.
import type { Request } from 'express';
import type { Credentials } from './auth/actor.js';
import { credentialsFor } from './auth/credentials.js';
import { isCrossSite } from './auth/origin.js';
import { acceptRequestId, currentRequestId, HEADER } from './request-id.js';

export type { Actor, Credentials } from './auth/actor.js';

export interface ApiContext {
  requestId: string;
  /**
   * The client's address: the socket's peer, or the one X-Forwarded-For names only when
   * the operator set TRUST_PROXY (api/auth/address.ts).
   */
  address: string;
  credentials: Credentials;
  /**
   * The request came from another site's page (an Origin header that is neither this
   * server's own origin nor in ALLOWED_ORIGINS): it may read, never write. Absent = false.
   */
  crossSite?: boolean;
}

export async function createContext({ req }: { req: Request }): Promise<ApiContext> {
  // Outside requestScope (a server assembled without it) the header is still honoured.
  return {
    requestId: currentRequestId() ?? acceptRequestId(req.get(HEADER)),
    address: clientAddress(req),
    credentials: credentialsFor(req.get('authorization')),
    crossSite: isCrossSite(req),
  };
}

/** req.ip follows Express's 'trust proxy' setting (api/server.ts sets it from TRUST_PROXY only). */
export function clientAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
