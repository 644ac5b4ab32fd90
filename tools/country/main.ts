// `npm run country -- --counties 10 --seed 1 --out DIR [--seeds DIR]`: writes a synthetic
// country's lists (text format only) under DIR, built from the seeds' vocabulary and the
// distributions in tools/country/distributions.json.

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCountry } from './generate';
import { loadSeedVocabulary, writeCountry } from './io';
import type { Distributions } from './distributions';

const { values } = parseArgs({
  options: {
    counties: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    seeds: { type: 'string', default: '/work/shared/seeds' },
  },
});
if (!values.out) {
  process.stderr.write('用法：npm run country -- --counties 10 --seed 1 --out 目录\n');
  process.exit(2);
}
const distributions = JSON.parse(await readFile(fileURLToPath(new URL('./distributions.json', import.meta.url)), 'utf8')) as Distributions;
const vocabulary = await loadSeedVocabulary(values.seeds);
const files = generateCountry({ seed: Number(values.seed), counties: Number(values.counties) }, vocabulary, distributions);
await writeCountry(values.out, files);
process.stdout.write(`已生成 ${files.length} 份清单（${values.counties} 个县区）：${values.out}\n`);
