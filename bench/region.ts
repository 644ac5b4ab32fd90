// The province/city overlap view at scale (issue 15, item 2; H7): for each country size, a fresh
// local Neo4j, the synthetic country (tools/country) loaded county by county (as bench/scale.ts
// does), the API in-process over HTTP with the web page, then for the province with most counties:
// regionOverlaps cold (the first request starts the aggregation; asked again until complete) and
// warm (p50/p99), and in Chromium the time from opening the 省 mode to a drawn graph (warm).
//   npx tsx bench/region.ts --counties 10,100 --seed 1
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
import { generateCountry } from '../tools/country/generate.js';
import { loadSeedVocabulary, writeCountry } from '../tools/country/io.js';
import { latencies, percentile } from './measure.js';

const { values } = parseArgs({
  options: {
    counties: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    seeds: { type: 'string', default: '/work/shared/seeds' },
    requests: { type: 'string', default: '20' },
    browser: { type: 'boolean', default: true },
  },
});

const REGION =
  'query($r: String!) { regionOverlaps(region: $r, first: 1000) { complete analysedCounties countyCount pairCount kinds { id } pairs { id counties } } }';

const say = (line: string): void =>
  console.log(
    `[load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}] ${line}`,
  );

interface RegionAnswer {
  complete: boolean;
  analysedCounties: number;
  countyCount: number;
  pairCount: number;
  kinds: unknown[];
  pairs: unknown[];
}

const agent = new http.Agent({ keepAlive: true });

async function ask(url: string, region: string): Promise<{ ms: number; answer: RegionAnswer }> {
  const t0 = performance.now();
  const r = JSON.parse((await postGraphql(url, REGION, { r: region }, agent)).body) as {
    data?: { regionOverlaps: RegionAnswer };
    errors?: unknown[];
  };
  if (r.errors?.length || !r.data) throw new Error(JSON.stringify(r.errors));
  return { ms: performance.now() - t0, answer: r.data.regionOverlaps };
}

async function measure(counties: number, vocabulary: Awaited<ReturnType<typeof loadSeedVocabulary>>, distributions: Distributions) {
  const work = await mkdtemp(path.join(tmpdir(), `jurisgraph-region-${counties}-`));
  try {
    const files = generateCountry({ seed: Number(values.seed), counties }, vocabulary, distributions);
    const paths = await writeCountry(path.join(work, 'country'), files);
    const byCounty = new Map<string, string[]>();
    const perProvince = new Map<string, Set<string>>();
    files.forEach((f, i) => {
      const key = `${f.place.province}/${f.place.city}/${f.place.county}`;
      byCounty.set(key, [...(byCounty.get(key) ?? []), paths[i]!]);
      perProvince.set(f.place.province, (perProvince.get(f.place.province) ?? new Set()).add(key));
    });
    const [province, provinceCounties] = [...perProvince].sort((a, b) => b[1].size - a[1].size)[0]!;
    const local = await startLocalNeo4j({ port: await freePort(), dataDir: path.join(work, 'neo4j') });
    try {
      await useConnection(local.connection);
      process.env.NEO4J_URI = local.connection.uri;
      if (local.connection.username) process.env.NEO4J_USERNAME = local.connection.username;
      if (local.connection.password) process.env.NEO4J_PASSWORD = local.connection.password;
      await ensureSchema();
      const t0 = performance.now();
      for (const list of byCounty.values()) {
        const run = await loadDocuments(list);
        await writeLoad(run.result, run.documents);
      }
      say(
        `${counties} counties (${files.length} lists) loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${province}: ${provinceCounties.size} counties`,
      );
      process.env.LOG_LEVEL ??= 'warn';
      const { startServer } = await import('../api/server.js');
      const server = await startServer({ port: 0, host: '127.0.0.1', web: values.browser });
      const url = `${server.url}/graphql`;
      try {
        const cold0 = performance.now();
        let requests = 0;
        let answer: RegionAnswer;
        for (;;) {
          const r = await ask(url, province);
          requests += 1;
          answer = r.answer;
          if (answer.complete) break;
        }
        const coldMs = performance.now() - cold0;
        say(
          `${province} cold: complete after ${(coldMs / 1000).toFixed(1)} s (${requests} requests; ${answer.countyCount} counties, ${answer.kinds.length} kinds, ${answer.pairCount} kind pairs)`,
        );
        const warm = await latencies(Number(values.requests), () => ask(url, province));
        say(`${province} warm: p50 ${percentile(warm, 50).toFixed(1)} ms, p99 ${percentile(warm, 99).toFixed(1)} ms over ${warm.length}`);
        const rss = process.memoryUsage().rss / 2 ** 20;
        say(`node RSS after the aggregation ${rss.toFixed(0)} MB`);
        let drawnMs: number | null = null;
        if (values.browser) {
          const { ensureWebBuild, launchChromium } = await import('../tests/e2e/browser.js');
          ensureWebBuild();
          const browser = await launchChromium();
          try {
            const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
            const start = performance.now();
            await page.goto(`${server.url}/#view=overlaps&j=${encodeURIComponent(province)}`);
            await page.waitForFunction(() => window.__jurisgraph?.renders > 0 && window.__jurisgraph.renderMs !== null, null, {
              timeout: 120_000,
            });
            drawnMs = performance.now() - start;
            const drawn = await page.evaluate(() => ({
              nodes: window.__jurisgraph.cy!.nodes().length,
              edges: window.__jurisgraph.cy!.edges().length,
              renderMs: window.__jurisgraph.renderMs,
            }));
            say(
              `Chromium: ${province} drawn ${drawnMs.toFixed(0)} ms after opening the page (warm API; ${drawn.nodes} kinds, ${drawn.edges} pairs drawn; render ${Number(drawn.renderMs).toFixed(0)} ms)`,
            );
            await page.screenshot({ path: path.join(work, '..', `jurisgraph-region-${counties}.png`) });
          } finally {
            await browser.close();
          }
        }
        return {
          counties,
          province,
          provinceCounties: provinceCounties.size,
          coldMs,
          requests,
          warm,
          drawnMs,
          pairs: answer.pairCount,
          kinds: answer.kinds.length,
        };
      } finally {
        await server.close();
      }
    } finally {
      await closeDriver();
      await local.stop();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const distributions = JSON.parse(
  await readFile(fileURLToPath(new URL('../tools/country/distributions.json', import.meta.url)), 'utf8'),
) as Distributions;
const vocabulary = await loadSeedVocabulary(values.seeds);
const results = [];
for (const n of values.counties.split(',').map(Number)) results.push(await measure(n, vocabulary, distributions));
console.log(
  '\n| counties | province (its counties) | kinds | kind pairs | cold: complete after | warm p50 / p99 | Chromium: drawn after |',
);
console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of results)
  console.log(
    `| ${r.counties} | ${r.province} (${r.provinceCounties}) | ${r.kinds} | ${r.pairs} | ${(r.coldMs / 1000).toFixed(1)} s (${r.requests} requests) | ${percentile(r.warm, 50).toFixed(0)} / ${percentile(r.warm, 99).toFixed(0)} ms | ${r.drawnMs === null ? '—' : `${(r.drawnMs / 1000).toFixed(2)} s`} |`,
  );
