// `npm run load` in a child process against the integration tests' Neo4j: a loader that
// shares nothing with the test process but the database.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '../..');

/** The environment a CLI child process needs to reach the integration tests' Neo4j. */
export function cliEnvironment(): NodeJS.ProcessEnv {
  const { uri, username, password, database } = inject('neo4j');
  return {
    ...process.env,
    NEO4J_URI: uri,
    NEO4J_USERNAME: username ?? '',
    NEO4J_PASSWORD: password ?? '',
    NEO4J_DATABASE: database ?? '',
  };
}

/** Loads `file` as a list of `county` (测试省/测试市), so tests' data never meet. */
export function loadWithCli(file: string, county: string): { status: number | null; stderr: string } {
  const env = cliEnvironment();
  const args = ['cli/load.ts', '--province', '测试省', '--city', '测试市', '--county', county, file];
  const run = spawnSync(path.join(REPO, 'node_modules/.bin/tsx'), args, { cwd: REPO, env, encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr };
}
