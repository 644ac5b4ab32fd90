// API figures, each a ratio of two things measured in the same run, interleaved A/B
// over several rounds (median and min/max of the per-round ratios):
//   1. whoHandles over HTTP ÷ the same Cypher run directly through one shared driver (p50, p99)
//   2. a no-database query on our server (all plugins) ÷ an Apollo hello-world (throughput)
//   3. whoHandles throughput with 8 concurrent clients ÷ with 1
//   4. load rows/s: writeLoad ÷ a bare UNWIND insert of the same rows (bench/load.ts)
// Starts its own Neo4j through our launcher (or uses NEO4J_URI), loads the five seeds,
// and runs our server (api/main.ts --api-only) and the hello-world as child processes.
// Our server runs as `npm start` runs it, from the compiled bundle (build/run.mjs); with
// BENCH_SERVER=tsx from the TypeScript sources through tsx instead (bench/build.ts compares).
//   npx tsx bench/api.ts [rounds]
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../graph/localNeo4j.js';
import { currentConnection } from '../graph/driver.js';
import { readRows } from '../graph/repositories/read.js';
import { FULLTEXT } from '../graph/schema/indexes.js';
import { WHO_HANDLES_CANDIDATES } from '../graph/queries/bench.js';
import { jurisdictionKeys } from '../graph/search/jurisdiction.js';
import { graphVersion } from '../graph/version.js';
import { agencyJurisdictions } from '../graph/repositories/evidence.repository.js';
import { luceneQuery } from '../graph/search/question-terms.js';
import { evidenceIndex, prepareTerms } from '../graph/search/route.js';
import { writeLoad } from '../graph/writer.js';
import { loadDocuments } from '../loaders/load.js';
import { readQuestions } from '../tests/questions/questions.js';
import { postGraphql } from '../tests/support/post-graphql.js';
import { startBenchGraph } from './graph.js';
import { benchLoad, seedFiles } from './load.js';
import { latencies, median, percentile, report, throughput } from './measure.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[2] ?? 7);
const REQUESTS_PER_ROUND = 60;
const THROUGHPUT_MS = 3_000;

interface Child {
  url: string;
  process: ChildProcess;
}

const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
const ourServer =
  process.env.BENCH_SERVER === 'tsx'
    ? { label: 'tsx api/main.ts', command: [tsx, 'api/main.ts'] }
    : { label: 'node build/run.mjs api/main.ts (compiled)', command: [process.execPath, 'build/run.mjs', 'api/main.ts'] };

