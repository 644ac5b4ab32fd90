// Growth curves (issue 15, item 2): for each country size (counties), the synthetic country
// (tools/country) inserted by bare UNWIND batches into a fresh local Neo4j (the baseline,
// bench/scale-load.ts), then loaded by the load step (today COUNTY BY COUNTY, one
// loadDocuments + writeLoad per county) into another fresh one, which is then restarted so
// that it runs with the memory `npm start` would choose for that store (graph/neo4jMemory.ts),
// then the API in-process over HTTP: whoHandles and whereToComplain scoped to the first
// county and unscoped, overlaps of the first county, compareMatter across all counties, and
// the web overlap view of the first county in headless Chromium. Every step prints
// os.loadavg(): the machine is shared.
//   npm run bench:scale -- --counties 1,10 --seed 1 [--keep] [--no-bare] [--no-web]
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { closeDriver, useConnection } from '../graph/driver.js';
import { freePort, type LocalNeo4j, startLocalNeo4j } from '../graph/localNeo4j.js';
import { describeNeo4jMemory, type Neo4jMemory, storeSizeMb } from '../graph/neo4jMemory.js';
import { ensureSchema } from '../graph/schema/bootstrap.js';
import { postGraphql } from '../tests/support/post-graphql.js';
import type { Distributions } from '../tools/country/distributions.js';
import { generateCountry, type GeneratedFile } from '../tools/country/generate.js';
import { loadSeedVocabulary, writeCountry } from '../tools/country/io.js';
import { QUESTIONS, WHO_HANDLES } from './county-questions.js';
import { latencies, loadAverage as load, percentile, vmRssKb } from './measure.js';
import {
  bareInsertCountry,
  type CountyFiles,
  type LoadStep,
  lastCliPeakMb,
  loadCountyByCounty,
  loadWithCli,
  plannedRows,
} from './scale-load.js';
import { timeView, type ViewTiming } from './scale-web.js';

const { values } = parseArgs({
  options: {
    counties: { type: 'string', default: '1,10' },
    seed: { type: 'string', default: '1' },
    seeds: { type: 'string', default: '/work/shared/seeds' },
    requests: { type: 'string', default: '50' },
    /** Page loads per web figure (after one cold load). */
    'web-rounds': { type: 'string', default: '5' },
    /** Leave each size's work dir (the country's files and the Neo4j data dir) for inspection. */
    keep: { type: 'boolean', default: false },
    'no-bare': { type: 'boolean', default: false },
    'no-web': { type: 'boolean', default: false },
    /** Load with one writeLoad per county in this process (the first cut) instead of `npm run load`. */
    'county-by-county': { type: 'boolean', default: false },
  },
});
const sizes = values.counties.split(',').map(Number);
const seed = Number(values.seed);
const REQUESTS = Number(values.requests);
const WEB_ROUNDS = Number(values['web-rounds']);

/**
 * The load step (bench/scale-load.ts): by default one `npm run load --files-from` child over the
 * whole country (the streamed loader of item 3), whose own peak RSS is the Node figure.
 */
const loadCountry: LoadStep = values['county-by-county'] ? loadCountyByCounty : loadWithCli;

/**
 * Store files per generated list, to size Neo4j's memory for the store a load is about to
 * build (a fresh store is empty): ~370 MB for 1,720 lists at 100 counties (docs/measurements.md),
 * of which the store files are a little less. After the load, Neo4j is restarted and sizes
 * itself from the store on disk, as `npm start` does.
 */
const STORE_MB_PER_LIST = 0.2;

const WHO = WHO_HANDLES;
const WHERE = 'query($q: String!, $j: String) { whereToComplain(question: $q, jurisdiction: $j, first: 3) { agency { name } confidence } }';
const OVERLAPS = 'query($j: String!) { overlaps(jurisdiction: $j, first: 20) { id explanation } }';
const COMPARE =
  'query($t: String!) { compareMatter(title: $t, first: 20) { jurisdiction similarity matter { title } assignments { __typename } } }';
