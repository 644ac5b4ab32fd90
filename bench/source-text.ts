// What storing the documents' own lines (DocumentText, for the 原文 panel) costs a load:
// writeLoad of the five seeds as new documents WITH their text ÷ the same load WITHOUT it
// (the same parsed records, `sourceLines` emptied), interleaved A/B over rounds; and the
// store's growth on disk when the text is added (`databases/` only, not the transaction
// logs). Each round loads fresh copies and removes them afterwards, untimed.
//   npx tsx bench/source-text.ts [rounds]
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentInfo } from '../domain/records.js';
import { closeDriver, useConnection } from '../graph/driver.js';
import { freePort, startLocalNeo4j } from '../graph/localNeo4j.js';
import { ensureSchema } from '../graph/schema/bootstrap.js';
import { documentTextRows } from '../graph/load/rows.js';
import { removeDocuments, writeLoad } from '../graph/writer.js';
import { loadDocuments } from '../loaders/load.js';
import { startBenchGraph } from './graph.js';
import { seedFiles } from './load.js';
import { report, type Ratio } from './measure.js';

function freshCopies(): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'jurisgraph-bench-text-'));
  return seedFiles().map((f) => {
    const copy = path.join(dir, path.basename(f));
    copyFileSync(f, copy);
    return copy;
  });
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return (performance.now() - t0) / 1000;
}

const withoutText = (docs: DocumentInfo[]): DocumentInfo[] => docs.map((d) => ({ ...d, sourceLines: [] }));

/** Bytes of the store files under `dir` (recursively), skipping transaction logs. */
function storeBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += entry.name === 'transactions' ? 0 : storeBytes(full);
    else total += statSync(full).size;
  }
  return total;
}

function databasesDir(dataDir: string): string | null {
  for (const entry of readdirSync(dataDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const full = path.join(dataDir, entry.name);
    if (entry.name === 'databases') return full;
    const found = databasesDir(full);
    if (found) return found;
  }
  return null;
}

/** Cost of writing the text: per round, the seeds as new documents with and without it. */
export async function benchSourceText(rounds: number): Promise<Ratio[]> {
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const a = freshCopies();
    const b = freshCopies();
    const runA = await loadDocuments(a);
    const runB = await loadDocuments(b);
    // Alternate which goes first, so a warm cache favours neither.
    const order = r % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
    const t: Record<string, number> = {};
    for (const which of order) {
      t[which] =
        which === 'with'
          ? await timed(() => writeLoad(runA.result, runA.documents))
          : await timed(() => writeLoad(runB.result, withoutText(runB.documents)));
    }
    await removeDocuments([...a, ...b]);
    ratios.push(t.with! / t.without!);
    console.log(`round ${r + 1}: with text ${t.with!.toFixed(2)} s, without ${t.without!.toFixed(2)} s`);
  }
  const run = await loadDocuments(seedFiles());
  const chunks = run.documents.flatMap((d) => documentTextRows(d.file, d.file, d.sourceLines));
  const bytes = chunks.reduce((n, c) => n + c.lines.reduce((m, l) => m + Buffer.byteLength(l, 'utf8'), 0), 0);
  console.log(`text of the five seeds: ${chunks.length} DocumentText nodes, ${(bytes / 1024).toFixed(0)} KiB of UTF-8`);
  return [{ name: 'writeLoad of the seeds: time with text ÷ without', aim: '-', perRound: ratios }];
}

/**
 * Store size on disk: the seeds written into a fresh local Neo4j without their text, and
 * into another with it; each shut down (a clean shutdown flushes the store files), then measured.
 */
async function storeGrowth(): Promise<void> {
  const run = await loadDocuments(seedFiles());
  const storeAfter = async (docs: DocumentInfo[]): Promise<number> => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'jurisgraph-bench-text-store-'));
    try {
      const local = await startLocalNeo4j({ port: await freePort(), dataDir });
      await useConnection(local.connection);
      await ensureSchema();
      await writeLoad(run.result, docs);
      await closeDriver();
      await local.stop();
      return storeBytes(databasesDir(dataDir) ?? dataDir);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
  const before = await storeAfter(withoutText(run.documents));
  const after = await storeAfter(run.documents);
  const mib = (n: number) => (n / 1048576).toFixed(2);
  console.log(
    `store (databases/, after a clean shutdown): without text ${mib(before)} MiB, with text ${mib(after)} MiB (+${mib(after - before)} MiB)`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const graph = await startBenchGraph();
  let ratios: Ratio[];
  try {
    ratios = await benchSourceText(Number(process.argv[2] ?? 7));
  } finally {
    await graph.stop();
  }
  await storeGrowth();
  report(ratios);
}
