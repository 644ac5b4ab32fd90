// `npm run export` in a child process against the integration tests' Neo4j.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { cliEnvironment } from '../../support/load-cli.js';

const REPO = path.resolve(import.meta.dirname, '../../..');

export interface CliRun {
  status: number | null;
  stdout: Buffer;
  stderr: string;
}

/** Runs cli/export.ts with `args`; stdout kept as bytes (the BOM and the UTF-8 are what is tested). */
export function exportWithCli(args: string[]): Promise<CliRun> {
  const child = spawn(path.join(REPO, 'node_modules/.bin/tsx'), ['cli/export.ts', ...args], { cwd: REPO, env: cliEnvironment() });
  const out: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout: Buffer.concat(out), stderr }));
  });
}

/** What an export says when a write committed while it ran (graph/export/repository.ts GraphChangedDuringExport). */
const GRAPH_CHANGED = '导出期间图数据已更新';
const ATTEMPTS = 3;

/**
 * `exportWithCli`, run again when another test file's write committed during the export: the
 * export refuses then, as it must (tested on its own below), and a user would run it again.
 */
export async function exportSettled(args: string[]): Promise<CliRun> {
  for (let attempt = 1; ; attempt += 1) {
    const run = await exportWithCli(args);
    if (run.status !== 3 || !run.stderr.includes(GRAPH_CHANGED) || attempt >= ATTEMPTS) return run;
  }
}

export interface Download {
  status: number;
  headers: Headers;
  bytes: Buffer;
}

/** A download, again when it was refused (503) or cut off because another test file's write committed meanwhile. */
export async function downloadSettled(url: string): Promise<Download> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const res = await fetch(url);
      const bytes = Buffer.from(await res.arrayBuffer());
      if (res.status === 503 && bytes.toString('utf8').includes(GRAPH_CHANGED) && attempt < ATTEMPTS) continue;
      return { status: res.status, headers: res.headers, bytes };
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
    }
  }
}
