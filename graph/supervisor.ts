// Keeps the project's local Neo4j running under a long-lived process (the server): notices
// the JVM's death at once (the child's exit event), restarts it on the same store and port
// (so the one driver reconnects by itself, with the same credentials) after the delay the
// RestartPolicy gives, and gives up after repeated failures so that the process can exit
// non-zero and an outer supervisor (systemd, Kubernetes) can act. Its state is what
// /healthz and the `health` query report while Neo4j is away.
import { describeExit, startLocalNeo4j, tail, type LauncherExit, type LocalNeo4j, type LocalNeo4jOptions } from './localNeo4j.js';
import { RestartPolicy } from './restartPolicy.js';

export type SupervisionState = 'running' | 'restarting' | 'failed' | 'stopped';

export interface SupervisionStatus {
  state: SupervisionState;
  /** The JVM's pid while running, null otherwise. */
  pid: number | null;
  /** Restarts that came up since this process started. */
  restarts: number;
  /** How the last unexpected exit ended ("信号 SIGKILL"), null before the first. */
  lastExit: string | null;
  /** When the state last changed (ISO 8601). */
  since: string;
}

export interface SupervisorEvents {
  /** The JVM died unexpectedly (`logTail`: the launcher log's last lines after a crash, null after a signal). */
  onExit(exit: LauncherExit & { pid: number; description: string; logTail: string | null }): void;
  onRestarted(local: LocalNeo4j, downMillis: number): void;
  onRestartFailed(error: unknown, attempt: number): void;
  /** Too many failures: the caller exits non-zero; `reason` names them and ends with the log tail. */
  onGiveUp(reason: string): void;
}

export interface LocalNeo4jSupervisor {
  /** The launcher running now (the last one that came up). */
  current(): LocalNeo4j;
  status(): SupervisionStatus;
  /** Stops supervising, then stops the JVM if this process started it. */
  stop(): Promise<void>;
}

const LOG_TAIL_LINES = 25;

export function superviseLocalNeo4j(
  first: LocalNeo4j,
  options: LocalNeo4jOptions,
  events: SupervisorEvents,
  policy = new RestartPolicy(),
  now: () => number = Date.now,
): LocalNeo4jSupervisor {
  let local = first;
  let stopped = false;
  let status: SupervisionStatus = { state: 'running', pid: first.pid, restarts: 0, lastExit: null, since: new Date(now()).toISOString() };
  let wake: (() => void) | undefined;
  let recovering: Promise<void> | undefined;
  const setState = (state: SupervisionState, change: Partial<SupervisionStatus> = {}) => {
    status = { ...status, ...change, state, since: new Date(now()).toISOString() };
  };

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const watch = (watched: LocalNeo4j) => {
    void watched.exited.then((exit) => {
      if (stopped || exit.expected) return;
      recovering = recover(watched, exit).finally(() => {
        recovering = undefined;
      });
    });
  };

  const recover = async (dead: LocalNeo4j, exit: LauncherExit) => {
    const downSince = now();
    const description = describeExit(exit.code, exit.signal);
    // A crash leaves its reason in the log; a signal (kill -9, the OOM killer) leaves nothing there.
    events.onExit({ ...exit, pid: dead.pid, description, logTail: exit.signal ? null : tail(dead.logFile, 10) });
    setState('restarting', { pid: null, lastExit: description });
    await dead.stop();
    let decision = policy.onFailure(now());
    let attempt = 0;
    while (!stopped) {
      if (decision.action === 'give-up') {
        setState('failed');
        const window = Math.round(policy.options.windowMs / 60_000);
        events.onGiveUp(
          `本地 Neo4j 在 ${window} 分钟内失败 ${decision.failures} 次，不再重启。` +
            `日志 ${dead.logFile} 的最后几行：\n${tail(dead.logFile, LOG_TAIL_LINES)}`,
        );
        return;
      }
      await sleep(decision.delayMs);
      if (stopped) return;
      attempt += 1;
      try {
        const next = await startLocalNeo4j(options);
        if (stopped) {
          await next.stop();
          return;
        }
        local = next;
        setState('running', { pid: next.pid, restarts: status.restarts + 1 });
        events.onRestarted(next, now() - downSince);
        watch(next);
        return;
      } catch (error) {
        events.onRestartFailed(error, attempt);
        decision = policy.onFailure(now());
      }
    }
  };

  watch(first);
  return {
    current: () => local,
    status: () => status,
    stop: async () => {
      stopped = true;
      wake?.();
      setState('stopped', { pid: null });
      // A restart in flight finishes first (and stops the JVM it brought up).
      await recovering;
      await local.stop();
    },
  };
}