const REGION =
  'query($r: String!) { regionOverlaps(region: $r, first: 20) { complete analysedCounties countyCount pairCount pairs { counties } } }';
/**
 * regionOverlaps folds a province's counties in a job and answers within ~6 s with what is
 * folded so far (`complete: false`); the bench asks again until it is complete, at most this long.
 */
const REGION_COMPLETE_LIMIT_MS = 20 * 60_000;
/** Matter titles asked of compareMatter: taken evenly from the first county's matters (same seed, same titles). */
const COMPARE_TITLES = 10;

const say = (line: string): void => console.log(`[load ${load()}] ${line}`);

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
  /**
   * The first call (before the warm-up): caches and the analysis are cold. When it hits the
   * server's request limit (10 s, api/guards.ts) it is asked again, up to FIRST_TRIES times:
   * `first` is then the time until the first answer, `firstTimeouts` the refused tries.
   */
  first: number;
  firstTimeouts: number;
  /** Requests (of the measured ones) that returned at least one item. */
  answered: number;
  /** Measured requests refused at the request limit (their time counts in p50/p99). */
  timeouts: number;
}

interface SizeResult {
  counties: number;
  files: number;
  rows: number;
  loadSeconds: number;
  rowsPerSecond: number;
  /** The bare UNWIND insert of the same rows (undefined with --no-bare). */
  bare?: { rows: number; seconds: number; rowsPerSecond: number; loadavg: string };
  memory: { load: Neo4jMemory; query: Neo4jMemory };
  /** Store files (data/databases) after the load, MiB: what the memory sizing reads. */
  storeFilesMb: number;
  nodePeakMb: number;
  jvmPeakMb: number;
  storeMb: number;
  who: { scoped: Latency; unscoped: Latency };
  where: { scoped: Latency; unscoped: Latency };
  overlapsMs: Latency;
  compare: Latency;
  /**
   * regionOverlaps of the first county's province (the API of the province-level view), or why
   * not: `completeMs` from the first request to the first complete answer (`requests` asked),
   * then p50/p99 of the complete (cached) answer.
   */
  region: (Latency & { completeMs: number; requests: number }) | string;
  /** The web overlap view of the first county (undefined with --no-web or when the page could not be built). */
  web?: ViewTiming;
  webNote?: string;
  /** The web overlap view in province mode (the first county's province), after regionOverlaps is complete. */
  provinceWeb?: ViewTiming;
  provinceWebNote?: string;
  loadavg: string;
}

const agent = new http.Agent({ keepAlive: true });

/** A list with items, or an object (regionOverlaps) with a list with items. */
const hasItems = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.length > 0
    : typeof value === 'object' && value !== null && Object.values(value).some((v) => Array.isArray(v) && v.length > 0);

const FIRST_TRIES = 6;

async function measureQuery(url: string, query: string, variables: (i: number) => Record<string, unknown>): Promise<Latency> {
  let answered = 0;
  let timeouts = 0;
  const call = async (i: number): Promise<void> => {
    const res = await postGraphql(url, query, variables(i), agent);
    const body = JSON.parse(res.body) as { errors?: { message: string; extensions?: { code?: string } }[]; data?: Record<string, unknown> };
    if (res.status === 503 && body.errors?.[0]?.extensions?.code === 'TIMEOUT') {
      timeouts++;
      return;
    }
    if (res.status !== 200 || body.errors) throw new Error(`GraphQL ${res.status}: ${res.body.slice(0, 300)}`);
    if (Object.values(body.data ?? {}).some(hasItems)) answered++;
  };
  const t0 = performance.now();
  for (let i = 0; i < FIRST_TRIES && (i === 0 || timeouts === i); i++) await call(0);
  const first = performance.now() - t0;
  const firstTimeouts = timeouts;
  if (firstTimeouts === FIRST_TRIES) throw new Error(`GraphQL: ${FIRST_TRIES} first calls in a row hit the request limit`);
  await latencies(Math.min(10, REQUESTS), call); // warm-up
  answered = 0;
  timeouts = 0;
  const ms = await latencies(REQUESTS, call);
  return { p50: percentile(ms, 50), p99: percentile(ms, 99), first, firstTimeouts, answered, timeouts };
}

