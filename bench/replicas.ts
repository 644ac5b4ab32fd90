// `npm run bench:replicas [-- --rounds 5 --seconds 20 --clients 16]`: throughput of the API
// with 1 worker against 2 workers (`npm start -- --workers N`) on ONE Neo4j (issue 15 item 4).
// One local Neo4j in a fresh temp dir; then two servers as child processes (`node --import tsx
// api/main.ts --api-only --workers N`, from the sources like `npm run dev`, so that a bundle build
// broken by work in progress elsewhere in the tree does not stop the bench; NEO4J_URI pointing at
// that Neo4j), the first loading the five seeds (`--load`), both started and warmed before any round (the idle one costs nothing
// but a version check every 15 s). Each round drives one server, then the other (the order
// alternates), with `clients` closed-loop keep-alive clients for `seconds` asking county-scoped
// whoHandles from a fixed question list; it reports req/s, p50/p99 and the ratio 2÷1 per round,
// the median [min–max] over rounds, and where the CPU went: the server's processes (primary and
// workers), the JVM and this load driver, from /proc/<pid>/stat (cores busy = CPU s ÷ wall s).
// The machine is shared: os.loadavg() is printed with every round.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Neo4jConnection } from '../graph/config.js';
import { freePort, type LocalNeo4j, startLocalNeo4j } from '../graph/localNeo4j.js';
import { QUESTIONS, WHO_HANDLES } from './county-questions.js';
import { loadAverage as load, median, percentile } from './measure.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = path.resolve(repoRoot, '../shared/seeds');

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '20' },
    clients: { type: 'string', default: '16' },
  },
});
const ROUNDS = Number(args.rounds);
const SECONDS = Number(args.seconds);
const CLIENTS = Number(args.clients);

const WHO = WHO_HANDLES;

const say = (line: string): void => console.log(`[load ${load()}] ${line}`);

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** CPU seconds (user + system) a process has used so far; 0 once it is gone. */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command (which may hold spaces), from its closing parenthesis: utime is the 12th, stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** CPU seconds all cores of the machine spent busy so far (/proc/stat: everything but idle and iowait). */
function machineBusySeconds(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  return (total - fields[3]! - fields[4]!) / TICKS_PER_SECOND;
}

/** A process and its children (the workers of a primary), from /proc/<pid>/task/<tid>/children. */
function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      if (text) children = [...children, ...text.split(' ').map(Number)];
    }
  } catch {
    return [pid];
  }
  return [pid, ...children.flatMap(processTree)];
}

interface Server {
  workers: number;
  child: ChildProcess;
  url: string;
  lines: string[];
}

/** `npm start -- --api-only --workers N` against `neo4j`; resolves once it serves and every worker has warmed. */
async function startServer(workers: number, neo4j: Neo4jConnection, load: string[] = []): Promise<Server> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    HOST: '127.0.0.1',
    PORT: String(await freePort()),
    NEO4J_URI: neo4j.uri,
    NEO4J_USERNAME: neo4j.username ?? '',
    NEO4J_PASSWORD: neo4j.password ?? '',
  };
  const loading = load.length > 0 ? ['--load', ...load] : [];
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/main.ts', '--api-only', '--workers', String(workers), ...loading], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    let url: string | undefined;
    let warmed = 0;
    const onLine = (line: string) => {
      lines.push(line);
      const started = /jurisgraph 已启动：(http:\/\/\S+?)\//.exec(line);
      if (started) url = started[1];
      if (line.includes('已预热')) warmed += 1;
      if (url && warmed >= workers) resolve(url);
    };
    createInterface({ input: child.stdout! }).on('line', onLine);
    createInterface({ input: child.stderr! }).on('line', onLine);
    child.once('exit', (code) => reject(new Error(`server (${workers} workers) exited with ${code}:\n${lines.slice(-20).join('\n')}`)));
  });
  return { workers, child, url, lines };
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGINT');
  await exited;
}

