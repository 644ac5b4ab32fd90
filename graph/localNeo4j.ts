// Starts and stops the local Neo4j (graph/launcher, an embedded DBMS in a JVM) as a
// child process, for development and tests when NEO4J_URI is not set.
//
// Lifecycle guarantees: the JVM runs in its own process group (so a terminal's Ctrl-C
// reaches us first and we stop things in order), with `--exit-on-stdin-eof` (so if this
// process dies without cleaning up, the closed pipe stops the JVM), and it writes
// `launcher.json` into its data dir (so a second start can reuse a running launcher
// instead of fighting over the store lock). This process writes a provisional
// `launcher.json` as soon as the JVM is spawned, so a second start during a (re)start waits
// for that launcher instead of starting another JVM on the same store.
//
// The launcher runs with authentication on: its password is in the data dir
// (graph/localCredentials.ts) and comes back in `LocalNeo4j.connection`.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  readdirSync,
  openSync,
  readSync,
  closeSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { loadNeo4jMemoryRequest, type Neo4jMemoryRequest, repoRoot, type Neo4jConnection } from './config.js';
import { CREDENTIALS_FILE, readLocalCredentials } from './localCredentials.js';
import { chooseNeo4jMemory, describeNeo4jMemory, heapFlags, type Neo4jMemory, storeSizeMb } from './neo4jMemory.js';

export const launcherDir = path.join(repoRoot, 'graph/launcher');
const launcherJar = path.join(launcherDir, 'target/jurisgraph-launcher.jar');
const LOCK_FILE = 'launcher.json';
const LOG_FILE = 'launcher.log';
const MIN_JAVA = 17;

/** JVM flags for a 2-core machine besides the heap (sized per start): quick startup (tests start it cold). */
const JVM_FLAGS = [
  '-XX:+UseSerialGC',
  '-XX:+ExitOnOutOfMemoryError',
  '-XX:TieredStopAtLevel=1',
  // Lets Neo4j's page cache use direct buffers instead of its slower fallback.
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
];

export class LocalNeo4jError extends Error {
  readonly code = 'LOCAL_NEO4J_FAILED';
}

export interface LocalNeo4jOptions {
  port: number;
  dataDir: string;
  host?: string;
  /** Milliseconds to wait for the READY line. Cold starts on a busy 2-core machine take 20–40 s. */
  startTimeoutMs?: number;
  /** Progress messages for the user (building the launcher, starting, the memory it gets). */
  onProgress?: (message: string) => void;
  /** Heap / page cache over JURISGRAPH_NEO4J_HEAP / JURISGRAPH_NEO4J_PAGECACHE and the automatic sizes. */
  memory?: Neo4jMemoryRequest;
  /**
   * The store size (MiB) the caller is about to reach, when larger than the one on disk: a
   * bench that loads a country into a new store sizes memory for the store it will build.
   */
  expectedStoreMb?: number;
}

/** How a launcher ended: `expected` when stop() asked for it. */
export interface LauncherExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  expected: boolean;
}

export interface LocalNeo4j {
  uri: string;
  /** The URI with the launcher's credentials (from its data dir) and database: what clients connect with. */
  connection: Neo4jConnection;
  version: string;
  pid: number;
  /** False when an already running launcher was reused: stop() then leaves it running. */
  owned: boolean;
  /** Launch-to-ready time measured by this process (0 when reused). */
  startMillis: number;
  /** The heap and page cache it was started with; undefined when reused (another process chose them). */
  memory?: Neo4jMemory;
  dataDir: string;
  logFile: string;
  /**
   * Resolves when the launcher's JVM ends: at once from the child's exit event when this
   * process started it, by polling its pid (every 500 ms) when it was reused.
   */
  exited: Promise<LauncherExit>;
  stop(): Promise<void>;
}

interface LockInfo {
  pid: number;
  host: string;
  port: number;
  /** Null while the launcher is still starting (the provisional lock written by startLocalNeo4j). */
  version: string | null;
}

