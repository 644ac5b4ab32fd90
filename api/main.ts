// `npm start`: Neo4j (NEO4J_URI, or the project's local Neo4j), schema bootstrap, then
// GraphQL at /graphql and the web page at / on HOST:PORT. `--api-only` skips the page.
// `--load <files…>` parses and writes documents first (unchanged files are skipped), so one
// command brings up a graph with data in it.
// `--workers N` (or JURISGRAPH_WORKERS): N API processes behind the one port (api/cluster.ts);
// this process then starts Neo4j and loads, and the workers serve.
// Ctrl-C / SIGTERM: stop taking requests, close the driver, stop the JVM we started.
// The local Neo4j is supervised: restarted when it dies; after repeated failures the server
// exits 1 with the launcher log's tail, for systemd or Kubernetes to act (docs/deployment.md).
import cluster from 'node:cluster';
import { Command } from 'commander';
import { loadAndWrite } from '../cli/write.js';
import { ConfigError, loadConfig } from '../graph/config.js';
import { openGraph, type OpenGraph } from '../graph/connect.js';
import { GraphError, describeGraphError } from '../graph/errors.js';
import { LocalNeo4jError } from '../graph/localNeo4j.js';
import { keepCountiesWarm } from '../graph/warm.js';
import type { SupervisorEvents } from '../graph/supervisor.js';
import { announceReady, startWorkers, type WorkerPool, type WorkerPoolEvents, workerEnv } from './cluster.js';
import { workerCount } from './cluster-config.js';
import { logger } from './logger.js';
import { startServer, type RunningServer } from './server.js';

const program = new Command('jurisgraph')
  .description('jurisgraph：GraphQL 接口 + 网页 + 图数据库')
  .option('--api-only', '只提供 GraphQL 接口，不提供网页（用于负载均衡后的多实例部署）')
  .option('--load <files...>', '启动前把这些清单文件写入图数据库（未变化的文件跳过）')
  .option('--workers <n>', '在同一端口后运行的 API 进程数（默认 JURISGRAPH_WORKERS，否则 1）')
  .parse();
const {
  apiOnly = false,
  load: filesToLoad = [],
  workers: workersOption,
} = program.opts<{ apiOnly?: boolean; load?: string[]; workers?: string }>();
/** A worker of `--workers N`: serves only; the primary started Neo4j, loaded, and supervises. */
const isWorker = cluster.isWorker;

let graph: OpenGraph | undefined;
let server: RunningServer | undefined;
let pool: WorkerPool | undefined;
let stopping = false;
/** Ends the cache warming (after the county it is building): the driver is about to close. */
let stopWarming: (() => void) | undefined;

async function shutdown(signal: string): Promise<void> {
  // A worker is stopped by its primary; a second signal (systemd signals the whole group too) changes nothing.
  if (stopping && isWorker) return;
  if (stopping) {
    logger.warn(`再次收到 ${signal}，立即退出`);
    process.exit(130);
  }
  stopping = true;
  logger.info(`收到 ${signal}，正在停止…`);
  try {
    await pool?.stop();
    stopWarming?.();
    await server?.close();
    await graph?.close();
    logger.info('已停止');
    process.exit(0);
  } catch (error) {
    logger.error({ err: error }, '停止时出错');
    process.exit(1);
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // Ctrl-C reaches every process of the terminal's group: a worker leaves it to the primary, which stops it with SIGTERM.
  process.on(signal, () => (isWorker && signal === 'SIGINT' ? undefined : void shutdown(signal)));
}

/** The local Neo4j could not be kept up: stop serving and exit non-zero. */
async function giveUp(reason: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.fatal(reason);
  await pool?.stop().catch(() => undefined);
  await server?.close().catch(() => undefined);
  await graph?.close().catch(() => undefined);
  process.exit(1);
}

const supervise: SupervisorEvents = {
  onExit: ({ pid, description, logTail }) =>
    logger.error(`本地 Neo4j（pid ${pid}）意外退出（${description}），正在重启…${logTail ? `\n日志的最后几行：\n${logTail}` : ''}`),
  onRestarted: (local, downMillis) =>
    logger.info(
      `本地 Neo4j 已重启（pid ${local.pid}，启动 ${(local.startMillis / 1000).toFixed(1)} 秒，中断共 ${(downMillis / 1000).toFixed(1)} 秒）`,
    ),
  onRestartFailed: (error, attempt) =>
    logger.error(`本地 Neo4j 第 ${attempt} 次重启失败：${error instanceof Error ? error.message : String(error)}`),
  onGiveUp: (reason) => void giveUp(reason),
};

const workerEvents: WorkerPoolEvents = {
  onExit: ({ pid, description, delayMs }) =>
    logger.error(`API 工作进程（pid ${pid}）意外退出（${description}），${(delayMs / 1000).toFixed(1)} 秒后重启`),
  onRestarted: (pid) => logger.info(`API 工作进程已重启（pid ${pid}）`),
  onGiveUp: (reason) => void giveUp(reason),
};

try {
  const config = loadConfig();
  const workers = isWorker ? 1 : workerCount(workersOption);
  graph = await openGraph({ config, onProgress: (message) => logger.info(message), supervise: isWorker ? undefined : supervise });
  if (stopping) process.exit(0);
  if (filesToLoad.length > 0 && !isWorker) {
    await loadAndWrite(filesToLoad, { force: false, log: (line) => logger.info(line), warn: (line) => logger.warn(line) });
  }
  const neo4j = graph.local ? `本地 Neo4j ${graph.local.version}（${graph.connection.uri}）` : `外部 Neo4j（${graph.connection.uri}）`;
  if (workers > 1) {
    pool = startWorkers(workers, workerEnv(graph.connection), workerEvents);
    const url = await pool.ready;
    logger.info(
      `jurisgraph 已启动：${url}/ ${apiOnly ? '（仅 API）' : ''}GraphQL：${url}/graphql，数据库：${neo4j}，${workers} 个 API 工作进程（pid ${pool.pids().join('、')}）`,
    );
  } else {
    server = await startServer({ ...config.server, web: !apiOnly });
    if (isWorker) {
      logger.info(`API 工作进程已就绪：${server.url}/graphql`);
      announceReady(server.url);
    } else {
      logger.info(`jurisgraph 已启动：${server.url}/ ${apiOnly ? '（仅 API）' : ''}GraphQL：${server.url}/graphql，数据库：${neo4j}`);
    }
    // A county's first question or dossier after a start or a write would build its caches itself (seconds);
    // after a write only the counties it changed are warmed again (graph/warm.ts).
    stopWarming = keepCountiesWarm({
      warmed: (r) =>
        logger.info(
          `已预热 ${r.jurisdictions} 个县区（共 ${r.counties} 个）的检索与交叉分析（图版本 ${r.version}，${(r.ms / 1000).toFixed(1)} 秒${r.stopped ? '，已中止' : ''}）`,
        ),
      failed: (error) => logger.warn(`预热未完成，稍后重试：${error instanceof GraphError ? describeGraphError(error) : String(error)}`),
    });
  }
} catch (error) {
  // Stopped by a signal while starting (workers that were told to stop never served): shutdown() exits.
  if (stopping) await new Promise(() => undefined);
  const known = error instanceof ConfigError || error instanceof LocalNeo4jError;
  const message = error instanceof GraphError ? describeGraphError(error) : known ? (error as Error).message : undefined;
  if (message) logger.error(message);
  else logger.error({ err: error }, '启动失败');
  await pool?.stop().catch(() => undefined);
  await server?.close().catch(() => undefined);
  await graph?.close().catch(() => undefined);
  process.exit(1);
}
