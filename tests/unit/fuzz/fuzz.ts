// The fuzz run: hostile files first, then random mutants of the seeds until the time
// budget is spent. Each document is loaded on its own through loadDocuments, as
// `npm run load` would; a run counts crashes (an exception, or a READ_FAILED/PARSE_FAILED
// diagnostic: the isolation caught a bug), hangs (a document slower than the per-file
// bound) and silent text losses (oracle.ts). Shared by the CI test and `npm run fuzz`.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadDocuments } from '../../../loaders/load';
import { readDocumentBytes } from '../../../loaders/read/index';
import { HOSTILE_FILES, protoElementDocx } from '../loaders/hostile-files';
import { buildDocx, buildXlsx, exportCsv, SAMPLE_LIST } from '../loaders/read/fixture-files';
import { seededRandom } from '../../../domain/seeded-random';
import { mutate } from './mutate';
import { silentLosses } from './oracle';

export const SEEDS = path.resolve(import.meta.dirname, '../../../../shared/seeds');

export interface FuzzOptions {
  seed: number;
  /** Stop starting new documents after this long. */
  budgetMs: number;
  /** A document slower than this is a hang. */
  perFileMs: number;
  /** Where mutants and hostile files are written, and failing ones kept (failure-N.ext). */
  dir: string;
  onProgress?: (report: FuzzReport) => void;
}

export interface FuzzFailure {
  kind: 'crash' | 'hang' | 'silent-loss';
  file: string;
  /** The seed and the mutations that made it, or the hostile file's name. */
  origin: string;
  detail: string;
}

export interface FuzzReport {
  seed: number;
  documents: number;
  hostile: number;
  elapsedMs: number;
  crashes: number;
  hangs: number;
  silentLosses: number;
  /** Files refused with an error diagnostic (expected for hostile files and many mutants). */
  refused: number;
  /** TEXT_LOST warnings the loader itself reported (not silent). */
  textLostReported: number;
  slowest: { origin: string; ms: number };
  peakRssBytes: number;
  failures: FuzzFailure[];
}

const BUGS = new Set(['READ_FAILED', 'PARSE_FAILED']);

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  mkdirSync(options.dir, { recursive: true });
  const random = seededRandom(options.seed);
  // The five seeds, and one list as .docx, .xlsx and .csv so the zip and spreadsheet readers are damaged too.
  const seeds = [
    ...readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ name: f, bytes: readFileSync(path.join(SEEDS, f)) })),
    { name: 'list.docx', bytes: await buildDocx(SAMPLE_LIST) },
    { name: 'list.xlsx', bytes: await buildXlsx(SAMPLE_LIST) },
    { name: 'list.csv', bytes: Buffer.from(exportCsv(SAMPLE_LIST)) },
  ];
  const report: FuzzReport = {
    seed: options.seed,
    documents: 0,
    hostile: 0,
    elapsedMs: 0,
    crashes: 0,
    hangs: 0,
    silentLosses: 0,
    refused: 0,
    textLostReported: 0,
    slowest: { origin: '', ms: 0 },
    peakRssBytes: process.memoryUsage().rss,
    failures: [],
  };
  const started = performance.now();

  const check = async (file: string, bytes: Buffer, origin: string): Promise<void> => {
    writeFileSync(file, bytes);
    const t0 = performance.now();
    let failure: FuzzFailure | null = null;
    try {
      const run = await loadDocuments([file]);
      const ms = performance.now() - t0;
      const { diagnostics } = run.result;
      if (ms > report.slowest.ms) report.slowest = { origin, ms };
      if (ms > options.perFileMs) failure = { kind: 'hang', file, origin, detail: `${Math.round(ms)} ms` };
      const bug = diagnostics.find((d) => BUGS.has(d.code));
      if (bug) failure = { kind: 'crash', file, origin, detail: `${bug.code}: ${bug.message}` };
      if (diagnostics.some((d) => d.severity === 'error')) report.refused++;
      report.textLostReported += diagnostics.filter((d) => d.code === 'TEXT_LOST').length;
      if (!failure && !diagnostics.some((d) => d.severity === 'error')) {
        const lost = silentLosses((await readDocumentBytes(bytes, file)).blocks, run.result);
        if (lost.length > 0) failure = { kind: 'silent-loss', file, origin, detail: lost.map((l) => `${l.line}: ${l.text}`).join(' | ') };
      }
    } catch (error) {
      failure = { kind: 'crash', file, origin, detail: (error as Error)?.stack ?? String(error) };
    }
    report.documents++;
    report.peakRssBytes = Math.max(report.peakRssBytes, process.memoryUsage().rss);
    if (failure) {
      // Mutants share one file name; a failing one is kept under its own.
      const kept = path.join(options.dir, `failure-${report.failures.length + 1}${path.extname(file)}`);
      copyFileSync(file, kept);
      failure.file = kept;
      report.failures.push(failure);
      if (failure.kind === 'crash') report.crashes++;
      else if (failure.kind === 'hang') report.hangs++;
      else report.silentLosses++;
    }
    report.elapsedMs = performance.now() - started;
    options.onProgress?.(report);
  };

  const hostile = [...HOSTILE_FILES, { name: 'proto_element.docx', build: protoElementDocx }];
  for (const h of hostile) {
    await check(path.join(options.dir, h.name), await h.build(), h.name);
    report.hostile++;
  }
  for (let n = 0; performance.now() - started < options.budgetMs; n++) {
    const seed = seeds[Math.floor(random() * seeds.length)];
    const mutant = mutate(seed.bytes, random);
    const file = path.join(options.dir, `mutant${path.extname(seed.name)}`);
    await check(file, mutant.bytes, `${seed.name.slice(0, 4)} #${n} ${mutant.steps.join('+')}`);
  }
  report.elapsedMs = performance.now() - started;
  return report;
}

/** The lines `npm run fuzz` prints and the CI test logs. */
export function formatReport(r: FuzzReport): string {
  const minutes = r.elapsedMs / 60_000;
  return [
    `种子 ${r.seed}：${r.documents} 个文档（其中恶意文件 ${r.hostile} 个），用时 ${(r.elapsedMs / 1000).toFixed(1)} 秒，每分钟 ${Math.round(r.documents / minutes)} 个`,
    `崩溃 ${r.crashes}，卡死 ${r.hangs}，静默丢失文字 ${r.silentLosses}；被拒绝的文件 ${r.refused}，已报告的 TEXT_LOST ${r.textLostReported}`,
    `最慢 ${Math.round(r.slowest.ms)} ms（${r.slowest.origin}），进程内存峰值 ${Math.round(r.peakRssBytes / 1048576)} MB`,
    ...r.failures.slice(0, 20).map((f) => `  ${f.kind} ${f.origin}（${f.file}）：${f.detail.slice(0, 300)}`),
  ].join('\n');
}