const REUSE_POLL_MS = 500;

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const host = options.host ?? '127.0.0.1';
  const { port } = options;
  const dataDir = path.resolve(options.dataDir);
  const logFile = path.join(dataDir, LOG_FILE);
  const progress = options.onProgress ?? (() => undefined);

  const timeoutMs = options.startTimeoutMs ?? 180_000;
  const running = await runningLauncher(dataDir, port, timeoutMs, progress);
  if (running) {
    if (running.port === port && running.version !== null && (await portAnswers(host, port))) {
      progress(`复用已在运行的本地 Neo4j（pid ${running.pid}，bolt://${host}:${port}）`);
      return reused(running, host, dataDir, logFile);
    }
    throw new LocalNeo4jError(
      `数据目录 ${dataDir} 正被另一个本地 Neo4j 使用（pid ${running.pid}，端口 ${running.port}）。` +
        `请先停止它，或把 NEO4J_LOCAL_PORT 设为 ${running.port} 以复用它，或用 NEO4J_DATA_DIR 换一个数据目录。`,
    );
  }
  if (await portAnswers(host, port)) {
    throw new LocalNeo4jError(
      `端口 ${port} 已被其他程序占用（不是本项目在 ${dataDir} 的 Neo4j）。` +
        `请用 NEO4J_LOCAL_PORT 换一个端口，或设置 NEO4J_URI 连接那个已有的 Neo4j。`,
    );
  }

  const memoryRequest = loadNeo4jMemoryRequest();
  const java = checkJava();
  await ensureLauncherBuilt(progress);
  // Owner-only when we create it: the store and the credentials are nobody else's business.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const memory = chooseNeo4jMemory({
    storeMb: Math.max(storeSizeMb(dataDir), options.expectedStoreMb ?? 0),
    totalMemoryMb: os.totalmem() / 2 ** 20,
    env: memoryRequest,
    option: options.memory,
  });
  progress(describeNeo4jMemory(memory));

  progress(`正在启动本地 Neo4j（bolt://${host}:${port}，数据目录 ${dataDir}）…`);
  const started = Date.now();
  const child = spawn(
    java,
    [
      ...heapFlags(memory),
      ...JVM_FLAGS,
      '-jar',
      launcherJar,
      '--host',
      host,
      '--port',
      String(port),
      '--data',
      dataDir,
      '--pagecache-mb',
      String(memory.pageCacheMb),
      '--exit-on-stdin-eof',
    ],
    {
      cwd: repoRoot,
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    },
  );
  writeLock(dataDir, { pid: child.pid!, host, port, version: null });
  const log = createWriteStream(logFile, { flags: 'a' });
  log.write(`\n=== ${new Date().toISOString()} start pid=${child.pid} port=${port}\n${describeNeo4jMemory(memory)}\n`);
  child.stderr!.pipe(log, { end: false });
  let expected = false;
  const exited = new Promise<LauncherExit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, expected })));
  // If this process exits without calling stop(), take the JVM down with us.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);

  const ready = await waitForReady(child, log, exited, timeoutMs);
  const credentials = ready.ok ? readLocalCredentials(dataDir) : undefined;
  if (!ready.ok || !credentials) {
    expected = true;
    child.kill('SIGKILL');
    await exited;
    process.removeListener('exit', killOnExit);
    // Only our own (provisional) lock: a JVM that lost a race for the store must not remove the winner's.
    if (readLock(dataDir)?.pid === child.pid) rmSync(path.join(dataDir, LOCK_FILE), { force: true });
    const reason = ready.ok ? `本地 Neo4j 已启动，但读不到它的登录凭据（${path.join(dataDir, CREDENTIALS_FILE)}）。` : ready.reason;
    throw new LocalNeo4jError(`${reason}\n日志 ${logFile} 的最后几行：\n${tail(logFile, 25)}`);
  }
  const startMillis = Date.now() - started;
  progress(`本地 Neo4j ${ready.version} 已就绪（${(startMillis / 1000).toFixed(1)} 秒）`);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      expected = true;
      process.removeListener('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        child.stdin!.end();
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(timer);
      }
      log.end();
    })());
  const uri = `bolt://${host}:${port}`;
  const connection = { uri, ...credentials, database: 'neo4j' };
  return { uri, connection, version: ready.version, pid: child.pid!, owned: true, startMillis, memory, dataDir, logFile, exited, stop };
}

/**
 * The launcher recorded in `dataDir` if its JVM is alive. One that is still starting (the
 * provisional lock, or Bolt not answering yet) on the same port is waited for, up to
 * `timeoutMs`: two JVMs must never race for one store.
 */
async function runningLauncher(
  dataDir: string,
  port: number,
  timeoutMs: number,
  progress: (message: string) => void,
): Promise<LockInfo | undefined> {
  const deadline = Date.now() + timeoutMs;
  let said = false;
  while (true) {
    const lock = readLock(dataDir);
    if (!lock || !isAlive(lock.pid)) return undefined;
    if (lock.port !== port || (lock.version !== null && (await portAnswers(lock.host, port))) || Date.now() > deadline) return lock;
    if (!said) progress(`本地 Neo4j（pid ${lock.pid}）正在启动，等待它就绪…`);
    said = true;
    await new Promise((r) => setTimeout(r, REUSE_POLL_MS));
  }
}

