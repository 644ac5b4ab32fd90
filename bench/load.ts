// Load throughput: rows/s of the real load path (graph/writer.ts writeLoad) ÷ rows/s of
// a bare UNWIND insert of the same pre-built rows into the same labels (graph/load/bare.ts).
// Each round loads fresh copies of the five seeds (new documents: the `created` path, as
// `npm run load` on new files) and removes them afterwards, untimed, as the baseline's rows
// are. Also prints, for information, a forced replace of the loaded seeds (delete + write)
// and parse + write. Interleaved A/B over rounds.
//   npx tsx bench/load.ts [rounds]
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bareInsert, deleteBareRows } from '../graph/load/bare.js';
import { mergeRows, rowCount } from '../graph/load/rows.js';
import { planDocuments, removeDocuments, writeLoad } from '../graph/writer.js';
import { loadDocuments } from '../loaders/load.js';
import { startBenchGraph } from './graph.js';
import { report, type Ratio } from './measure.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const seedsDir = path.resolve(repoRoot, '../shared/seeds');
export const seedFiles = (): string[] =>
  readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(seedsDir, f));

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return (performance.now() - t0) / 1000;
}

/** The seeds copied to a new directory: the same bytes under new document keys. */
function freshCopies(): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'jurisgraph-bench-load-'));
  return seedFiles().map((f) => {
    const copy = path.join(dir, path.basename(f));
    copyFileSync(f, copy);
    return copy;
  });
}

/** Per-round ratios: new documents, forced replace and parse + write, each ÷ the bare insert. */
export async function benchLoad(rounds: number): Promise<Ratio[]> {
  const run = await loadDocuments(seedFiles());
  const rows = mergeRows((await planDocuments(run.result, run.documents)).map((p) => p.rows));
  const n = rowCount(rows);
  await writeLoad(run.result, run.documents); // the graph holds the seeds; warm-up
  const created: number[] = [];
  const replaced: number[] = [];
  const withParse: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const copies = freshCopies();
    const parsed = await loadDocuments(copies);
    const bare = await timed(() => bareInsert(rows));
    await deleteBareRows();
    const a = await timed(() => writeLoad(parsed.result, parsed.documents));
    await removeDocuments(copies);
    const f = await timed(() => writeLoad(run.result, run.documents, { force: true }));
    const copies2 = freshCopies();
    const b = await timed(async () => {
      const again = await loadDocuments(copies2);
      await writeLoad(again.result, again.documents);
    });
    await removeDocuments(copies2);
    created.push(bare / a);
    replaced.push(bare / f);
    withParse.push(bare / b);
    console.log(
      `load round ${r + 1}: ${n} rows; bare ${(n / bare).toFixed(0)} rows/s, writeLoad ${(n / a).toFixed(0)}, ` +
        `forced replace ${(n / f).toFixed(0)}, parse+write ${(n / b).toFixed(0)} rows/s`,
    );
  }
  return [
    { name: 'load rows/s: writeLoad (new files) ÷ bare UNWIND', aim: '≥ 0.6', perRound: created },
    { name: 'load rows/s: forced replace ÷ bare UNWIND (info)', aim: '-', perRound: replaced },
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
