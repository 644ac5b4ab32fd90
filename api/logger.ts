// One pino logger for the server. Readable lines (pino-pretty) when stdout is a terminal,
// JSON lines otherwise (pipes, files, CI, log collectors); LOG_LEVEL overrides the level.
import { pino } from 'pino';
import { requestFields } from './request-id.js';

const pretty = process.stdout.isTTY === true;

export const logger = pino({
  name: 'jurisgraph',
  // Tests assert on error codes; log lines from the code under test would only be noise.
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
  // Every line written while a request is served carries its id (see api/request-id.ts).
  mixin: requestFields,
  ...(pretty ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname,name' } } } : {}),
});

export type Logger = typeof logger;
