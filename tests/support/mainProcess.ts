// `npm start` as a real child process (api/main.ts from its compiled bundle, built first when
// stale: build/run.mjs) with a local Neo4j of the test's own, for tests that kill and restart
// the database under a running server.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot, type Neo4jConnection } from '../../graph/config.js';

export interface MainProcess {
  child: ChildProcess;
  url: string;
  lines: string[];
  exited: Promise<number | null>;
}

/** Starts the compiled api/main.ts and waits until it serves; rejects with its output if it exits first. */
export async function startMain(env: Record<string, string>, args: string[] = [], external?: Neo4jConnection): Promise<MainProcess> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, LOG_LEVEL: 'info', NODE_ENV: 'production' };
  delete childEnv.NEO4J_URI;
  delete childEnv.NEO4J_DATABASE;
  // The local launcher's own credentials (its data dir) are used, never these.
  delete childEnv.NEO4J_USERNAME;
  delete childEnv.NEO4J_PASSWORD;
  // Unless the test hands it a server of its own: then main neither starts nor supervises one.
  if (external) {
    childEnv.NEO4J_URI = external.uri;
    if (external.username) childEnv.NEO4J_USERNAME = external.username;
    if (external.password) childEnv.NEO4J_PASSWORD = external.password;
    if (external.database) childEnv.NEO4J_DATABASE = external.database;
  }
  const child = spawn(process.execPath, ['build/run.mjs', 'api/main.ts', ...args], {
    cwd: repoRoot,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const onLine = (line: string) => {
      lines.push(line);
      const started = /jurisgraph 已启动：(http:\/\/\S+?)\//.exec(line);
      if (started) resolve(started[1]!);
    };
    createInterface({ input: child.stdout! }).on('line', onLine);
    createInterface({ input: child.stderr! }).on('line', onLine);
    void exited.then((code) => reject(new Error(`api/main.ts exited with ${code} before serving:\n${lines.join('\n')}`)));
  });
  return { child, url, lines, exited };
}

/** Stops a main process with Ctrl-C if it still runs. */
export async function stopMain(main: MainProcess | undefined): Promise<void> {
  if (main && main.child.exitCode === null) {
    main.child.kill('SIGINT');
    await main.exited;
  }
}

/** The pid of the launcher JVM running on `dataDir` (from its lock file). */
export function lockPid(dataDir: string): number {
  return (JSON.parse(readFileSync(path.join(dataDir, 'launcher.json'), 'utf8')) as { pid: number }).pid;
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls `probe` until `ok` holds or `timeoutMs` passes; returns the last value. */
export async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    value = await probe();
  }
  return value;
}

/** Kills a launcher JVM left running on `dataDir` (a test's cleanup) and removes the store. */
export async function removeLocalStore(dataDir: string): Promise<void> {
  if (existsSync(path.join(dataDir, 'launcher.json'))) {
    const pid = lockPid(dataDir);
    if (alive(pid)) process.kill(pid, 'SIGKILL');
  }
  await rm(dataDir, { recursive: true, force: true });
}
