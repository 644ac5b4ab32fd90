// REST beside /graphql, because a list is bytes, not a GraphQL argument:
//   POST /api/uploads?name=<file name>   body: the file, Content-Type: application/octet-stream
//        → 200 { upload: UploadReport }   a dry run: parsed and reported, nothing written
//   POST /api/uploads/<id>/commit         → 200 { commit: CommitReport }   written, audited
// Both need an editor token and count against its write limit. The token is checked before
// the body is read, so nobody without one can make the server buffer 32 MB. The required
// content type is not one a cross-site form can send without a preflight, which fails (no
// CORS headers); an Origin from another site is refused besides (api/auth/origin.ts).
import express, { type NextFunction, type Request, type Response, Router } from 'express';
import { MAX_FILE_BYTES } from '../../cli/load-report.js';
import type { Actor } from '../auth/actor.js';
import { requireEditor } from '../auth/editor.js';
import { type ApiContext, createContext } from '../context.js';
import { apiError } from '../errors.js';
import { sendError } from './http-error.js';
import { commitUpload, stageUpload } from './upload.service.js';

const UPLOAD_TYPE = 'application/octet-stream';

interface Editing {
  context: ApiContext;
  actor: Actor;
}

/** Mounted at /api/uploads by api/server.ts. */
export function uploadRoutes(): Router {
  const router = Router();
  const raw = express.raw({ type: UPLOAD_TYPE, limit: MAX_FILE_BYTES });

  router.post('/', asEditor, requireUploadType, raw, async (req, res) => {
    const { actor } = res.locals as Editing;
    const body = req.body instanceof Buffer ? req.body : Buffer.alloc(0);
    res.json({ upload: await stageUpload(actor, req.query.name, body) });
  });

  router.post('/:id/commit', asEditor, async (req, res) => {
    const { context, actor } = res.locals as Editing;
    res.json({ commit: await commitUpload(context, actor, String(req.params.id)) });
  });

  router.use(uploadErrors);
  return router;
}

/** The editor making this request, or the refusal (UNAUTHENTICATED, FORBIDDEN, RATE_LIMITED). */
async function asEditor(req: Request, res: Response, next: NextFunction): Promise<void> {
  const context = await createContext({ req });
  const actor = await requireEditor(context);
  Object.assign(res.locals, { context, actor } satisfies Editing);
  next();
}

function requireUploadType(req: Request, _res: Response, next: NextFunction): void {
  if (!req.is(UPLOAD_TYPE)) {
    throw apiError('UNSUPPORTED_MEDIA_TYPE', `上传须以 Content-Type: ${UPLOAD_TYPE} 发送文件内容`, {});
  }
  next();
}

function uploadErrors(error: unknown, _req: Request, res: Response, _next: NextFunction): void {
  const type = (error as { type?: unknown }).type;
  if (type === 'entity.too.large') {
    sendError(res, apiError('PAYLOAD_TOO_LARGE', `文件过大：上限 ${MAX_FILE_BYTES / 1024 / 1024} MB`, {}));
  } else if (type !== undefined && (error as { status?: number }).status === 400) {
    sendError(res, apiError('BAD_REQUEST', '请求体无法读取', {}));
  } else {
    sendError(res, error);
  }
}
