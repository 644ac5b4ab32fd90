// What every resolver receives: the id of its request (chosen by the requestScope
// middleware, sent back as x-request-id). Log through api/logger.ts: every line written
// during the request carries the id without being handed a logger.
import type { Request } from 'express';
import { acceptRequestId, currentRequestId, HEADER } from './request-id.js';

export interface ApiContext {
  requestId: string;
}

export async function createContext({ req }: { req: Request }): Promise<ApiContext> {
  // Outside requestScope (a server assembled without it) the header is still honoured.
  return { requestId: currentRequestId() ?? acceptRequestId(req.get(HEADER)) };
}