function byCounty(files: GeneratedFile[], paths: string[]): CountyFiles[] {
  const groups = new Map<string, string[]>();
  files.forEach((f, i) => {
    const key = `${f.place.province}/${f.place.city}/${f.place.county}`;
    groups.set(key, [...(groups.get(key) ?? []), paths[i]!]);
  });
  return [...groups].map(([county, p]) => ({ county, paths: p }));
}

/** A fresh or restarted local Neo4j on `dataDir`, connected, schema applied. */
async function startStore(dataDir: string, expectedStoreMb?: number): Promise<LocalNeo4j> {
  const local = await startLocalNeo4j({ port: await freePort(), dataDir, expectedStoreMb });
  await useConnection(local.connection);
  process.env.NEO4J_URI = local.connection.uri;
  if (local.connection.username) process.env.NEO4J_USERNAME = local.connection.username;
  if (local.connection.password) process.env.NEO4J_PASSWORD = local.connection.password;
  await ensureSchema();
  say(`Neo4j ${local.version} pid ${local.pid} ready (${(local.startMillis / 1000).toFixed(1)} s); ${describeNeo4jMemory(local.memory!)}`);
  return local;
}

async function stopStore(local: LocalNeo4j): Promise<void> {
  await closeDriver();
  await local.stop();
}

/** Matter titles spread over the first county's matters. */
async function compareTitles(county: CountyFiles): Promise<string[]> {
  const titles = [...new Set((await plannedRows(county.paths)).matters.map((m) => m.title))];
  const step = Math.max(1, Math.floor(titles.length / COMPARE_TITLES));
  return titles.filter((_, i) => i % step === 0).slice(0, COMPARE_TITLES);
}

