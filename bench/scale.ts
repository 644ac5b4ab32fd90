// Growth curves, first cut (issue 15, item 2): for each country size (counties), a fresh
// local Neo4j, the synthetic country (tools/country) loaded COUNTY BY COUNTY (one
// loadDocuments + writeLoad per county: today a whole load is one transaction, which does
// not fit the 1 GB heap past ~150k rows; that is item 3), then the API in-process over
// HTTP: whoHandles and whereToComplain scoped to the first county and unscoped, overlaps of
// the first county. Every step prints os.loadavg(): the machine is shared.
//   npm run bench:scale -- --counties 1,10 --seed 1
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { closeDriver, useConnection } from '../graph/driver.js';
import { freePort, startLocalNeo4j } from '../graph/localNeo4j.js';
import { ensureSchema } from '../graph/schema/bootstrap.js';
import { writeLoad } from '../graph/writer.js';
import { loadDocuments } from '../loaders/load.js';
import { postGraphql } from '../tests/support/post-graphql.js';
import type { Distributions } from '../tools/country/distributions.js';
import { generateCountry, type GeneratedFile } from '../tools/country/generate.js';
import { loadSeedVocabulary, writeCountry } from '../tools/country/io.js';
import { latencies, percentile } from './measure.js';

const { values } = parseArgs({
  options: {
    counties: { type: 'string', default: '1,10' },
    seed: { type: 'string', default: '1' },
    seeds: { type: 'string', default: '/work/shared/seeds' },
    requests: { type: 'string', default: '50' },
  },
});
const sizes = values.counties.split(',').map(Number);
const seed = Number(values.seed);
const REQUESTS = Number(values.requests);

/** Fixed plain-language questions (the kinds of things citizens ask about a county's departments). */
const QUESTIONS = [
  '饭店卫生不好找谁',
  '工地夜间施工噪音扰民',
  '河道有人非法采砂',
  '小区垃圾没人清运',
  '超市卖过期食品',
  '农民工工资被拖欠',
  '路边违章搭建',
  '学校周边无证摊贩',
  '药店卖假药',
  '企业偷排污水',
];

const WHO = 'query($q: String!, $j: String) { whoHandles(question: $q, jurisdiction: $j, first: 5) { agency { name } score } }';
const WHERE = 'query($q: String!, $j: String) { whereToComplain(question: $q, jurisdiction: $j, first: 3) { agency { name } confidence } }';
const OVERLAPS = 'query($j: String!) { overlaps(jurisdiction: $j, first: 20) { id explanation } }';

const load = (): string =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const say = (line: string): void => console.log(`[load ${load()}] ${line}`);

function vmRssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Peak RSS (MB) of Node and the JVM, sampled every 200 ms while `work` runs. */
async function sampled<T>(jvmPid: number, work: () => Promise<T>): Promise<{ value: T; nodeMb: number; jvmMb: number }> {
  let node = process.memoryUsage().rss;
  let jvm = vmRssKb(jvmPid);
  const timer = setInterval(() => {
    node = Math.max(node, process.memoryUsage().rss);
    jvm = Math.max(jvm, vmRssKb(jvmPid));
  }, 200);
  try {
    const value = await work();
    node = Math.max(node, process.memoryUsage().rss);
    jvm = Math.max(jvm, vmRssKb(jvmPid));
    return { value, nodeMb: node / 2 ** 20, jvmMb: jvm / 1024 };
  } finally {
    clearInterval(timer);
  }
}

function duMb(dir: string): number {
  return Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]) / 1024;
}

interface Latency {
  p50: number;
  p99: number;
  /** The first call (before the warm-up): caches and the analysis are cold. */
  first: number;
  /** Requests (of the measured ones) that returned at least one item. */
  answered: number;
}

interface SizeResult {
  counties: number;
  files: number;
  rows: number;
  loadSeconds: number;
  rowsPerSecond: number;
  nodePeakMb: number;
  jvmPeakMb: number;
  storeMb: number;
  who: { scoped: Latency; unscoped: Latency };
  where: { scoped: Latency; unscoped: Latency };
  overlapsMs: Latency;
  loadavg: string;
}

