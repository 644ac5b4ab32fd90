// The supervisor of the local Neo4j (graph/supervisor.ts) with fake launchers: a death is
// reported and restarted, the state says restarting meanwhile, failed restarts back off and
// end in giving up with the log tail, an exit asked for by stop() is not a death.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LauncherExit, LocalNeo4j } from '../../../graph/localNeo4j.js';
import { RestartPolicy } from '../../../graph/restartPolicy.js';
import { superviseLocalNeo4j, type SupervisorEvents } from '../../../graph/supervisor.js';

const startLocalNeo4j = vi.hoisted(() => vi.fn());
vi.mock('../../../graph/localNeo4j.js', async (original) => ({
  ...(await original<typeof import('../../../graph/localNeo4j.js')>()),
  startLocalNeo4j,
}));

/** A launcher whose death the test decides. */
function fakeLauncher(pid: number) {
  let die!: (exit: LauncherExit) => void;
  const exited = new Promise<LauncherExit>((resolve) => {
    die = resolve;
  });
  const local: LocalNeo4j = {
    uri: 'bolt://127.0.0.1:7999',
    connection: { uri: 'bolt://127.0.0.1:7999', username: 'neo4j', password: 'pw', database: 'neo4j' },
    version: '5.26.30',
    pid,
    owned: true,
    startMillis: 10,
    dataDir: '/nonexistent',
    logFile: '/nonexistent/launcher.log',
    exited,
    stop: vi.fn(async () => die({ code: 0, signal: null, expected: true })),
  };
  return { local, kill: () => die({ code: null, signal: 'SIGKILL', expected: false }) };
}

function recorder() {
  const log: string[] = [];
  const events: SupervisorEvents = {
    onExit: (exit) => log.push(`exit ${exit.pid} ${exit.description}`),
    onRestarted: (local) => log.push(`restarted ${local.pid}`),
    onRestartFailed: (_error, attempt) => log.push(`failed ${attempt}`),
    onGiveUp: (reason) => log.push(`give up: ${reason.split('\n')[0]}`),
  };
  return { log, events };
}

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i += 1) await new Promise((r) => setTimeout(r, 5));
};

afterEach(() => {
  startLocalNeo4j.mockReset();
});

describe('superviseLocalNeo4j', () => {
  it('restarts a launcher that died, reporting restarting until the new one runs', async () => {
    const first = fakeLauncher(101);
    const second = fakeLauncher(102);
    let comeUp!: (local: LocalNeo4j) => void;
    startLocalNeo4j.mockReturnValueOnce(new Promise((resolve) => (comeUp = resolve)));
    const { log, events } = recorder();
    const supervisor = superviseLocalNeo4j(first.local, { port: 7999, dataDir: '/nonexistent' }, events);
    expect(supervisor.status()).toMatchObject({ state: 'running', pid: 101, restarts: 0, lastExit: null });

    first.kill();
    await until(() => supervisor.status().state === 'restarting');
    expect(supervisor.status()).toMatchObject({ state: 'restarting', pid: null, restarts: 0, lastExit: '信号 SIGKILL' });
    expect(startLocalNeo4j).toHaveBeenCalledWith({ port: 7999, dataDir: '/nonexistent' });

    comeUp(second.local);
    await until(() => supervisor.status().state === 'running');
    expect(supervisor.status()).toMatchObject({ state: 'running', pid: 102, restarts: 1 });
    expect(supervisor.current()).toBe(second.local);
    expect(log).toEqual(['exit 101 信号 SIGKILL', 'restarted 102']);

    await supervisor.stop();
    expect(second.local.stop).toHaveBeenCalled();
    expect(supervisor.status().state).toBe('stopped');
    expect(startLocalNeo4j).toHaveBeenCalledTimes(1);
  });

  it('backs off after failed restarts and gives up at the limit, naming the failures', async () => {
    const first = fakeLauncher(201);
    startLocalNeo4j.mockRejectedValue(new Error('port taken'));
    const { log, events } = recorder();
    const supervisor = superviseLocalNeo4j(
      first.local,
      { port: 7999, dataDir: '/nonexistent' },
      events,
      new RestartPolicy({ baseDelayMs: 1 }),
    );
    first.kill();
    await until(() => supervisor.status().state === 'failed');
    expect(log).toEqual([
      'exit 201 信号 SIGKILL',
      'failed 1',
      'failed 2',
      'failed 3',
      'failed 4',
      'give up: 本地 Neo4j 在 5 分钟内失败 5 次，不再重启。日志 /nonexistent/launcher.log 的最后几行：',
    ]);
    expect(startLocalNeo4j).toHaveBeenCalledTimes(4);
  });

  it('does not restart a launcher that stop() ended', async () => {
    const first = fakeLauncher(301);
    const { log, events } = recorder();
    const supervisor = superviseLocalNeo4j(first.local, { port: 7999, dataDir: '/nonexistent' }, events);
    await supervisor.stop();
    await new Promise((r) => setTimeout(r, 20));
    expect(log).toEqual([]);
    expect(startLocalNeo4j).not.toHaveBeenCalled();
    expect(supervisor.status()).toMatchObject({ state: 'stopped', pid: null });
  });
});
