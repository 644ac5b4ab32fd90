// One HTTP server: GraphQL at /graphql and, unless `web: false` (the --api-only
// deployment, scaled out behind a load balancer), the built web page at /.
import http from 'node:http';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { repoRoot } from '../graph/config.js';
import { neo4jHealth } from '../graph/health.js';
import { createContext, type ApiContext } from './context.js';
import { formatError, isDevelopment } from './errors.js';
import { complexityPlugin, requestTimeout, validationRules } from './guards.js';
import { logger } from './logger.js';
import { apiSchema } from './schema.js';

export const webDir = path.join(repoRoot, 'dist/web');

export interface ServerOptions {
  port: number;
  host: string;
  /** Serve the web page at / (default true). */
  web?: boolean;
  /** The built page (default dist/web). */
  webDir?: string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const schema = await apiSchema();
  const apollo = new ApolloServer<ApiContext>({
    schema,
    formatError,
    validationRules,
    includeStacktraceInErrorResponses: isDevelopment(),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      complexityPlugin(schema),
    ],
  });
  await apollo.start();

  // For load balancers and orchestrators: 200 when Neo4j answers, 503 when it does not.
  app.get('/healthz', async (_req, res) => {
    const neo4j = await neo4jHealth();
    res.status(neo4j.reachable ? 200 : 503).json({ status: neo4j.reachable ? 'ok' : 'degraded', neo4j });
  });
  app.use('/graphql', requestTimeout(), express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: createContext }));
  if (options.web ?? true) serveWeb(app, options.webDir ?? webDir);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    // apollo.stop() drains: it stops accepting connections and waits for requests in flight.
    close: () => (closing ??= apollo.stop()),
  };
}

function serveWeb(app: express.Express, dir: string): void {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) {
    logger.warn(`网页尚未构建（没有 ${path.relative(repoRoot, index)}）：运行 npm run web:build`);
    app.get('/', (_req, res) => {
      res.status(503).type('html').send(NOT_BUILT_PAGE);
    });
    return;
  }
  app.use(express.static(dir, { index: 'index.html', maxAge: '1h', setHeaders: noCacheForHtml }));
  // Client-side routes (/overlaps, /compare, …) all load the same page; a missing file
  // (/assets/old-hash.js) stays a 404 instead of turning into HTML.
  app.get(/^\/(?!graphql)/, (req, res, next) => {
    if (path.extname(req.path)) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
}

/** index.html names the hashed assets, so it must be revalidated on every load. */
function noCacheForHtml(res: express.Response, file: string): void {
  if (file.endsWith('.html')) res.setHeader('cache-control', 'no-cache');
}

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>jurisgraph：网页尚未构建</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 3em auto; line-height: 1.6">
<h1>网页尚未构建</h1>
<p>GraphQL 接口已在 <a href="/graphql">/graphql</a> 运行，但网页文件（dist/web）还没有生成。</p>
<p>在项目目录运行 <code>npm run web:build</code>，然后刷新本页；或用 <code>npm run setup</code> 一次装好全部依赖并构建。</p>
</body></html>`;
