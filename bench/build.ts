// The compiled server (`npm start` now: build/run.mjs runs dist/server/api/main.js with plain
// node) against the TypeScript sources run through tsx (`npm start` before the build), in one run:
//   1. cold `npm start` until it logs "jurisgraph 已启动": a new local Neo4j each time (fresh
//      temp NEO4J_DATA_DIR, free NEO4J_LOCAL_PORT, PORT=0); each round starts both, alternating
//      which goes first
//   2. the same against a Neo4j that is already running (NEO4J_URI): the Node side alone
//   3. whoHandles p50 over HTTP ÷ the same Cypher run directly (bench/api.ts, once per server)
// Everything runs in a copy of the working tree taken at the start (sources with their
// timestamps; node_modules, the built launcher, the built page and ../shared linked), so both
// sides run the same code even while someone edits the tree, and the compiled side never
// rebuilds mid-run. There the server is built once, and each command is started once untimed
// (tsx keeps a transform cache, the OS a file cache), so neither side pays a one-off cost.
//   npx tsx bench/build.ts [rounds]        (npm run bench:build)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { freePort } from '../graph/localNeo4j.js';
import { removeLocalStore } from '../tests/support/mainProcess.js';
import { startBenchGraph } from './graph.js';
import { median, report } from './measure.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[2] ?? 3);
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
const READY = 'jurisgraph 已启动';

/** The working tree as it is now, in a temp dir: tracked and untracked files, not ignored ones. */
function snapshot(): { tree: string; remove: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'jurisgraph-bench-build-'));
  const tree = path.join(root, 'repo');
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' });
  for (const file of files.split('\0')) {
    if (!file || !existsSync(path.join(repoRoot, file))) continue;
    cpSync(path.join(repoRoot, file), path.join(tree, file), { preserveTimestamps: true });
  }
  // Built or installed, not sources: linked (rm -r removes the links, not what they point to).
  for (const built of ['node_modules', 'graph/launcher/target', 'dist/web']) {
    if (!existsSync(path.join(repoRoot, built))) continue;
    mkdirSync(path.dirname(path.join(tree, built)), { recursive: true });
    symlinkSync(path.join(repoRoot, built), path.join(tree, built));
  }
  symlinkSync(path.resolve(repoRoot, '../shared'), path.join(root, 'shared'));
  return { tree, remove: () => rmSync(root, { recursive: true, force: true }) };
}

const { tree, remove } = snapshot();

