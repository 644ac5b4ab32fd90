// The built web page (dist/web, `npm run web:build`) at / and at every client-side route
// (/ask, the public page's short address, included).
// Vite names each file under assets/ by a hash of its content, so those are cached for a
// year (`immutable`); index.html names them, so browsers revalidate it on every load. The
// build writes a .br and a .gz next to each text file (vite.config.ts): a client that accepts
// one of them gets those bytes, and the server does no compression work per request.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type express from 'express';
import { repoRoot } from '../graph/config.js';
import { logger } from './logger.js';

export const webDir = path.join(repoRoot, 'dist/web');

export const CACHE_CONTROL = {
  /** Hashed file names: a changed file gets a new name. */
  hashedAsset: 'public, max-age=31536000, immutable',
  /** index.html and other unhashed files: always ask whether they changed (ETag / Last-Modified). */
  revalidate: 'no-cache',
} as const;

/** The pre-compressed siblings the build writes, best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

export function serveWeb(app: express.Express, dir: string): void {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) {
    logger.warn(`网页尚未构建（没有 ${path.relative(repoRoot, index)}）：运行 npm run web:build`);
    app.get('/', (_req, res) => {
      res.status(503).type('html').send(NOT_BUILT_PAGE);
    });
    return;
  }
  app.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/graphql')) return next();
    // /ask/ → /ask: the page names its files relative to itself (./assets/…), which under
    // /ask/ would be /ask/assets/… and not found.
    // One leading slash only: //evil.example/ must not become a redirect to another site.
    const trimmed = `/${req.path.replace(/^\/+|\/+$/g, '')}`;
    if (req.path.length > 1 && trimmed !== req.path && trimmed !== '/' && !path.extname(trimmed)) {
      const at = req.originalUrl.indexOf('?');
      return res.redirect(301, trimmed + (at >= 0 ? req.originalUrl.slice(at) : ''));
    }
    const file = fileFor(dir, req.path);
    if (!file || !existsSync(file)) return next();
    const relative = path.relative(dir, file).split(path.sep).join('/');
    res.setHeader('cache-control', relative.startsWith('assets/') ? CACHE_CONTROL.hashedAsset : CACHE_CONTROL.revalidate);
    const encoding = ENCODINGS.find((e) => existsSync(file + e.suffix));
    if (encoding) res.vary('accept-encoding');
    const chosen = ENCODINGS.find((e) => req.acceptsEncodings(e.name) === e.name && existsSync(file + e.suffix));
    if (chosen) {
      // The type of the file, not of its .br / .gz sibling.
      res.type(path.extname(file)).setHeader('content-encoding', chosen.name);
    }
    // Relative to `root`, so that send checks for dotfiles and `..` inside dir only.
    res.sendFile(relative + (chosen?.suffix ?? ''), { root: dir, cacheControl: false }, (error) => {
      if (error) next(error);
    });
  });
}

/**
 * The file a page request names: the file itself when the path has an extension
 * (/assets/index-abc.js; a missing one stays a 404 instead of turning into HTML), else
 * index.html (/, /overlaps, /compare: client-side routes all load the same page).
 * Undefined for a path that leaves `dir`.
 */
function fileFor(dir: string, urlPath: string): string | undefined {
  if (!path.extname(urlPath)) return path.join(dir, 'index.html');
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = path.join(dir, decoded);
  return file.startsWith(dir + path.sep) && !decoded.includes('\0') ? file : undefined;
}

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>jurisgraph：网页尚未构建</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 3em auto; line-height: 1.6">
<h1>网页尚未构建</h1>
<p>GraphQL 接口已在 <a href="/graphql">/graphql</a> 运行，但网页文件（dist/web）还没有生成。</p>
<p>在项目目录运行 <code>npm run web:build</code>，然后刷新本页；或用 <code>npm run setup</code> 一次装好全部依赖并构建。</p>
</body></html>`;
