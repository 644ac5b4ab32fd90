// How many API processes `npm start` runs behind its one port: `--workers N`, else
// JURISGRAPH_WORKERS, else 1 (one process, no cluster: the behaviour before replicas).
import { ConfigError } from '../graph/config.js';

/** More would only queue on the same cores and the same Neo4j; a typo like 100 should not fork 100 processes. */
export const MAX_WORKERS = 64;

export function workerCount(option: string | undefined, env: NodeJS.ProcessEnv = process.env): number {
  const [raw, source] = option !== undefined ? [option, '--workers'] : [env.JURISGRAPH_WORKERS?.trim(), 'JURISGRAPH_WORKERS'];
  if (raw === undefined || raw === '') return 1;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORKERS) {
    throw new ConfigError(`${source} 应为 1 到 ${MAX_WORKERS} 之间的整数（API 进程数），收到 ${raw}`);
  }
  return n;
}
