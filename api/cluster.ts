// `npm start -- --workers N`: N API processes behind one port (node:cluster; the primary
// owns the listening socket and hands connections round-robin to the workers). The
// primary has started or found Neo4j (and supervises a local one); the workers connect to
// it as to any external server, with the connection the primary opened. A worker that dies
// is forked again after the RestartPolicy's delay (the first at once, then 1 s, 2 s, 4 s …);
// the fifth failure within five minutes gives up, so the primary exits non-zero for
// systemd or Kubernetes to act, as it does when the local Neo4j cannot be kept up.
// Per worker, not shared: caches (each warms its own), rate-limit counters; staged uploads
// are on disk (api/upload/staging.ts) and work from any worker.
import cluster, { type Worker } from 'node:cluster';
import type { Neo4jConnection } from '../graph/config.js';
import { describeExit } from '../graph/localNeo4j.js';
import { RestartPolicy } from '../graph/restartPolicy.js';

/** What a worker sends the primary once it serves. */
interface ReadyMessage {
  kind: 'jurisgraph:ready';
  url: string;
}

const isReady = (message: unknown): message is ReadyMessage =>
  typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === 'jurisgraph:ready';

/** In a worker: tells the primary this worker serves at `url`. */
export function announceReady(url: string): void {
  process.send?.({ kind: 'jurisgraph:ready', url } satisfies ReadyMessage);
}

export interface WorkerPoolEvents {
  /** A worker died without being asked to (`delayMs`: until its replacement is forked). */
  onExit(exit: { pid: number; description: string; delayMs: number }): void;
  onRestarted(pid: number): void;
  /** Too many deaths: the caller stops everything and exits non-zero. */
  onGiveUp(reason: string): void;
}

export interface WorkerPool {
  /** Where the workers serve (one port for all), once all serve; rejects if one exits before it does. */
  ready: Promise<string>;
  /** The pids of the workers running now. */
  pids(): number[];
  /** SIGTERM to every worker (each drains its requests), SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** The environment that points a worker at the primary's Neo4j (NEO4J_URI: nothing to start or supervise). */
export function workerEnv(connection: Neo4jConnection): Record<string, string> {
  const env: Record<string, string> = { NEO4J_URI: connection.uri };
  if (connection.username) env.NEO4J_USERNAME = connection.username;
  if (connection.password) env.NEO4J_PASSWORD = connection.password;
  if (connection.database) env.NEO4J_DATABASE = connection.database;
  return env;
}

/** Forks `count` workers now; `ready` tells when they all serve. */
export function startWorkers(count: number, env: Record<string, string>, events: WorkerPoolEvents): WorkerPool {
  // The bundle's stack traces name TypeScript lines in the workers too (build/run.mjs does it for the primary).
  cluster.setupPrimary({ execArgv: [...process.execArgv, '--enable-source-maps'] });
  const policy = new RestartPolicy();
  const live = new Set<Worker>();
  const pending = new Set<NodeJS.Timeout>();
  let stopping = false;

  const fork = (): Promise<{ url: string; pid: number }> =>
    new Promise((resolve, reject) => {
      const worker = cluster.fork(env);
      live.add(worker);
      let serving = false;
      worker.on('message', (message: unknown) => {
        if (!isReady(message) || serving) return;
        serving = true;
        resolve({ url: message.url, pid: worker.process.pid ?? 0 });
      });
      worker.once('exit', (code, signal) => {
        live.delete(worker);
        const description = describeExit(code, signal as NodeJS.Signals | null);
        if (!serving) reject(new Error(`工作进程（pid ${worker.process.pid}）启动失败（${description}）`));
        if (!stopping && serving) replace(worker.process.pid ?? 0, description);
      });
    });

  const replace = (pid: number, description: string): void => {
    const decision = policy.onFailure(Date.now());
    if (decision.action === 'give-up') {
      const window = Math.round(policy.options.windowMs / 60_000);
      events.onGiveUp(`API 工作进程在 ${window} 分钟内失败 ${decision.failures} 次（最后一次：pid ${pid}，${description}），不再重启。`);
      return;
    }
    events.onExit({ pid, description, delayMs: decision.delayMs });
    const timer = setTimeout(() => {
      pending.delete(timer);
      if (stopping) return;
      fork().then(
        (started) => events.onRestarted(started.pid),
        // It died before serving: one more failure, decided like the first.
        (error: Error) => {
          if (!stopping) replace(0, error.message);
        },
      );
    }, decision.delayMs);
    pending.add(timer);
  };

  const stop = async (graceMs = 30_000): Promise<void> => {
    stopping = true;
    for (const timer of pending) clearTimeout(timer);
    pending.clear();
    const exits = [...live].map(
      (worker) =>
        new Promise<void>((resolve) => {
          if (worker.isDead()) return resolve();
          worker.once('exit', () => resolve());
          worker.process.kill('SIGTERM');
          setTimeout(() => {
            if (!worker.isDead()) worker.process.kill('SIGKILL');
          }, graceMs).unref();
        }),
    );
    await Promise.all(exits);
  };

  const pids = () => [...live].flatMap((w) => (w.process.pid === undefined ? [] : [w.process.pid]));
  const ready = Promise.all(Array.from({ length: count }, fork)).then(
    (started) => started[0]?.url ?? '',
    async (error: unknown) => {
      await stop(5_000);
      throw error;
    },
  );
  return { ready, pids, stop };
}
