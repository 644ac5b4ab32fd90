// How the growth-curve bench (bench/scale.ts) writes a country: the load step, one function
// so that the bench can switch to the country loader of issue 15 item 3 (streaming, files
// atomic) by replacing `loadCountyByCounty` alone; and the bare UNWIND baseline of the same
// rows (graph/load/bare.ts, as bench/load.ts uses it), which the load's rows/s is divided by.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bareInsert } from '../graph/load/bare.js';
import { type DocumentRows, mergeRows, rowCount } from '../graph/load/rows.js';
import { planDocuments, writeLoad } from '../graph/writer.js';
import { loadDocuments } from '../loaders/load.js';
import { vmRssKb } from './measure.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface CountyFiles {
  /** "province/city/county", for messages. */
  county: string;
  paths: string[];
}

/** Writes every county's files into the connected graph; resolves to the rows written. */
export type LoadStep = (counties: CountyFiles[], progress: (line: string) => void) => Promise<number>;

const progressEvery = (done: number, total: number): boolean => done % 10 === 0 || done === total;

/** Today's load: one loadDocuments + writeLoad per county, so each transaction holds one county's rows. */
export const loadCountyByCounty: LoadStep = async (counties, progress) => {
  let rows = 0;
  for (const [i, county] of counties.entries()) {
    const run = await loadDocuments(county.paths);
    rows += (await writeLoad(run.result, run.documents)).rowsWritten;
    if (progressEvery(i + 1, counties.length)) progress(`  ${i + 1}/${counties.length} counties, ${rows} rows`);
  }
  return rows;
};

/** The rows the writer would write for these files (parsed and planned, no database). */
export async function plannedRows(paths: string[]): Promise<DocumentRows> {
  const run = await loadDocuments(paths);
  return mergeRows(planDocuments(run.result, run.documents).map((p) => p.rows));
}

/** Keys of a county's bare rows start here: far above the few thousand rows of the counties before it. */
const ORDINALS_PER_COUNTY = 1_000_000;

/**
 * The same rows inserted by bare UNWIND batches, county by county (each county one
 * transaction, as the load step writes it) into a graph that grows as the load's does.
 * Only the inserts are timed: parsing and planning are not part of the baseline.
 */
export async function bareInsertCountry(
  counties: CountyFiles[],
  progress: (line: string) => void,
): Promise<{ rows: number; seconds: number }> {
  let rows = 0;
  let ms = 0;
  for (const [i, county] of counties.entries()) {
    const planned = await plannedRows(county.paths);
    const t0 = performance.now();
    await bareInsert(planned, 500, i * ORDINALS_PER_COUNTY);
    ms += performance.now() - t0;
    rows += rowCount(planned);
    if (progressEvery(i + 1, counties.length)) progress(`  bare: ${i + 1}/${counties.length} counties, ${rows} rows`);
  }
  return { rows, seconds: ms / 1000 };
}

/** Peak RSS (MB) of the `npm run load` child of the last `loadWithCli` call. */
export let lastCliPeakMb = 0;

/**
 * The load as a province's staff run it: ONE `npm run load` (cli/load.ts, the streamed
 * country loader, default --batch-rows) over every file, in county order through
 * --files-from, as a child process connected to the bench's Neo4j by NEO4J_URI. Its own
 * summary line gives the rows; its peak RSS is sampled from /proc (`lastCliPeakMb`).
 */
export const loadWithCli: LoadStep = async (counties, progress) => {
  const work = await mkdtemp(path.join(tmpdir(), 'jurisgraph-scale-cli-'));
  try {
    const list = path.join(work, 'files.txt');
    await writeFile(list, `${counties.flatMap((c) => c.paths).join('\n')}\n`);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'cli/load.ts', '--files-from', list, '--report', path.join(work, 'report.txt')],
      { cwd: REPO, env: process.env, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    lastCliPeakMb = 0;
    const timer = setInterval(() => {
      if (child.pid) lastCliPeakMb = Math.max(lastCliPeakMb, vmRssKb(child.pid) / 1024);
    }, 200);
    let stderr = '';
    let partial = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) progress(`  load: ${line.trim()}`);
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearInterval(timer);
    const written = /已写入图数据库：\d+ 个文件，(\d+) 行/.exec(stderr);
    if (code !== 0 || !written) throw new Error(`npm run load exited ${code}: ${stderr.slice(-800)}`);
    return Number(written[1]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
};