/** Starts a command as a child process and waits until its GraphQL answers. */
async function startChild(command: string[], env: Record<string, string>, probe: string): Promise<Child> {
  const port = await freePort();
  const [program, ...args] = command;
  const child = spawn(program!, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'production' },
    // LOG_LEVEL=warn: what the servers print is what went wrong.
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const r = await post(url, probe);
      if (r.ok) return { url, process: child };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`${command.join(' ')} did not start`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

async function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<{ ok: boolean; body: string }> {
  const res = await postGraphql(url, query, variables, agent);
  return { ok: res.status > 0 && res.status < 300, body: res.body };
}

async function gqlOk(url: string, query: string, variables: Record<string, unknown> = {}): Promise<void> {
  const res = await post(url, query, variables);
  const body = JSON.parse(res.body) as { errors?: unknown[] };
  if (!res.ok || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
}

const WHO = `query($q: String!, $j: String) { whoHandles(question: $q, jurisdiction: $j, first: 5) {
  agency { name aliases } matter { title } division bases { title docNumber } case score highlights source { file line } } }`;

/**
 * The Cypher whoHandles runs for one question once the jurisdiction and its agency names
 * are cached for the current graph version (graph/version.ts; the warm-up fills the caches):
 * the version read and the candidates query.
 */
interface DirectCypher {
  steps: Array<{ cypher: string; params: Record<string, unknown> }>;
}

async function directCypher(question: string, jurisdiction: string | null): Promise<DirectCypher> {
  const version = await graphVersion();
  const keys = await jurisdictionKeys(jurisdiction, version);
  const index = await evidenceIndex(keys, version, agencyJurisdictions);
  const lucene = luceneQuery(prepareTerms(question, index.mentionable)?.terms.terms ?? []);
  if (!lucene) throw new Error(`no terms in ${question}`);
  return {
    steps: [
      {
        cypher: WHO_HANDLES_CANDIDATES,
        params: {
          q: lucene,
          jurisdictionKeys: keys,
          limit: 150,
          responsibilityIndex: FULLTEXT.responsibilityText,
          matterIndex: FULLTEXT.matterTitle,
          dutyIndex: FULLTEXT.dutyText,
        },
      },
    ],
  };
}

const graph = await startBenchGraph();
const children: Child[] = [];
try {
  const run = await loadDocuments(seedFiles());
  await writeLoad(run.result, run.documents);
  const ours = await startChild([...ourServer.command, '--api-only'], { NEO4J_URI: currentConnection().uri }, '{ __typename }');
  console.log(`our server: ${ourServer.label}`);
  const hello = await startChild([tsx, 'bench/hello.ts'], {}, '{ hello }');
  children.push(ours, hello);

  const questions = readQuestions();
  const direct = await Promise.all(questions.map((q) => directCypher(q.question, q.jurisdiction)));
  const ask = (i: number) => {
    const q = questions[i % questions.length]!;
    return gqlOk(ours.url, WHO, { q: q.question, j: q.jurisdiction });
  };
  const cypher = async (i: number) => {
    for (const step of direct[i % direct.length]!.steps) await readRows(step.cypher, step.params);
  };
  // Warm-up: JIT, query plans, jieba dictionary in the server.
  for (let i = 0; i < questions.length; i++) {
    await ask(i);
    await cypher(i);
  }

  const p50: number[] = [];
  const p99: number[] = [];
  const noDb: number[] = [];
  const scale: number[] = [];
  const dbScale: number[] = [];
  for (let r = 0; r < rounds; r++) {
    // Interleave A and B request by request, so drift in machine load hits both alike.
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < REQUESTS_PER_ROUND; i++) {
      const j = r * REQUESTS_PER_ROUND + i;
      a.push(...(await latencies(1, () => ask(j))));
      b.push(...(await latencies(1, () => cypher(j))));
    }
    a.sort((x, y) => x - y);
    b.sort((x, y) => x - y);
    p50.push(percentile(a, 50) / percentile(b, 50));
    p99.push(percentile(a, 99) / percentile(b, 99));

    // Throughput pairs alternate which side goes first, so neither always gets the
    // quieter moment.
    const pair = async (a: () => Promise<number>, b: () => Promise<number>): Promise<[number, number]> => {
      if (r % 2 === 0) {
        const x = await a();
        return [x, await b()];
      }
      const y = await b();
      return [await a(), y];
    };
    const [oursRps, helloRps] = await pair(
      () => throughput(8, THROUGHPUT_MS, () => gqlOk(ours.url, '{ __typename }')),
      () => throughput(8, THROUGHPUT_MS, () => gqlOk(hello.url, '{ hello }')),
    );
    noDb.push(oursRps / helloRps);

    const [one, eight] = await pair(
      () => throughput(1, THROUGHPUT_MS, ask),
      () => throughput(8, THROUGHPUT_MS, ask),
    );
    scale.push(eight / one);
    // For reading the line above: how far the database alone scales on this machine.
    const [oneDb, eightDb] = await pair(
      () => throughput(1, THROUGHPUT_MS, cypher),
      () => throughput(8, THROUGHPUT_MS, cypher),
    );
    dbScale.push(eightDb / oneDb);
    console.log(
      `round ${r + 1}: whoHandles p50 ${percentile(a, 50).toFixed(1)} ms vs Cypher ${percentile(b, 50).toFixed(1)} ms, ` +
        `p99 ${percentile(a, 99).toFixed(1)} vs ${percentile(b, 99).toFixed(1)} ms; ` +
        `no-DB ${oursRps.toFixed(0)} vs hello ${helloRps.toFixed(0)} req/s; whoHandles ${one.toFixed(1)} -> ${eight.toFixed(1)} req/s; ` +
        `Cypher alone ${oneDb.toFixed(1)} -> ${eightDb.toFixed(1)} q/s`,
    );
  }
  const load = await benchLoad(rounds);
  report([
    { name: 'whoHandles over HTTP ÷ same Cypher direct: p50', aim: '≤ 1.25', perRound: p50 },
    { name: 'whoHandles over HTTP ÷ same Cypher direct: p99', aim: '≤ 1.5', perRound: p99 },
    { name: 'no-DB query, our server ÷ Apollo hello-world (req/s)', aim: '≥ 0.7', perRound: noDb },
    { name: 'whoHandles req/s, 8 clients ÷ 1 client', aim: '≥ 1.6', perRound: scale },
    { name: 'its Cypher alone, 8 clients ÷ 1 client (info)', aim: '-', perRound: dbScale },
    ...load,
  ]);
  console.log(
    `(${rounds} rounds; ${REQUESTS_PER_ROUND} interleaved requests per latency round; ${THROUGHPUT_MS} ms per throughput window; median of rounds ${median(p50).toFixed(3)})`,
  );
} finally {
  agent.destroy();
  for (const c of children) c.process.kill('SIGTERM');
  await graph.stop();
}
