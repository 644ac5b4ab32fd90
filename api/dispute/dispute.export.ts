// GET /export/dispute.docx?jurisdiction=…&question=…&agencies=…&agencies=… : the dossier as a
// Word draft (dossier-docx.ts). A read, open like the GraphQL query, with the same argument
// checks; a refusal is the same GraphQL-shaped JSON error the query gives, with an HTTP status.
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Dossier } from '../../graph/dispute/dossier.js';
import { formatError } from '../errors.js';
import { withoutServerPaths } from '../server-paths.js';
import { dossierRecord } from './dispute.service.js';
import { dossierDocx } from './dossier-docx.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** HTTP status of each public error code; anything else is ours (500). */
const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, DATABASE_UNAVAILABLE: 503, TIMEOUT: 503 };

/** A query parameter as one string ('' when absent); the first when repeated. */
function one(value: unknown): string {
  if (Array.isArray(value)) return one(value[0]);
  return typeof value === 'string' ? value : '';
}

/** A repeatable query parameter as a list (agencies=a&agencies=b, or one agencies=a). */
function many(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

/** RFC 5987 / 6266: a plain ASCII fallback and the real (Chinese) name percent-encoded as UTF-8. */
export function contentDisposition(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="dispute.docx"; filename*=UTF-8''${encoded}`;
}

/** Today in China (UTC+8, no daylight saving): the date a draft is written on. */
function today(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Characters a file name cannot hold on Windows or in a header; questions may contain any. */
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\p{Cc}]/gu;

/** The handler. No absolute server path leaves the server (api/server-paths.ts), in a file neither. */
export function disputeDocxExport() {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      const dossier: Dossier = withoutServerPaths(
        await dossierRecord({
          jurisdiction: one(req.query.jurisdiction),
          question: one(req.query.question),
          agencies: many(req.query.agencies),
        }),
      );
      const bytes = await dossierDocx(dossier, today());
      const name = `职责界定意见（草稿）-${dossier.jurisdiction.name}-${dossier.question}`.replace(UNSAFE_IN_FILE_NAME, '').slice(0, 80);
      res
        .status(200)
        .type(DOCX)
        .set('Content-Disposition', contentDisposition(`${name}.docx`))
        .send(bytes);
    } catch (error) {
      if (res.headersSent) return;
      const formatted = formatError(
        { message: (error as Error).message ?? '', extensions: error instanceof GraphQLError ? error.extensions : undefined },
        error,
      );
      const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      res.status(STATUS[code] ?? 500).json({ errors: [withoutServerPaths(formatted)] });
    }
  };
}
