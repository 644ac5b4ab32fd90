// Commits of one file name run one after the other, across every API process sharing the
// uploads directory: each moves the file the previous one left (and a second commit of the
// same upload must find it gone). Inside a process a promise chain orders them; between
// processes a lock file, <uploads>/.locks/<hash of name>.lock, created exclusively ('wx').
// A lock whose owner died (same host, pid gone) or that is older than any commit could
// take is taken over, so a killed worker never blocks a name for good.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Longer than any commit may run (the write of one list is seconds). */
const STALE_AFTER_MS = 10 * 60 * 1000;
const POLL_MS = 50;
const HALF_WRITTEN_AFTER_MS = 10_000;

interface LockOwner {
  pid: number;
  host: string;
  at: number;
}

const chains = new Map<string, Promise<unknown>>();

export async function oneCommitPerName<T>(uploads: string, name: string, commit: () => Promise<T>): Promise<T> {
  const before = chains.get(name) ?? Promise.resolve();
  const mine = before.catch(() => undefined).then(() => withLockFile(uploads, name, commit));
  chains.set(name, mine);
  try {
    return await mine;
  } finally {
    if (chains.get(name) === mine) chains.delete(name);
  }
}

async function withLockFile<T>(uploads: string, name: string, commit: () => Promise<T>): Promise<T> {
  const dir = path.join(uploads, '.locks');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // Hashed: the name's characters and length are the upload's business, not the lock's.
  const file = path.join(dir, `${createHash('sha256').update(name).digest('hex').slice(0, 32)}.lock`);
  const owner: LockOwner = { pid: process.pid, host: os.hostname(), at: Date.now() };
  for (;;) {
    try {
      await writeFile(file, JSON.stringify(owner), { flag: 'wx', mode: 0o600 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await isStale(file)) await rm(file, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
  try {
    return await commit();
  } finally {
    await rm(file, { force: true });
  }
}

async function isStale(file: string): Promise<boolean> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  // Gone since: not stale, just free (the next try creates it).
  if (text === undefined) return false;
  let owner: LockOwner;
  try {
    owner = JSON.parse(text) as LockOwner;
  } catch {
    // Half-written: its writer is at it, unless it died between creating and writing.
    const info = await stat(file).catch(() => undefined);
    return info !== undefined && Date.now() - info.mtimeMs > HALF_WRITTEN_AFTER_MS;
  }
  if (Date.now() - owner.at > STALE_AFTER_MS) return true;
  return owner.host === os.hostname() && !alive(owner.pid);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, owned by someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