/** A launcher another process started: never stopped from here, watched by its pid. */
function reused(running: LockInfo, host: string, dataDir: string, logFile: string): LocalNeo4j {
  const credentials = readLocalCredentials(dataDir);
  if (!credentials) {
    throw new LocalNeo4jError(
      `在运行的本地 Neo4j（pid ${running.pid}）的数据目录里没有登录凭据（${path.join(dataDir, CREDENTIALS_FILE)}）：` +
        '它可能是旧版本的启动器（没有开启认证）。请先停止它（kill ' +
        `${running.pid}），再重新启动。`,
    );
  }
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const exited = new Promise<LauncherExit>((resolve) => {
    timer = setInterval(() => {
      if (!isAlive(running.pid)) {
        clearInterval(timer);
        resolve({ code: null, signal: null, expected: stopped });
      }
    }, REUSE_POLL_MS);
    timer.unref();
  });
  const uri = `bolt://${host}:${running.port}`;
  return {
    uri,
    connection: { uri, ...credentials, database: 'neo4j' },
    version: running.version ?? '',
    pid: running.pid,
    owned: false,
    startMillis: 0,
    dataDir,
    logFile,
    exited,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}

type Readiness = { ok: true; version: string } | { ok: false; reason: string };

function waitForReady(
  child: ChildProcess,
  log: NodeJS.WritableStream,
  exited: Promise<LauncherExit>,
  timeoutMs: number,
): Promise<Readiness> {
  return new Promise((resolve) => {
    const timer = setTimeout(
      () => resolve({ ok: false, reason: `本地 Neo4j 在 ${Math.round(timeoutMs / 1000)} 秒内没有就绪。` }),
      timeoutMs,
    );
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      log.write(`${line}\n`);
      const match = /^READY bolt:\/\/\S+ version=(\S+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve({ ok: true, version: match[1]! });
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: `本地 Neo4j 启动失败（进程退出，${describeExit(code, signal)}）。` });
    });
  });
}

function readLock(dataDir: string): LockInfo | undefined {
  try {
    return JSON.parse(readFileSync(path.join(dataDir, LOCK_FILE), 'utf8')) as LockInfo;
  } catch {
    return undefined;
  }
}

function writeLock(dataDir: string, lock: LockInfo): void {
  writeFileSync(path.join(dataDir, LOCK_FILE), `${JSON.stringify(lock)}\n`);
}

/** "代码 1" or "信号 SIGKILL", for log lines about a launcher that ended. */
export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  if (signal) return `信号 ${signal}`;
  return code === null ? '原因不明' : `代码 ${code}`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when something accepts TCP connections on host:port. */
export function portAnswers(host: string, port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** A port that was free a moment ago (for tests that start their own launcher). */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function checkJava(): string {
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin/java') : 'java';
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  const advice = `请安装 OpenJDK ${MIN_JAVA} 或更新版本（Debian/Ubuntu：apt-get install -y openjdk-17-jre-headless），或设置 NEO4J_URI 使用外部 Neo4j。`;
  if (probe.error) throw new LocalNeo4jError(`没有找到 Java（${java}）。本地 Neo4j 需要 Java ${MIN_JAVA}+。${advice}`);
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${probe.stderr}${probe.stdout}`);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : NaN;
  if (!(major >= MIN_JAVA)) {
    throw new LocalNeo4jError(`Java 版本太旧（${match ? match[0] : '无法识别'}）。本地 Neo4j 需要 Java ${MIN_JAVA}+。${advice}`);
  }
  return java;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function launcherIsCurrent(): boolean {
  if (!existsSync(launcherJar) || !existsSync(path.join(launcherDir, 'target/lib'))) return false;
  const sources = Math.max(statSync(path.join(launcherDir, 'pom.xml')).mtimeMs, newestMtime(path.join(launcherDir, 'src')));
  return statSync(launcherJar).mtimeMs >= sources;
}

/** Builds the launcher with Maven when it is missing or older than its sources. */
async function ensureLauncherBuilt(progress: (message: string) => void): Promise<void> {
  if (launcherIsCurrent()) return;
  const lockDir = path.join(launcherDir, '.build-lock');
  // Concurrent starts (several test runs) must not run two Maven builds into one target/.
  while (true) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      if (Date.now() - statSync(lockDir, { throwIfNoEntry: false })!.mtimeMs > 10 * 60_000)
        rmSync(lockDir, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 1_000));
      if (launcherIsCurrent()) return;
    }
  }
  try {
    if (launcherIsCurrent()) return;
    if (spawnSync('mvn', ['-v'], { encoding: 'utf8' }).error) {
      throw new LocalNeo4jError(
        '本地 Neo4j 启动器尚未构建，且没有找到 Maven（mvn）。请安装 Maven（apt-get install -y maven）后运行 npm run launcher:build，或设置 NEO4J_URI 使用外部 Neo4j。',
      );
    }
    progress('正在用 Maven 构建本地 Neo4j 启动器（首次需要从 Maven Central 下载约 170 MB，请稍候）…');
    const build = spawnSync('mvn', ['-q', '-B', '-f', path.join(launcherDir, 'pom.xml'), '-DskipTests', 'package'], {
      encoding: 'utf8',
      cwd: repoRoot,
    });
    if (build.status !== 0) {
      throw new LocalNeo4jError(
        `构建本地 Neo4j 启动器失败（npm run launcher:build）：\n${`${build.stdout}${build.stderr}`.trim().split('\n').slice(-25).join('\n')}`,
      );
    }
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/** The last lines of a file, read from its end (launcher logs grow across starts). */
export function tail(file: string, lines: number): string {
  try {
    const fd = openSync(file, 'r');
    try {
      const size = statSync(file).size;
      const length = Math.min(size, 16_384);
      const buffer = Buffer.alloc(length);
      readSync(fd, buffer, 0, length, size - length);
      return buffer
        .toString('utf8')
        .split('\n')
        .slice(-lines - 1)
        .join('\n')
        .trimEnd();
    } finally {
      closeSync(fd);
    }
  } catch {
    return '（没有日志）';
  }
}