/** The bare baseline in a store of its own, deleted afterwards (its rows are nobody's data). */
async function measureBare(work: string, groups: CountyFiles[], expectedStoreMb: number): Promise<SizeResult['bare']> {
  const dataDir = path.join(work, 'neo4j-bare');
  say(`bare UNWIND baseline: starting its own Neo4j`);
  const local = await startStore(dataDir, expectedStoreMb);
  try {
    const bare = await bareInsertCountry(groups, say);
    say(`bare: ${bare.rows} rows in ${bare.seconds.toFixed(1)} s (inserts only)`);
    return { ...bare, rowsPerSecond: bare.rows / bare.seconds, loadavg: load() };
  } finally {
    await stopStore(local);
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Asks regionOverlaps until its answer is complete: the cold cost of a province, however many requests it takes. */
async function regionUntilComplete(url: string, province: string): Promise<{ completeMs: number; requests: number }> {
  const t0 = performance.now();
  for (let requests = 1; ; requests++) {
    const res = await postGraphql(url, REGION, { r: province }, agent);
    const body = JSON.parse(res.body) as { errors?: unknown[]; data?: { regionOverlaps: { complete: boolean } } };
    if (res.status !== 200 || body.errors) throw new Error(`GraphQL ${res.status}: ${res.body.slice(0, 300)}`);
    if (body.data!.regionOverlaps.complete) return { completeMs: performance.now() - t0, requests };
    if (performance.now() - t0 > REGION_COMPLETE_LIMIT_MS) throw new Error(`not complete after ${requests} requests`);
  }
}

async function measureRegion(url: string, province: string): Promise<SizeResult['region']> {
  try {
    const complete = await regionUntilComplete(url, province);
    return { ...complete, ...(await measureQuery(url, REGION, () => ({ r: province }))) };
  } catch (error) {
    return `failed: ${(error as Error).message.slice(0, 200)}`;
  }
}

/** The web overlap view of one county (or, given a province, the tab's 省/市 mode), or why it was not measured. */
async function measureWeb(browser: Browser | undefined, serverUrl: string, place: string): Promise<{ web?: ViewTiming; webNote?: string }> {
  if (!browser) return { webNote: values['no-web'] ? '--no-web' : 'no browser (see above)' };
  try {
    const web = await timeView(browser, `${serverUrl}/#view=overlaps&j=${encodeURIComponent(place)}`, WEB_ROUNDS);
    say(`web overlap view of ${place} done`);
    return { web };
  } catch (error) {
    return { webNote: `failed: ${(error as Error).message.split('\n')[0]}` };
  }
}

async function measureSize(
  counties: number,
  distributions: Distributions,
  vocabulary: Awaited<ReturnType<typeof loadSeedVocabulary>>,
  browser: Browser | undefined,
): Promise<SizeResult> {
  const work = await mkdtemp(path.join(tmpdir(), `jurisgraph-scale-${counties}-`));
  const dataDir = path.join(work, 'neo4j');
  try {
    const files = generateCountry({ seed, counties }, vocabulary, distributions);
    const paths = await writeCountry(path.join(work, 'country'), files);
    const groups = byCounty(files, paths);
    const firstCounty = files[0]!.place.county;
    const province = files[0]!.place.province;
    const expectedStoreMb = files.length * STORE_MB_PER_LIST;
    say(`${counties} counties: ${files.length} lists generated; expected store ~${expectedStoreMb.toFixed(0)} MB`);
    const bare = values['no-bare'] ? undefined : await measureBare(work, groups, expectedStoreMb);

    say(`load: starting Neo4j`);
    let local = await startStore(dataDir, expectedStoreMb);
    const loadMemory = local.memory!;
    let stopped = false;
    try {
      say(`loading (${loadCountry.name})`);
      const t0 = performance.now();
      const loaded = await sampled(local.pid, () => loadCountry(groups, say));
      const loadSeconds = (performance.now() - t0) / 1000;
      const rows = loaded.value;
      say(`loaded ${rows} rows in ${loadSeconds.toFixed(1)} s; restarting Neo4j with the memory chosen for this store`);
      await stopStore(local);
      const storeFilesMb = storeSizeMb(dataDir);
      local = await startStore(dataDir);
      const queryMemory = local.memory!;
      const { startServer } = await import('../api/server.js');
      const server = await startServer({ port: 0, host: '127.0.0.1', web: browser !== undefined });
      const url = `${server.url}/graphql`;
      let who: SizeResult['who'];
      let where: SizeResult['where'];
      let overlapsMs: Latency;
      let compare: Latency;
      let region: SizeResult['region'];
      let view: Pick<SizeResult, 'web' | 'webNote' | 'provinceWeb' | 'provinceWebNote'>;
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
        const titles = await compareTitles(groups[0]!);
        compare = await measureQuery(url, COMPARE, (i) => ({ t: titles[i % titles.length]! }));
        say(`compareMatter done (${titles.length} titles: ${titles.slice(0, 3).join('、')}…)`);
        region = await measureRegion(url, province);
        say(`regionOverlaps (${province}) done`);
        view = await measureWeb(browser, server.url, firstCounty);
        // The same tab in its 省/市 mode (web/src/views/overlapsByLevel.ts): a province's name in `j`.
        const provinceView = await measureWeb(browser, server.url, province);
        view = { ...view, provinceWeb: provinceView.web, provinceWebNote: provinceView.webNote };
      } finally {
        await server.close();
      }
      await stopStore(local);
      stopped = true;
      const result: SizeResult = {
        counties,
        files: files.length,
        rows,
        loadSeconds,
        rowsPerSecond: rows / loadSeconds,
        bare,
        memory: { load: loadMemory, query: queryMemory },
        storeFilesMb,
        nodePeakMb: loadCountry === loadWithCli ? lastCliPeakMb : Math.max(loaded.nodeMb, process.resourceUsage().maxRSS / 1024),
        jvmPeakMb: loaded.jvmMb,
        storeMb: duMb(dataDir),
        who,
        where,
        overlapsMs,
        compare,
        region,
        ...view,
        loadavg: load(),
      };
      printSize(result);
      return result;
    } finally {
      if (!stopped) await stopStore(local);
    }
  } finally {
    if (values.keep) say(`--keep: ${counties} counties' files and Neo4j data dir left in ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

const f1 = (n: number): string => n.toFixed(1);
const lat = (l: Latency): string =>
  `${f1(l.p50)} / ${f1(l.p99)} (first ${f1(l.first)}${l.firstTimeouts ? ` after ${l.firstTimeouts} timeouts` : ''}; ` +
  `answered ${l.answered}/${REQUESTS}${l.timeouts ? `; ${l.timeouts} timeouts` : ''})`;

const memoryLine = (m: Neo4jMemory): string =>
  `heap ${m.heapMb} MB (${m.heapFrom}), page cache ${m.pageCacheMb} MB (${m.pageCacheFrom}), sized for a ${f1(m.storeMb)} MB store`;
const viewLine = (v: ViewTiming): string =>
  `${f1(v.p50)} / ${f1(v.p99)} (first ${f1(v.firstMs)}; in-page render p50 ${f1(v.inPageP50)}; ${v.nodes} nodes; ${v.rounds} loads)`;

function printSize(r: SizeResult): void {
  console.log(`\n## ${r.counties} counties (load average ${r.loadavg})`);
  console.log('| figure | value |\n|---|---|');
  console.log(`| lists | ${r.files} |`);
  console.log(`| rows written | ${r.rows} |`);
  console.log(`| load wall time (${loadCountry.name}) | ${f1(r.loadSeconds)} s |`);
  console.log(`| load rows/s | ${f1(r.rowsPerSecond)} |`);
  if (r.bare) {
    console.log(
      `| bare UNWIND rows/s (same rows, inserts only; load average ${r.bare.loadavg}) | ${f1(r.bare.rowsPerSecond)} (${r.bare.rows} rows in ${f1(r.bare.seconds)} s) |`,
    );
    console.log(`| load rows/s ÷ bare rows/s (aim ≥ 0.6 at 1,000 counties) | ${(r.rowsPerSecond / r.bare.rowsPerSecond).toFixed(2)} |`);
  } else console.log('| bare UNWIND rows/s | not measured (--no-bare) |');
  console.log(`| Neo4j memory while loading | ${memoryLine(r.memory.load)} |`);
  console.log(`| Neo4j memory for the queries (restarted) | ${memoryLine(r.memory.query)} |`);
  console.log(
    `| Node peak RSS (${loadCountry === loadWithCli ? 'the npm run load process' : 'the bench process so far'}) | ${f1(r.nodePeakMb)} MB |`,
  );
  console.log(`| JVM peak RSS (loading) | ${f1(r.jvmPeakMb)} MB |`);
  console.log(`| store files (data/databases) after the load | ${f1(r.storeFilesMb)} MB |`);
  console.log(`| store on disk | ${f1(r.storeMb)} MB |`);
  console.log(`| whoHandles scoped p50 / p99 ms | ${lat(r.who.scoped)} |`);
  console.log(`| whoHandles unscoped p50 / p99 ms | ${lat(r.who.unscoped)} |`);
  console.log(`| whereToComplain scoped p50 / p99 ms | ${lat(r.where.scoped)} |`);
  console.log(`| whereToComplain unscoped p50 / p99 ms | ${lat(r.where.unscoped)} |`);
  console.log(`| overlaps (first county) p50 / p99 ms | ${lat(r.overlapsMs)} |`);
  console.log(`| compareMatter (all counties) p50 / p99 ms | ${lat(r.compare)} |`);
  console.log(
    `| regionOverlaps (first county's province) p50 / p99 ms | ${
      typeof r.region === 'string'
        ? r.region
        : `${lat(r.region)}; complete after ${f1(r.region.completeMs)} ms (${r.region.requests} requests)`
    } |`,
  );
  console.log(
    `| web overlap view (first county), to drawn graph p50 / p99 ms | ${r.web ? viewLine(r.web) : `not measured: ${r.webNote}`} |`,
  );
  console.log(
    `| web overlap view, province mode (first county's province) p50 / p99 ms | ${
      r.provinceWeb ? viewLine(r.provinceWeb) : `not measured: ${r.provinceWebNote}`
    } |`,
  );
}

function printRatios(results: SizeResult[]): void {
  const base = results[0]!;
  console.log(`\n## Ratios to the ${base.counties}-county figures (same run; p50 / p99)`);
  console.log(
    '| counties | rows | rows/s | load ÷ bare (not a ratio to the base) | store | who scoped | who unscoped | where scoped | where unscoped | overlaps | compareMatter | regionOverlaps | web overlap view | web province mode | load average |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  const x = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;
  const both = (l: { p50: number; p99: number }, b: { p50: number; p99: number }): string => `${x(l.p50, b.p50)} / ${x(l.p99, b.p99)}`;
  for (const r of results) {
    const web = r.web && base.web ? both(r.web, base.web) : '-';
    const provinceWeb = r.provinceWeb && base.provinceWeb ? both(r.provinceWeb, base.provinceWeb) : '-';
    const region = typeof r.region !== 'string' && typeof base.region !== 'string' ? both(r.region, base.region) : '-';
    console.log(
      `| ${r.counties} | ${x(r.rows, base.rows)} | ${x(r.rowsPerSecond, base.rowsPerSecond)} | ` +
        `${r.bare ? (r.rowsPerSecond / r.bare.rowsPerSecond).toFixed(2) : '-'} | ${x(r.storeMb, base.storeMb)} | ` +
        `${both(r.who.scoped, base.who.scoped)} | ${both(r.who.unscoped, base.who.unscoped)} | ` +
        `${both(r.where.scoped, base.where.scoped)} | ${both(r.where.unscoped, base.where.unscoped)} | ` +
        `${both(r.overlapsMs, base.overlapsMs)} | ${both(r.compare, base.compare)} | ${region} | ${web} | ${provinceWeb} | ${r.loadavg} |`,
    );
  }
}

/** Headless Chromium over a fresh web build, or undefined (said why) so the other figures still come. */
async function startBrowser(): Promise<Browser | undefined> {
  if (values['no-web']) return undefined;
  try {
    const { ensureWebBuild, launchChromium } = await import('../tests/e2e/browser.js');
    ensureWebBuild();
    return await launchChromium();
  } catch (error) {
    say(`web view not measured: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

// Before the server's modules load (imported when needed, here and by tests/e2e/browser.ts):
// its logger reads LOG_LEVEL then, and a line per request would bury the figures.
process.env.LOG_LEVEL ??= 'warn';
const distributions = JSON.parse(
  await readFile(fileURLToPath(new URL('../tools/country/distributions.json', import.meta.url)), 'utf8'),
) as Distributions;
const vocabulary = await loadSeedVocabulary(values.seeds);
say(
  `cpus ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, sizes ${sizes.join(', ')}, seed ${seed}, ${REQUESTS} requests per figure`,
);
const browser = await startBrowser();
const results: SizeResult[] = [];
try {
  for (const counties of sizes) results.push(await measureSize(counties, distributions, vocabulary, browser));
} finally {
  await browser?.close();
}
printRatios(results);
agent.destroy();
