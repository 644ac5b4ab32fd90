// One HTTP server: GraphQL at /graphql and, unless `web: false` (the --api-only
// deployment, scaled out behind a load balancer), the built web page at /.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { serviceHealth } from '../graph/health.js';
import { createContext, type ApiContext } from './context.js';
import { formatError, isDevelopment } from './errors.js';
import { complexityPlugin, requestTimeout, validationRules } from './guards.js';
import { logger } from './logger.js';
import { requestScope } from './request-id.js';
import { apiSchema } from './schema.js';
import { serveWeb, webDir } from './web.js';

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
  // First, so every request (GraphQL, /healthz, the page) has an id and one log line.
  app.use(requestScope(logger));
  const httpServer = http.createServer(app);
  const schema = await apiSchema();
  const apollo = new ApolloServer<ApiContext>({
    schema,
    formatError,
    validationRules,
    includeStacktraceInErrorResponses: isDevelopment(),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), complexityPlugin(schema)],
  });
  await apollo.start();

  // For load balancers and orchestrators: 200 when Neo4j answers, 503 when it does not
  // (status degraded, restarting or failed: the `health` query's answer).
  app.get('/healthz', async (_req, res) => {
    const health = await serviceHealth();
    res.status(health.status === 'ok' ? 200 : 503).json(health);
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
