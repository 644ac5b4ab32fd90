// The lines the server's one logger (api/logger.ts) writes while a test runs, parsed,
// at info level whatever LOG_LEVEL says: pino's destination stream is intercepted, so
// what is checked is exactly what would have been written (mixin fields included).
import { pino } from 'pino';
import { vi } from 'vitest';
import { logger } from '../api/logger.js';

export type LogLine = Record<string, unknown>;

export interface LogCapture {
  lines(): LogLine[];
  stop(): void;
}

export function captureLog(): LogCapture {
  const stream = (logger as unknown as Record<symbol, { write(line: string): boolean }>)[pino.symbols.streamSym]!;
  const written: string[] = [];
  const spy = vi.spyOn(stream, 'write').mockImplementation((line: string) => {
    written.push(line);
    return true;
  });
  const level = logger.level;
  logger.level = 'info';
  return {
    lines: () => written.map((line) => JSON.parse(line) as LogLine),
    stop: () => {
      logger.level = level;
      spy.mockRestore();
    },
  };
}
