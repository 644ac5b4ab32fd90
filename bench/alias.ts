// whoHandles under alias amplification (issue 11, item 6): p50 of one plain whoHandles
// question while 4 attacker clients send, in a loop, a query aliasing a database-touching
// field many times (999 × health, or as many whoHandles as the old limits let through; and
// the largest the limits accept now), ÷ p50 of the same question with no attackers. A
// control load (4 clients, one question each) shows what 4 busy clients cost anyway. The server runs as a child process (tsx
// api/main.ts --api-only, NODE_ENV=production) on the bench's own Neo4j; the attackers'
// refusals are counted, so a run shows whether the limits hold and what they cost.
//   npx tsx bench/alias.ts [rounds]
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentConnection } from '../graph/driver.js';
import { freePort } from '../graph/localNeo4j.js';
import { writeLoad } from '../graph/writer.js';
import { loadDocuments } from '../loaders/load.js';
import { startBenchGraph } from './graph.js';
import { seedFiles } from './load.js';
import { postGraphql } from '../tests/support/post-graphql.js';
import { percentile, report, type Ratio } from './measure.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[2] ?? 3);
const ATTACKERS = 4;
const SAMPLES = 40;

const WHO = `query($q: String!, $j: String) { whoHandles(question: $q, jurisdiction: $j, first: 3) { agency { name } score } }`;
const QUESTION = { q: '有企业想在我们区建炼油厂，行业上归哪个部门管？', j: '洪江区' };

const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const who = `whoHandles(question: "${QUESTION.q}", jurisdiction: "${QUESTION.j}", first: 1) { score }`;
/**
 * The loads: a control (4 clients asking one question each, no aliases: what any 4 busy
 * clients cost), the two attacks the old limits let through (one database round trip or
 * one ranking per alias) and the largest of each the limits accept now.
 */
const ATTACKS = {
  'whoHandles × 1 (control)': aliases(1, who),
  'health × 999': aliases(999, 'health { status }'),
  'whoHandles × 39': aliases(39, who),
  'health × 10': aliases(10, 'health { status }'),
  'whoHandles × 3': aliases(3, who),
};

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; body: string }> {
  return postGraphql(url, query, variables, agent);
}

async function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(path.join(repoRoot, 'node_modules/.bin/tsx'), ['api/main.ts', '--api-only'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NEO4J_URI: currentConnection().uri,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await post(url, '{ __typename }')).status === 200) return { url, child };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** p50 of SAMPLES sequential questions (a failed answer, a timeout, counts with its time) and how many failed. */
async function p50(url: string): Promise<{ p50: number; failed: number }> {
  const times: number[] = [];
  let failed = 0;
  for (let i = 0; i < SAMPLES; i++) {
    const t0 = performance.now();
    const r = await post(url, WHO, QUESTION).catch(() => ({ status: 0, body: '' }));
    if (r.status !== 200 || r.body.includes('"errors"')) failed++;
    times.push(performance.now() - t0);
  }
  return {
    p50: percentile(
      times.sort((a, b) => a - b),
      50,
    ),
    failed,
  };
}

/** p50 of the plain question while ATTACKERS clients send `attack` in a loop; the attack's statuses. */
async function underAttack(url: string, attack: string): Promise<{ p50: number; failed: number; statuses: Map<string, number> }> {
  let stop = false;
  const statuses = new Map<string, number>();
  const attackers = Array.from({ length: ATTACKERS }, async () => {
    while (!stop) {
      const status = await post(url, attack).then(
        (r) => String(r.status),
        (e: NodeJS.ErrnoException) => e.code ?? 'error',
      );
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  });
  await new Promise((r) => setTimeout(r, 500));
  const measured = await p50(url);
  stop = true;
  await Promise.all(attackers);
  return { ...measured, statuses };
}

const graph = await startBenchGraph();
let server: { url: string; child: ChildProcess } | undefined;
try {
  const run = await loadDocuments(seedFiles());
  await writeLoad(run.result, run.documents);
  server = await startServer();
  await p50(server.url); // warm-up: evidence index, jieba
  const ratios: Ratio[] = Object.keys(ATTACKS).map((name) => ({ name: `whoHandles p50 under ${name} ÷ idle`, aim: '≤ 2', perRound: [] }));
  for (let round = 0; round < rounds; round++) {
    const idle = (await p50(server.url)).p50;
    let i = 0;
    for (const [name, attack] of Object.entries(ATTACKS)) {
      const attacked = await underAttack(server.url, attack);
      ratios[i++]!.perRound.push(attacked.p50 / idle);
      console.log(
        `round ${round + 1}: idle p50 ${idle.toFixed(1)} ms, under ${name} ${attacked.p50.toFixed(1)} ms (${attacked.failed} of ${SAMPLES} questions failed); attack answered ${[...attacked.statuses].map(([s, n]) => `${n}× ${/^\d+$/.test(s) ? `HTTP ${s}` : s}`).join(', ')}`,
      );
    }
  }
  report(ratios);
  console.log(`each ratio is of one round: ${SAMPLES} sequential questions per p50, ${ATTACKERS} attackers`);
} finally {
  server?.child.kill('SIGTERM');
  await graph.stop();
}
