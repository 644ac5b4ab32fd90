// The open-data downloads (docs/export.md), read-only and open like the GraphQL reads:
//   GET /export/data.json            every table, one JSON object
//   GET /export/<table>.csv          one table (jurisdictions, agencies, matters, responsibilities, bases, overlaps, rulings)
//   GET /export/graph.graphml        the graph for Gephi / yEd
// each with ?jurisdiction=蒸湘区 (the jurisdiction and everything below it; none: everything).
// Streamed as the rows are read (graph/export), never held whole. A refusal before the first
// byte (unknown jurisdiction, database down) is the GraphQL-shaped JSON error with its HTTP
// status, and so is a failure while nothing has been sent yet; a failure after the first bytes
// (the graph changed during the export, the database went away) aborts the response, so the
// client sees an incomplete download rather than a wrong one.
import { type Request, type Response, Router } from 'express';
import { GraphQLError } from 'graphql';
import { exportCsv, exportGraphml, exportJson } from '../../graph/export/export.js';
import { type ExportScope, openExportScope } from '../../graph/export/repository.js';
import { streamSink, type TextSink } from '../../graph/export/sink.js';
import { TABLE_NAMES } from '../../graph/export/tables.js';
import { errorResponse, formatError } from '../errors.js';
import { logger } from '../logger.js';
import { withoutServerPaths } from '../server-paths.js';

/** HTTP status of each public error code; anything else is ours (500). */
const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, DATABASE_UNAVAILABLE: 503, TIMEOUT: 503 };

/** Longest an export may take: it holds a database session, and a client reading slowly must not hold it for ever. */
export const EXPORT_TIME_LIMIT_MS = 10 * 60_000;

/**
 * Exports one server runs at once. A whole-graph export reads every row and computes every
 * jurisdiction's overlap analysis: on an open server, a few clients asking for it in a loop
 * must not take every CPU and database session. Per process (each replica has its own).
 */
export const MAX_CONCURRENT_EXPORTS = 2;
/** Seconds a refused client is asked to wait. */
const RETRY_AFTER_S = 30;

/** Counts the exports in progress; `acquire` answers null when all slots are taken. */
export function exportSlots(max: number) {
  let running = 0;
  return {
    acquire(): (() => void) | null {
      if (running >= max) return null;
      running += 1;
      let released = false;
      return () => {
        if (!released) running -= 1;
        released = true;
      };
    },
    get running() {
      return running;
    },
  };
}

/** A query parameter as one string (null when absent or empty); the first when repeated. */
function one(value: unknown): string | null {
  if (Array.isArray(value)) return one(value[0]);
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** RFC 6266 / 5987: an ASCII fallback and the real name (with the jurisdiction, Chinese) percent-encoded as UTF-8. */
export function attachment(asciiName: string, name: string): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encoded}`;
}

/** Characters a file name cannot hold on Windows or in a header. */
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\p{Cc}]/gu;

function downloadName(scope: ExportScope, base: string): string {
  const where = scope.jurisdiction?.replace(UNSAFE_IN_FILE_NAME, '').slice(0, 60);
  return where ? `jurisgraph-${where}-${base}` : `jurisgraph-${base}`;
}

interface Download {
  /** The file name without the jurisdiction (ASCII) and its extension. */
  base: string;
  type: string;
  write: (scope: ExportScope, sink: TextSink) => Promise<unknown>;
}

function handler(download: Download, slots: ReturnType<typeof exportSlots>) {
  return async (req: Request, res: Response): Promise<void> => {
    const release = slots.acquire();
    if (!release) {
      res
        .status(429)
        .set('Retry-After', String(RETRY_AFTER_S))
        .json(errorResponse('RATE_LIMITED', `导出繁忙：已有 ${MAX_CONCURRENT_EXPORTS} 个导出在进行，请 ${RETRY_AFTER_S} 秒后重试`));
      return;
    }
    try {
      await exportTo(download, req, res);
    } finally {
      release();
    }
  };
}

/** The export itself: the scope first (a refusal is still possible), then the headers and the rows. */
async function exportTo(download: Download, req: Request, res: Response): Promise<void> {
  let scope: ExportScope;
  try {
    scope = await openExportScope(one(req.query.jurisdiction));
  } catch (error) {
    refuse(res, error);
    return;
  }
  const deadline = setTimeout(() => {
    logger.warn({ ms: EXPORT_TIME_LIMIT_MS }, '导出超时，连接已断开');
    res.destroy();
  }, EXPORT_TIME_LIMIT_MS);
  res
    .status(200)
    .type(download.type)
    .set('Content-Disposition', attachment(`jurisgraph-${download.base}`, downloadName(scope, download.base)))
    .set('Cache-Control', 'no-store')
    .set('X-Graph-Version', String(scope.version));
  try {
    await download.write(scope, streamSink(res));
    res.end();
  } catch (error) {
    logger.warn({ err: error }, '导出中断');
    if (!res.headersSent) {
      // Nothing sent yet (the first 64 kB are buffered): still time for a proper refusal.
      res.removeHeader('Content-Disposition');
      refuse(res, error);
    } else {
      // Headers and part of the body are gone: all that is left is not to finish the download.
      res.destroy();
    }
  } finally {
    clearTimeout(deadline);
  }
}

/** A refusal before anything was sent: the same error JSON as GraphQL, with its HTTP status. */
function refuse(res: Response, error: unknown): void {
  const formatted = formatError(
    { message: (error as Error).message ?? '', extensions: error instanceof GraphQLError ? error.extensions : undefined },
    error,
  );
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  res.status(STATUS[code] ?? 500).json({ errors: [withoutServerPaths(formatted)] });
}

export function exportRoutes(slots = exportSlots(MAX_CONCURRENT_EXPORTS)): Router {
  const router = Router();
  router.get(
    '/data.json',
    handler({ base: 'data.json', type: 'application/json; charset=utf-8', write: (scope, sink) => exportJson(scope, sink) }, slots),
  );
  router.get(
    '/graph.graphml',
    handler(
      { base: 'graph.graphml', type: 'application/graphml+xml; charset=utf-8', write: (scope, sink) => exportGraphml(scope, sink) },
      slots,
    ),
  );
  for (const table of TABLE_NAMES) {
    router.get(
      `/${table}.csv`,
      handler(
        {
          base: `${table}.csv`,
          type: 'text/csv; charset=utf-8; header=present',
          write: (scope, sink) => exportCsv(scope, table, sink),
        },
        slots,
      ),
    );
  }
  return router;
}
