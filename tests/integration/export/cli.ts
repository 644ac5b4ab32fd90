// `npm run export` in a child process against the integration tests' Neo4j.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '../../..');

export interface CliRun {
  status: number | null;
  stdout: Buffer;
  stderr: string;
}

/** Runs cli/export.ts with `args`; stdout kept as bytes (the BOM and the UTF-8 are what is tested). */
export function exportWithCli(args: string[]): Promise<CliRun> {
  const { uri, username, password, database } = inject('neo4j');
  const env = {
    ...process.env,
    NEO4J_URI: uri,
    NEO4J_USERNAME: username ?? '',
    NEO4J_PASSWORD: password ?? '',
    NEO4J_DATABASE: database ?? '',
  };
  const child = spawn(path.join(REPO, 'node_modules/.bin/tsx'), ['cli/export.ts', ...args], { cwd: REPO, env });
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
