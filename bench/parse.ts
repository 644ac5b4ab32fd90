// Parse throughput over the five seed documents: tokenize + parseDocument, in MB/s,
// against a baseline measured in the same run over the same text (a plain pass that
// splits lines and looks at each line's first character, i.e. the least any parser of
// this format must do). Rounds interleave baseline and parser; medians are printed.
// The first (cold) pass is reported on its own: it includes loading the part-of-speech
// dictionary that county inference uses for documents without a title (000, 003).
//   npx tsx bench/parse.ts [rounds]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../loaders/parse/index.js';
import { tokenize } from '../loaders/tokenize.js';
import { median, report, type Ratio } from './measure.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = path.resolve(repoRoot, '../shared/seeds');
const rounds = Number(process.argv[2] ?? 20);

const seeds = fs
  .readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => {
    const bytes = fs.readFileSync(path.join(seedsDir, file));
    return { file, bytes: bytes.length, text: bytes.toString('utf8') };
  });
const totalBytes = seeds.reduce((n, s) => n + s.bytes, 0);

function parseOne(s: (typeof seeds)[number]): number {
  const { departments } = parseDocument({ file: s.file, format: 'txt', encoding: 'utf-8', blocks: tokenize(s.text) });
  return departments.length;
}

/** The baseline: split into lines and classify each by its first character. */
function splitLines(s: (typeof seeds)[number]): number {
  let cells = 0;
  for (const line of s.text.split('\n')) if (line.charCodeAt(0) === 9) cells++;
  return cells;
}

function timed(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const mbps = (bytes: number, ms: number): number => bytes / 1e6 / (ms / 1000);

const cold = seeds.map((s) => ({ file: s.file, ms: timed(() => parseOne(s)) }));
const coldTotal = cold.reduce((n, c) => n + c.ms, 0);

const perFile = new Map<string, number[]>(seeds.map((s) => [s.file, []]));
const parseTotals: number[] = [];
const baselineTotals: number[] = [];
const ratios: Ratio = { name: 'parse time / split-lines time (all five seeds)', aim: 'informative', perRound: [] };
let sink = 0;
for (let r = 0; r < rounds; r++) {
  const base = timed(() => seeds.forEach((s) => (sink += splitLines(s))));
  let total = 0;
  for (const s of seeds) {
    const ms = timed(() => (sink += parseOne(s)));
    perFile.get(s.file)?.push(ms);
    total += ms;
  }
  baselineTotals.push(base);
  parseTotals.push(total);
  ratios.perRound.push(total / base);
}

console.log(`seeds: ${seeds.length} files, ${(totalBytes / 1e6).toFixed(3)} MB, ${rounds} rounds (sink ${sink % 7})`);
console.log(`cold first pass (incl. dictionary load): ${coldTotal.toFixed(1)} ms for all five`);
for (const c of cold) console.log(`  ${c.file.padEnd(28)} ${c.ms.toFixed(1).padStart(7)} ms`);
console.log('\nwarm, median per file');
for (const s of seeds) {
  const ms = median(perFile.get(s.file) ?? []);
  console.log(
    `  ${s.file.padEnd(28)} ${(s.bytes / 1e3).toFixed(1).padStart(7)} kB ${ms.toFixed(2).padStart(8)} ms ${mbps(s.bytes, ms).toFixed(2).padStart(7)} MB/s`,
  );
}
const parseMs = median(parseTotals);
const baseMs = median(baselineTotals);
console.log(
  `\nall five: parse ${parseMs.toFixed(1)} ms = ${mbps(totalBytes, parseMs).toFixed(2)} MB/s; split-lines baseline ${baseMs.toFixed(2)} ms = ${mbps(totalBytes, baseMs).toFixed(1)} MB/s`,
);
report([ratios]);