function post(agent: http.Agent, url: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/graphql`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function countyNames(url: string): Promise<string[]> {
  const agent = new http.Agent({ keepAlive: false });
  const r = await post(agent, url, JSON.stringify({ query: '{ jurisdictions { name level } }' }));
  const body = JSON.parse(r.text) as { data: { jurisdictions: Array<{ name: string; level: string }> } };
  return body.data.jurisdictions.filter((j) => j.level === 'county').map((j) => j.name);
}

interface RoundResult {
  workers: number;
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
  /** Cores busy over the round: CPU seconds ÷ wall seconds. */
  serverCores: number;
  jvmCores: number;
  driverCores: number;
  /** Every process of the machine (the other processes sharing it included). */
  machineCores: number;
  loadavg: string;
}

/** `CLIENTS` keep-alive clients asking whoHandles for `seconds`. */
async function drive(server: Server, counties: string[], jvmPid: number, seconds: number): Promise<RoundResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const pids = processTree(server.child.pid!);
  const serverCpu0 = pids.reduce((s, p) => s + cpuSeconds(p), 0);
  const jvmCpu0 = cpuSeconds(jvmPid);
  const driverCpu0 = process.cpuUsage();
  const machine0 = machineBusySeconds();
  const started = performance.now();
  const end = started + seconds * 1000;
  const ms: number[] = [];
  let errors = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < end) {
        const i = next++;
        const body = JSON.stringify({ query: WHO, variables: { q: QUESTIONS[i % QUESTIONS.length], j: counties[i % counties.length] } });
        const t0 = performance.now();
        const r = await post(agent, server.url, body);
        ms.push(performance.now() - t0);
        if (r.status !== 200 || r.text.includes('"errors"')) errors += 1;
      }
    }),
  );
  const wall = (performance.now() - started) / 1000;
  agent.destroy();
  const serverCpu = processTree(server.child.pid!).reduce((s, p) => s + cpuSeconds(p), 0) - serverCpu0;
  const driver = process.cpuUsage(driverCpu0);
  ms.sort((a, b) => a - b);
  return {
    workers: server.workers,
    requests: ms.length,
    errors,
    rps: ms.length / wall,
    p50: percentile(ms, 50),
    p99: percentile(ms, 99),
    serverCores: serverCpu / wall,
    jvmCores: (cpuSeconds(jvmPid) - jvmCpu0) / wall,
    driverCores: (driver.user + driver.system) / 1e6 / wall,
    machineCores: (machineBusySeconds() - machine0) / wall,
    loadavg: load(),
  };
}

function seedFiles(): string[] {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(seedsDir, f));
}

const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);
const spread = (values: number[], f: (n: number) => string) => `${f(median(values))} [${f(Math.min(...values))}–${f(Math.max(...values))}]`;

async function main(): Promise<void> {
  say(`bench:replicas: ${ROUNDS} rounds × ${SECONDS} s, ${CLIENTS} keep-alive clients, ${os.cpus().length} CPUs`);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'jurisgraph-bench-replicas-'));
  let local: LocalNeo4j | undefined;
  const servers: Server[] = [];
  try {
    local = await startLocalNeo4j({ port: await freePort(), dataDir });
    say(`Neo4j ${local.version} pid ${local.pid} (${f1(local.startMillis / 1000)} s)`);
    for (const workers of [1, 2]) {
      const t = performance.now();
      servers.push(await startServer(workers, local.connection, workers === 1 ? seedFiles() : []));
      say(
        `server with ${workers} worker(s) at ${servers.at(-1)!.url}, started${workers === 1 ? ', seeds loaded' : ''} and warmed in ${f1((performance.now() - t) / 1000)} s`,
      );
    }
    const counties = await countyNames(servers[0]!.url);
    say(`counties asked: ${counties.join('、')}`);
    // Connections, JIT and the driver's pools warm before anything is counted.
    for (const s of servers) await drive(s, counties, local.pid, 3);

    const rounds: Array<Record<number, RoundResult>> = [];
    console.log(
      '\n| round | workers | req/s | p50 ms | p99 ms | errors | server cores | JVM cores | driver cores | machine cores | load average |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (let round = 1; round <= ROUNDS; round += 1) {
      const order = round % 2 === 1 ? servers : [...servers].reverse();
      const results: Record<number, RoundResult> = {};
      for (const s of order) {
        const r = await drive(s, counties, local.pid, SECONDS);
        results[s.workers] = r;
        console.log(
          `| ${round} | ${r.workers} | ${f1(r.rps)} | ${f1(r.p50)} | ${f1(r.p99)} | ${r.errors} | ${f2(r.serverCores)} | ${f2(r.jvmCores)} | ${f2(r.driverCores)} | ${f2(r.machineCores)} | ${r.loadavg} |`,
        );
      }
      rounds.push(results);
    }

    const of = (w: number, pick: (r: RoundResult) => number) => rounds.map((r) => pick(r[w]!));
    console.log(`\n## 1 vs 2 workers, median [min–max] over ${ROUNDS} rounds (load average now ${load()})\n`);
    console.log('| | 1 worker | 2 workers | 2 ÷ 1 |');
    console.log('| --- | --- | --- | --- |');
    const ratios = (pick: (r: RoundResult) => number) => rounds.map((r) => pick(r[2]!) / pick(r[1]!));
    console.log(
      `| req/s | ${spread(
        of(1, (r) => r.rps),
        f1,
      )} | ${spread(
        of(2, (r) => r.rps),
        f1,
      )} | ${spread(
        ratios((r) => r.rps),
        f2,
      )} |`,
    );
    console.log(
      `| p50 ms | ${spread(
        of(1, (r) => r.p50),
        f1,
      )} | ${spread(
        of(2, (r) => r.p50),
        f1,
      )} | ${spread(
        ratios((r) => r.p50),
        f2,
      )} |`,
    );
    console.log(
      `| p99 ms | ${spread(
        of(1, (r) => r.p99),
        f1,
      )} | ${spread(
        of(2, (r) => r.p99),
        f1,
      )} | ${spread(
        ratios((r) => r.p99),
        f2,
      )} |`,
    );
    console.log(
      `| server cores (Node) | ${spread(
        of(1, (r) => r.serverCores),
        f2,
      )} | ${spread(
        of(2, (r) => r.serverCores),
        f2,
      )} | |`,
    );
    console.log(
      `| Neo4j cores (JVM) | ${spread(
        of(1, (r) => r.jvmCores),
        f2,
      )} | ${spread(
        of(2, (r) => r.jvmCores),
        f2,
      )} | |`,
    );
    console.log(
      `| load driver cores | ${spread(
        of(1, (r) => r.driverCores),
        f2,
      )} | ${spread(
        of(2, (r) => r.driverCores),
        f2,
      )} | |`,
    );
    console.log(
      `| machine cores busy (all processes, ${os.cpus().length} cores) | ${spread(
        of(1, (r) => r.machineCores),
        f2,
      )} | ${spread(
        of(2, (r) => r.machineCores),
        f2,
      )} | |`,
    );
    console.log(
      `| errors | ${of(1, (r) => r.errors).reduce((a, b) => a + b, 0)} | ${of(2, (r) => r.errors).reduce((a, b) => a + b, 0)} | |`,
    );
  } finally {
    for (const s of servers) await stopServer(s);
    await local?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
