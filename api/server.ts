// One HTTP server: GraphQL at /graphql and, unless `web: false` (the --api-only
// deployment, scaled out behind a load balancer), the built web page at /.
// Hardened for the open internet (README "Security"): security headers on every response
// (helmet: CSP, nosniff, frame-ancestors), every failure as GraphQL-shaped JSON without
// internals (malformed or oversized bodies included), introspection an explicit choice,
// and no absolute server path in any answer.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { serviceHealth } from '../graph/health.js';
import { createContext, type ApiContext } from './context.js';
import { errorResponse, formatError, isDevelopment } from './errors.js';
import { complexityPlugin, LIMITS, requestTimeout, validationRules } from './guards.js';
import { logger } from './logger.js';
import { requestScope } from './request-id.js';
import { apiSchema } from './schema.js';
import { serverPathsPlugin } from './server-paths.js';
import { disputeDocxExport } from './dispute/dispute.export.js';
import { serveWeb, webDir } from './web.js';
import { trustProxySetting } from './auth/address.js';
import { tokenStore } from './auth/credentials.js';
import { allowedOrigins } from './auth/origin.js';
import { writeRateLimit } from './auth/rate-limits.js';
import { uploadRoutes } from './upload/upload.routes.js';
import { exportRoutes } from './export/export.routes.js';

export { withoutServerPaths } from './server-paths.js';

export interface ServerOptions {
  port: number;
  host: string;
  /** Serve the web page at / (default true). */
  web?: boolean;
  /** The built page (default dist/web). */
  webDir?: string;
  /** Answer introspection queries (default: GRAPHQL_INTROSPECTION, else only when NODE_ENV=development). */
  introspection?: boolean;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  // Express's own error pages show stack traces unless told it runs in production.
  app.set('env', isDevelopment() ? 'development' : 'production');
  // The client's address (audit log, failed-login limits): X-Forwarded-For only behind a proxy the operator names.
  app.set('trust proxy', trustProxySetting());
  // A bad token file, JURISGRAPH_TOKENS, WRITE_RATE_LIMIT or ALLOWED_ORIGINS stops the server now,
  // rather than refusing writes later.
  tokenStore();
  writeRateLimit();
  allowedOrigins();
  app.use(securityHeaders());
  // First, so every request (GraphQL, /healthz, the page) has an id and one log line.
  app.use(requestScope(logger));
  const httpServer = http.createServer(app);
  const schema = await apiSchema();
  const apollo = new ApolloServer<ApiContext>({
    schema,
    formatError,
    validationRules,
    includeStacktraceInErrorResponses: isDevelopment(),
    introspection: options.introspection ?? introspectionFromEnv(),
    // No "Did you mean …?" field suggestions when the schema is not to be explored.
    hideSchemaDetailsFromClientErrors: !(options.introspection ?? introspectionFromEnv()),
    // A document of thousands of tokens (999 aliases) is refused while parsing, before validation costs anything.
    parseOptions: { maxTokens: LIMITS.maxTokens },
    // api/main.ts owns SIGINT/SIGTERM: Apollo's own handlers would stop it concurrently with main's
    // shutdown (a worker of --workers then waited forever on the second stop) and re-raise the signal.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      complexityPlugin(schema),
      serverPathsPlugin(),
    ],
  });
  await apollo.start();

  // For load balancers and orchestrators: 200 when Neo4j answers, 503 when it does not
  // (status degraded, restarting or failed: the `health` query's answer).
  app.get('/healthz', async (_req, res) => {
    const health = await serviceHealth();
    res.status(health.status === 'ok' ? 200 : 503).json(health);
  });
  app.use('/graphql', requestTimeout(), express.json({ limit: MAX_BODY }), expressMiddleware(apollo, { context: createContext }));
  // List uploads (dry run, then commit): raw bytes, so beside GraphQL rather than in it.
  app.use('/api/uploads', uploadRoutes());
  app.get('/export/dispute.docx', requestTimeout(), disputeDocxExport());
  // Open data (docs/export.md): data.json, <table>.csv, graph.graphml; streamed, read-only.
  app.use('/export', exportRoutes());
  if (options.web ?? true) serveWeb(app, options.webDir ?? webDir);
  app.use(httpErrors);

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

/** Largest request body: a question is at most 500 characters, a query a few hundred tokens. */
const MAX_BODY = '100kb';

/**
 * Security headers on every response (the page and the API): a CSP allowing only the page's
 * own scripts, styles (inline style attributes too: Cytoscape sets them), images and
 * requests (/graphql); no framing (frame-ancestors 'none' and X-Frame-Options DENY); nosniff.
 * Neither HSTS nor upgrade-insecure-requests: the server speaks plain HTTP on 127.0.0.1 by
 * default, TLS belongs to the proxy in front of it, which should send HSTS itself.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    strictTransportSecurity: false,
  });
}

/**
 * `GRAPHQL_INTROSPECTION=true|false`; unset: on only in development. Off by default in
 * production and when NODE_ENV is unset; the web page does not need it (its queries are
 * typed at build time from api/schema.graphql).
 */
export function introspectionFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.GRAPHQL_INTROSPECTION?.trim().toLowerCase();
  if (value === undefined || value === '') return isDevelopment();
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new Error(`GRAPHQL_INTROSPECTION 必须是 true 或 false，收到 ${env.GRAPHQL_INTROSPECTION}`);
}

/**
 * The last middleware: what failed outside GraphQL execution leaves as a GraphQL-shaped JSON
 * error without internals (no stack, no path): a body that is not JSON 400, a body over the
 * limit 413, anything else 500 (logged). A response already sent (the request timeout
 * answered first) is left alone.
 */
function httpErrors(error: unknown, _req: Request, res: Response, _next: NextFunction): void {
  const status = typeof (error as { status?: unknown }).status === 'number' ? (error as { status: number }).status : 500;
  const type = (error as { type?: unknown }).type;
  if (res.headersSent) {
    logger.warn({ err: error }, '响应已发出后出错（多为请求已超时）');
    return;
  }
  if (type === 'entity.parse.failed') {
    res.status(400).json(errorResponse('BAD_REQUEST', '请求体不是有效的 JSON'));
  } else if (type === 'entity.too.large') {
    res.status(413).json(errorResponse('PAYLOAD_TOO_LARGE', `请求体过大：上限 ${MAX_BODY}`));
  } else if (status >= 400 && status < 500) {
    res.status(status).json(errorResponse('BAD_REQUEST', '请求无效'));
  } else {
    logger.error({ err: error }, 'unexpected error outside GraphQL');
    res.status(500).json(errorResponse('INTERNAL_SERVER_ERROR', '服务器内部错误，请稍后重试或联系管理员'));
  }
}