const agent = new http.Agent({ keepAlive: true });

async function measureQuery(url: string, query: string, variables: (i: number) => Record<string, unknown>): Promise<Latency> {
  let answered = 0;
  const call = async (i: number): Promise<void> => {
    const res = await postGraphql(url, query, variables(i), agent);
    const body = JSON.parse(res.body) as { errors?: { message: string }[]; data?: Record<string, unknown[]> };
    if (res.status !== 200 || body.errors) throw new Error(`GraphQL ${res.status}: ${res.body.slice(0, 300)}`);
    if (Object.values(body.data ?? {}).some((items) => items.length > 0)) answered++;
  };
  const [first] = await latencies(1, call);
  await latencies(Math.min(10, REQUESTS), call); // warm-up
  answered = 0;
  const ms = await latencies(REQUESTS, call);
  return { p50: percentile(ms, 50), p99: percentile(ms, 99), first: first!, answered };
}

function byCounty(files: GeneratedFile[], paths: string[]): { county: string; paths: string[] }[] {
  const groups = new Map<string, string[]>();
  files.forEach((f, i) => {
    const key = `${f.place.province}/${f.place.city}/${f.place.county}`;
    groups.set(key, [...(groups.get(key) ?? []), paths[i]!]);
  });
  return [...groups].map(([county, p]) => ({ county, paths: p }));
}

