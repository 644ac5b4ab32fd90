// `npm run bench`: every bench, one after the other, each in its own process (each
// prints its own ratios). Extra arguments go to bench/api.ts (rounds).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
const benches: Array<[string, string[]]> = [
  ['bench/api.ts', process.argv.slice(2)],
  ['bench/parse.ts', []],
  ['bench/analyses.ts', []],
];

let failed = 0;
for (const [file, args] of benches) {
  console.log(`\n=== ${file}`);
  const r = spawnSync(tsx, [file, ...args], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
