// Load throughput: rows/s of the real load path (graph/writer.ts writeLoad, forced, on
// the five seeds already parsed) ÷ rows/s of a bare UNWIND insert of the same pre-built
// rows (graph/load/bare.ts). Interleaved A/B over rounds; also prints the end-to-end
// figure including parsing, for information.
//   npx tsx bench/load.ts [rounds]
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bareInsert, deleteBareRows } from '../graph/load/bare.js';
import { mergeRows, rowCount } from '../graph/load/rows.js';
import { planDocuments, writeLoad } from '../graph/writer.js';
import { loadDocuments } from '../loaders/load.js';
import { startBenchGraph } from './graph.js';
import { report, type Ratio } from './measure.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const seedsDir = path.resolve(repoRoot, '../shared/seeds');
export const seedFiles = (): string[] =>
  readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(seedsDir, f));

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return (performance.now() - t0) / 1000;
}

/** Per-round ratios: writer rows/s ÷ bare rows/s, and (for information) parse+write ÷ bare. */
export async function benchLoad(rounds: number): Promise<Ratio[]> {
  const run = await loadDocuments(seedFiles());
  const rows = mergeRows((await planDocuments(run.result, run.documents)).map((p) => p.rows));
  const n = rowCount(rows);
  await writeLoad(run.result, run.documents); // the graph holds the seeds; warm-up
  const writer: number[] = [];
  const withParse: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const bare = await timed(() => bareInsert(rows));
    await deleteBareRows();
    const a = await timed(() => writeLoad(run.result, run.documents, { force: true }));
    const b = await timed(async () => {
      const again = await loadDocuments(seedFiles());
      await writeLoad(again.result, again.documents, { force: true });
    });
    writer.push(bare / a);
    withParse.push(bare / b);
    console.log(`load round ${r + 1}: ${n} rows; bare ${(n / bare).toFixed(0)} rows/s, writer ${(n / a).toFixed(0)} rows/s, parse+write ${(n / b).toFixed(0)} rows/s`);
  }
  return [
    { name: 'load rows/s: writeLoad ÷ bare UNWIND (same rows)', aim: '≥ 0.6', perRound: writer },
    { name: 'load rows/s: parse + writeLoad ÷ bare UNWIND (info)', aim: '-', perRound: withParse },
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const graph = await startBenchGraph();
  try {
    report(await benchLoad(Number(process.argv[2] ?? 5)));
  } finally {
    await graph.stop();
  }
}