async function measureSize(
  counties: number,
  distributions: Distributions,
  vocabulary: Awaited<ReturnType<typeof loadSeedVocabulary>>,
): Promise<SizeResult> {
  const work = await mkdtemp(path.join(tmpdir(), `jurisgraph-scale-${counties}-`));
  const dataDir = path.join(work, 'neo4j');
  try {
    const files = generateCountry({ seed, counties }, vocabulary, distributions);
    const paths = await writeCountry(path.join(work, 'country'), files);
    const groups = byCounty(files, paths);
    const firstCounty = files[0]!.place.county;
    say(`${counties} counties: ${files.length} lists generated; starting Neo4j`);
    const local = await startLocalNeo4j({ port: await freePort(), dataDir });
    let stopped = false;
    try {
      await useConnection(local.connection);
      process.env.NEO4J_URI = local.connection.uri;
      if (local.connection.username) process.env.NEO4J_USERNAME = local.connection.username;
      if (local.connection.password) process.env.NEO4J_PASSWORD = local.connection.password;
      await ensureSchema();
      say(`Neo4j ${local.version} pid ${local.pid} ready (${(local.startMillis / 1000).toFixed(1)} s); loading county by county`);
      const t0 = performance.now();
      const loaded = await sampled(local.pid, async () => {
        let rows = 0;
        for (const [i, g] of groups.entries()) {
          const run = await loadDocuments(g.paths);
          const report = await writeLoad(run.result, run.documents);
          rows += report.rowsWritten;
          if ((i + 1) % 10 === 0 || i + 1 === groups.length) say(`  ${i + 1}/${groups.length} counties, ${rows} rows`);
        }
        return rows;
      });
      const loadSeconds = (performance.now() - t0) / 1000;
      const rows = loaded.value;
      say(`loaded ${rows} rows in ${loadSeconds.toFixed(1)} s; starting the API`);
      // Imported here, after LOG_LEVEL is set: the server's logger reads it when its module loads.
      process.env.LOG_LEVEL ??= 'warn';
      const { startServer } = await import('../api/server.js');
      const server = await startServer({ port: 0, host: '127.0.0.1', web: false });
      const url = `${server.url}/graphql`;
      let who: SizeResult['who'];
      let where: SizeResult['where'];
      let overlapsMs: Latency;
      try {
        const q = (i: number): string => QUESTIONS[i % QUESTIONS.length]!;
        who = {
          scoped: await measureQuery(url, WHO, (i) => ({ q: q(i), j: firstCounty })),
          unscoped: await measureQuery(url, WHO, (i) => ({ q: q(i) })),
        };
        say(`whoHandles done`);
        where = {
          scoped: await measureQuery(url, WHERE, (i) => ({ q: q(i), j: firstCounty })),
          unscoped: await measureQuery(url, WHERE, (i) => ({ q: q(i) })),
        };
        say(`whereToComplain done`);
        overlapsMs = await measureQuery(url, OVERLAPS, () => ({ j: firstCounty }));
        say(`overlaps done`);
      } finally {
        await server.close();
      }
      await closeDriver();
      await local.stop();
      stopped = true;
      const result: SizeResult = {
        counties,
        files: files.length,
        rows,
        loadSeconds,
        rowsPerSecond: rows / loadSeconds,
        nodePeakMb: Math.max(loaded.nodeMb, process.resourceUsage().maxRSS / 1024),
        jvmPeakMb: loaded.jvmMb,
        storeMb: duMb(dataDir),
        who,
        where,
        overlapsMs,
        loadavg: load(),
      };
      printSize(result);
      return result;
    } finally {
      if (!stopped) {
        await closeDriver();
        await local.stop();
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const f1 = (n: number): string => n.toFixed(1);
const lat = (l: Latency): string => `${f1(l.p50)} / ${f1(l.p99)} (first ${f1(l.first)}; answered ${l.answered}/${REQUESTS})`;

function printSize(r: SizeResult): void {
  console.log(`\n## ${r.counties} counties (load average ${r.loadavg})`);
  console.log('| figure | value |\n|---|---|');
  console.log(`| lists | ${r.files} |`);
  console.log(`| rows written | ${r.rows} |`);
  console.log(`| load wall time | ${f1(r.loadSeconds)} s |`);
  console.log(`| load rows/s | ${f1(r.rowsPerSecond)} |`);
  console.log(`| Node peak RSS | ${f1(r.nodePeakMb)} MB |`);
  console.log(`| JVM peak RSS (loading) | ${f1(r.jvmPeakMb)} MB |`);
  console.log(`| store on disk | ${f1(r.storeMb)} MB |`);
  console.log(`| whoHandles scoped p50 / p99 ms | ${lat(r.who.scoped)} |`);
  console.log(`| whoHandles unscoped p50 / p99 ms | ${lat(r.who.unscoped)} |`);
  console.log(`| whereToComplain scoped p50 / p99 ms | ${lat(r.where.scoped)} |`);
  console.log(`| whereToComplain unscoped p50 / p99 ms | ${lat(r.where.unscoped)} |`);
  console.log(`| overlaps (first county) p50 / p99 ms | ${lat(r.overlapsMs)} |`);
}

function printRatios(results: SizeResult[]): void {
  const base = results[0]!;
  console.log(`\n## Ratios to the ${base.counties}-county figures (same run)`);
  console.log(
    '| counties | rows | rows/s | store | who scoped p50 | who unscoped p50 | where scoped p50 | where unscoped p50 | overlaps p50 | load average |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  const x = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;
  for (const r of results) {
    console.log(
      `| ${r.counties} | ${x(r.rows, base.rows)} | ${x(r.rowsPerSecond, base.rowsPerSecond)} | ${x(r.storeMb, base.storeMb)} | ` +
        `${x(r.who.scoped.p50, base.who.scoped.p50)} | ${x(r.who.unscoped.p50, base.who.unscoped.p50)} | ` +
        `${x(r.where.scoped.p50, base.where.scoped.p50)} | ${x(r.where.unscoped.p50, base.where.unscoped.p50)} | ` +
        `${x(r.overlapsMs.p50, base.overlapsMs.p50)} | ${r.loadavg} |`,
    );
  }
}

const distributions = JSON.parse(
  await readFile(fileURLToPath(new URL('../tools/country/distributions.json', import.meta.url)), 'utf8'),
) as Distributions;
const vocabulary = await loadSeedVocabulary(values.seeds);
say(`cpus ${os.cpus().length}, sizes ${sizes.join(', ')}, seed ${seed}, ${REQUESTS} requests per figure`);
const results: SizeResult[] = [];
for (const counties of sizes) results.push(await measureSize(counties, distributions, vocabulary));
printRatios(results);
agent.destroy();
