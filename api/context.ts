// What every resolver receives: a request id (also sent back as x-request-id) and a
// logger bound to it, so one request's lines can be found together.
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { logger, type Logger } from './logger.js';

export interface ApiContext {
  requestId: string;
  log: Logger;
}

export async function createContext({ req, res }: { req: Request; res: Response }): Promise<ApiContext> {
  const header = req.get('x-request-id');
  const requestId = header && /^[\w.-]{1,64}$/.test(header) ? header : randomUUID();
  res.setHeader('x-request-id', requestId);
  return { requestId, log: logger.child({ requestId }) };
}