/** `npm start` as package.json says it now (a plain `node …` command), without npm's own start-up. */
function npmStart(): string[] {
  const script = (JSON.parse(readFileSync(path.join(tree, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const [program, ...args] = script.split(' ');
  if (program !== 'node') throw new Error(`npm start is no longer a plain node command: ${script}`);
  return [process.execPath, ...args];
}

const SERVERS = { tsx: [tsx, 'api/main.ts'], compiled: npmStart() } as const;
type Server = keyof typeof SERVERS;

/** Milliseconds from spawning `server` until it logs that it serves; then stops it with Ctrl-C. */
async function timeToReady(server: Server, env: Record<string, string>): Promise<number> {
  const [program, ...args] = SERVERS[server];
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'production' };
  if (!env.NEO4J_URI) delete childEnv.NEO4J_URI;
  const started = performance.now();
  const child = spawn(program!, args, { cwd: tree, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines: string[] = [];
  try {
    return await new Promise<number>((resolve, reject) => {
      const onLine = (line: string) => {
        lines.push(line);
        if (line.includes(READY)) resolve(performance.now() - started);
      };
      createInterface({ input: child.stdout! }).on('line', onLine);
      createInterface({ input: child.stderr! }).on('line', onLine);
      void exited.then(() => reject(new Error(`${server} exited before serving:\n${lines.join('\n')}`)));
    });
  } finally {
    if (child.exitCode === null) child.kill('SIGINT');
    await exited;
  }
}

/** A cold start: a new local Neo4j on a fresh data dir and a free port. */
async function coldStart(server: Server): Promise<number> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'jurisgraph-bench-start-'));
  try {
    return await timeToReady(server, { NEO4J_DATA_DIR: dataDir, NEO4J_LOCAL_PORT: String(await freePort()) });
  } finally {
    await removeLocalStore(dataDir);
  }
}

/** Both servers once per round, alternating which goes first; per-round compiled ÷ tsx. */
async function interleaved(start: (server: Server) => Promise<number>): Promise<{ ms: Record<Server, number[]>; ratios: number[] }> {
  const ms: Record<Server, number[]> = { tsx: [], compiled: [] };
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const order: Server[] = r % 2 === 0 ? ['tsx', 'compiled'] : ['compiled', 'tsx'];
    for (const server of order) ms[server].push(await start(server));
    ratios.push(ms.compiled.at(-1)! / ms.tsx.at(-1)!);
    console.log(`round ${r + 1}: tsx ${ms.tsx.at(-1)!.toFixed(0)} ms, compiled ${ms.compiled.at(-1)!.toFixed(0)} ms`);
  }
  return { ms, ratios };
}

/** bench/api.ts against one server: its median per-round whoHandles p50 ÷ Cypher p50. */
function whoHandlesP50Ratio(server: Server, neo4jUri: string): number {
  console.log(`\n=== bench/api.ts ${rounds} (BENCH_SERVER=${server})`);
  const run = spawnSync(tsx, ['bench/api.ts', String(rounds)], {
    cwd: tree,
    env: { ...process.env, BENCH_SERVER: server, NEO4J_URI: neo4jUri },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  process.stdout.write(run.stdout);
  const line = run.stdout.split('\n').find((l) => l.startsWith('whoHandles over HTTP ÷ same Cypher direct: p50'));
  const value = Number(line?.slice('whoHandles over HTTP ÷ same Cypher direct: p50'.length).trim().split(/\s+/)[0]);
  if (run.status !== 0 || !Number.isFinite(value)) throw new Error(`bench/api.ts (${server}) failed with ${run.status}`);
  return value;
}

console.log(`a copy of the working tree: ${tree}`);
const build = spawnSync(process.execPath, ['build/server.mjs'], { cwd: tree, stdio: 'inherit' });
if (build.status !== 0) {
  remove();
  process.exit(1);
}

const graph = await startBenchGraph();
try {
  console.log(`\nwarm-up (untimed): each command once against ${graph.uri}`);
  for (const server of ['tsx', 'compiled'] as const) await timeToReady(server, { NEO4J_URI: graph.uri });
  console.log(`\ncold npm start (new local Neo4j each time), ${rounds} rounds`);
  const cold = await interleaved(coldStart);
  console.log(`\nnpm start against the running Neo4j (${graph.uri}), ${rounds} rounds`);
  const warm = await interleaved((server) => timeToReady(server, { NEO4J_URI: graph.uri }));
  const p50 = { tsx: whoHandlesP50Ratio('tsx', graph.uri), compiled: whoHandlesP50Ratio('compiled', graph.uri) };

  console.log('\n=== the build against tsx');
  report([
    { name: 'cold npm start to ready: compiled ÷ tsx', aim: '< 1', perRound: cold.ratios },
    { name: 'npm start to ready, Neo4j running: compiled ÷ tsx', aim: '< 1', perRound: warm.ratios },
  ]);
  const ms = (values: number[]) => `${(median(values) / 1000).toFixed(2)} s`;
  console.log(`cold npm start, median: tsx ${ms(cold.ms.tsx)}, compiled ${ms(cold.ms.compiled)}`);
  console.log(`npm start with Neo4j running, median: tsx ${ms(warm.ms.tsx)}, compiled ${ms(warm.ms.compiled)}`);
  console.log(
    `whoHandles p50 over HTTP ÷ same Cypher direct (bench/api.ts, median of ${rounds} rounds): tsx ${p50.tsx.toFixed(3)}, ` +
      `compiled ${p50.compiled.toFixed(3)} (compiled ÷ tsx ${(p50.compiled / p50.tsx).toFixed(3)})`,
  );
} finally {
  await graph.stop();
  remove();
}
