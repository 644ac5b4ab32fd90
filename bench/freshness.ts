// Freshness per jurisdiction (issue 15): what a write costs the caches of the counties it did not
// touch. A generated country (npm run country) is loaded county by county into a fresh local
// Neo4j and every county warmed (graph/warm.ts). Then one file of county B is changed and loaded,
// twice:
//   per jurisdiction (now): the load stamps B (and its city and province) with the new version;
//   global (as before): the same load, and every county stamped too, which is what the single
//     graph version did to every cache: each county's evidence index and analysis is stale.
// After each: county A's scoped whoHandles (route(), what the resolver calls: hit or miss of its
// evidence index, ms) and the re-warm (counties warmed, seconds). Every step prints os.loadavg().
//   npm run country -- --counties 10 --seed 1 --out /tmp/country
//   npx tsx bench/freshness.ts --dir /tmp/country [--keep]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sourceTitles } from '../graph/documents/titles.js';
import { closeDriver, useConnection, withWriteTransaction } from '../graph/driver.js';
import { freePort, startLocalNeo4j } from '../graph/localNeo4j.js';
import { ensureSchema } from '../graph/schema/bootstrap.js';
import { evidenceCache, route } from '../graph/search/route.js';
import { bumpVersions, graphVersion, jurisdictionVersions } from '../graph/version.js';
import { warmCounties } from '../graph/warm.js';
import { writeLoad } from '../graph/writer.js';
import { loadDocuments } from '../loaders/load.js';

const { values } = parseArgs({ options: { dir: { type: 'string' }, keep: { type: 'boolean', default: false } } });
if (!values.dir) throw new Error('--dir <generated country> (npm run country -- --counties 10 --seed 1 --out DIR)');

const say = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)} load ${os.loadavg()[0]!.toFixed(2)}] ${line}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? filesUnder(full) : [full];
    });
}

/** The country's files by county directory (<province>/<city>/<county>/). */
function counties(dir: string): string[][] {
  const groups = new Map<string, string[]>();
  for (const file of filesUnder(dir)) groups.set(path.dirname(file), [...(groups.get(path.dirname(file)) ?? []), file]);
  return [...groups.values()];
}

async function load(paths: string[]): Promise<{ rows: number; statuses: string[]; ms: number }> {
  const t0 = performance.now();
  const run = await loadDocuments(paths);
  const report = await writeLoad(run.result, run.documents);
  return { rows: report.rowsWritten, statuses: report.documents.map((d) => d.status), ms: performance.now() - t0 };
}

/** A real change of the text file: one duty sentence worded differently, so its facts change. */
function change(file: string, round: number): void {
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf('负责', text.length >> 1);
  if (at < 0) throw new Error(`nothing to change in ${file}`);
  writeFileSync(file, `${text.slice(0, at)}负责（第${round}次修订）${text.slice(at + 2)}`);
}

/** County A's scoped whoHandles: evidence index hit or miss, and its time. */
async function askA(county: string, keyA: string): Promise<string> {
  const before = evidenceCache([keyA]);
  const t0 = performance.now();
  await route({ question: '河道采砂谁负责', jurisdiction: county, first: 5 });
  const ms = performance.now() - t0;
  const after = evidenceCache([keyA]);
  return `${after.hits > before.hits ? 'HIT' : 'MISS'} (hits +${after.hits - before.hits}, misses +${after.misses - before.misses}), ${ms.toFixed(0)} ms`;
}

const work = await mkdtemp(path.join(tmpdir(), 'jurisgraph-freshness-'));
const country = path.join(work, 'country');
await cp(values.dir, country, { recursive: true });
const local = await startLocalNeo4j({ port: await freePort(), dataDir: path.join(work, 'neo4j') });
try {
  await useConnection(local.connection);
  await ensureSchema();
  const groups = counties(country);
  say(`Neo4j ${local.version} ready; ${groups.length} counties, ${groups.flat().length} files`);
  let rows = 0;
  const t0 = performance.now();
  for (const g of groups) rows += (await load(g)).rows;
  say(`loaded ${rows} rows county by county in ${seconds(performance.now() - t0)}`);

  const table = await jurisdictionVersions(await graphVersion());
  const countyKeys = [...table.byKey].filter(([, j]) => j.level === 'county').map(([key]) => key);
  const warmedAt = new Map<string, number>();
  const cold = await warmCounties({ warmedAt });
  say(`first warm (start): ${cold.jurisdictions} counties in ${seconds(cold.ms)}`);

  // A: the first county directory; B: the second, whose first text file is changed.
  const [dirA, dirB] = [path.dirname(groups[0]![0]!), path.dirname(groups[1]![0]!)];
  const keyA = countyKeys.find((k) => dirA.endsWith(k.split('/').filter(Boolean).join('/')))!;
  const nameA = keyA.replaceAll('/', '');
  const fileB = groups[1]!.find((f) => f.endsWith('.txt'))!;
  say(`A = ${keyA}; B's changed file = ${path.relative(country, fileB)} (${dirB === dirA ? 'same county!' : 'another county'})`);
  say(`A before any write: ${await askA(nameA, keyA)}`);

  const measure = async (label: string, round: number, stampAll: boolean) => {
    change(fileB, round);
    const loaded = await load([fileB]);
    if (stampAll) await withWriteTransaction((tx) => bumpVersions(tx, countyKeys));
    const v = await graphVersion();
    const t = performance.now();
    await jurisdictionVersions(v);
    const versionsMs = performance.now() - t;
    const t2 = performance.now();
    await sourceTitles(v);
    const titlesMs = performance.now() - t2;
    say(
      `${label}: B's file ${loaded.statuses.join(',')} (${loaded.rows} rows, ${loaded.ms.toFixed(0)} ms); versions table ${versionsMs.toFixed(0)} ms, all-document titles ${titlesMs.toFixed(0)} ms`,
    );
    const answer = await askA(nameA, keyA);
    say(`${label}: A's scoped whoHandles after the write in B: ${answer}`);
    const warm = await warmCounties({ warmedAt });
    say(`${label}: re-warm after the write: ${warm.jurisdictions} of ${warm.counties} counties in ${seconds(warm.ms)}`);
    return { answer, warm };
  };
  const now = await measure('per jurisdiction (now)', 1, false);
  const before = await measure('global (as before)', 2, true);
  console.log("\n| after loading one changed county file | re-warm | counties warmed | A's scoped whoHandles |");
  console.log('| --- | ---: | ---: | --- |');
  console.log(
    `| global version (as before) | ${seconds(before.warm.ms)} | ${before.warm.jurisdictions} of ${before.warm.counties} | ${before.answer} |`,
  );
  console.log(`| per jurisdiction (now) | ${seconds(now.warm.ms)} | ${now.warm.jurisdictions} of ${now.warm.counties} | ${now.answer} |`);
} finally {
  await closeDriver();
  await local.stop();
  if (!values.keep) await rm(work, { recursive: true, force: true });
  else say(`kept ${work}`);
}
