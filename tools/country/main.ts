// `npm run country -- --counties 10 --seed 1 --out DIR [--seeds DIR] [--docx 0.1]
// [--xlsx 0.05] [--gb18030 0.1]`: writes a synthetic country's lists under DIR, built from
// the seeds' vocabulary and the distributions in tools/country/distributions.json; a share
// as .docx / .xlsx and a share of the text files in GB18030 (tools/country/formats.ts).

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Distributions } from './distributions';
import { DEFAULT_FORMAT_SHARES, type FormatShares } from './formats';
import { generateCountry } from './generate';
import { loadSeedVocabulary, writeCountry } from './io';

const { values } = parseArgs({
  options: {
    counties: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    seeds: { type: 'string', default: '/work/shared/seeds' },
    docx: { type: 'string', default: String(DEFAULT_FORMAT_SHARES.docx) },
    xlsx: { type: 'string', default: String(DEFAULT_FORMAT_SHARES.xlsx) },
    gb18030: { type: 'string', default: String(DEFAULT_FORMAT_SHARES.gb18030) },
  },
});

function shareOf(name: keyof FormatShares): number {
  const share = Number(values[name]);
  if (!(share >= 0 && share <= 1)) {
    process.stderr.write(`--${name} 应为 0 到 1 之间的比例，收到：${values[name]}\n`);
    process.exit(2);
  }
  return share;
}

if (!values.out) {
  process.stderr.write('用法：npm run country -- --counties 10 --seed 1 --out 目录 [--docx 0.1] [--xlsx 0.05] [--gb18030 0.1]\n');
  process.exit(2);
}
const formats: FormatShares = { docx: shareOf('docx'), xlsx: shareOf('xlsx'), gb18030: shareOf('gb18030') };
if (formats.docx + formats.xlsx > 1) {
  process.stderr.write('--docx 与 --xlsx 之和不能超过 1\n');
  process.exit(2);
}
const started = performance.now();
const distributions = JSON.parse(await readFile(fileURLToPath(new URL('./distributions.json', import.meta.url)), 'utf8')) as Distributions;
const vocabulary = await loadSeedVocabulary(values.seeds);
const read = performance.now();
const files = generateCountry({ seed: Number(values.seed), counties: Number(values.counties), formats }, vocabulary, distributions);
const generated = performance.now();
await writeCountry(values.out, files);
const written = performance.now();
const count = (format: string): number => files.filter((f) => f.format === format).length;
const gb = files.filter((f) => f.encoding === 'gb18030').length;
const seconds = (ms: number): string => (ms / 1000).toFixed(1);
process.stdout.write(
  `已生成 ${files.length} 份清单（${values.counties} 个县区）：${values.out}\n` +
    `格式：.txt ${count('txt')}（其中 GB18030 ${gb}），.docx ${count('docx')}，.xlsx ${count('xlsx')}\n` +
    `用时 ${seconds(written - started)} 秒（读种子 ${seconds(read - started)}，生成 ${seconds(generated - read)}，写文件 ${seconds(written - generated)}）\n`,
);
