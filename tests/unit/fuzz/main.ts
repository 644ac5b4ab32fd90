// `npm run fuzz -- --minutes N --seed S`: the long fuzz run. Prints documents per minute
// and the totals (crashes, hangs, silent text losses); exits 1 when any is not zero.
// Failing documents stay in the output directory with the seed and mutations that made them.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport, runFuzz } from './fuzz';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '5' },
    seed: { type: 'string', default: '11' },
    'per-file-ms': { type: 'string', default: '10000' },
    dir: { type: 'string' },
  },
});
const minutes = Number(values.minutes);
const seed = Number(values.seed);
if (!(minutes > 0) || !Number.isInteger(seed)) {
  process.stderr.write('用法：npm run fuzz -- --minutes N --seed S [--per-file-ms 10000] [--dir 目录]\n');
  process.exit(2);
}
const dir = values.dir ?? mkdtempSync(path.join(tmpdir(), 'jurisgraph-fuzz-'));
let lastPrint = 0;
const report = await runFuzz({
  seed,
  budgetMs: minutes * 60_000,
  perFileMs: Number(values['per-file-ms']),
  dir,
  onProgress: (r) => {
    if (r.elapsedMs - lastPrint < 30_000) return;
    lastPrint = r.elapsedMs;
    process.stderr.write(
      `… ${r.documents} 个文档，${Math.round(r.elapsedMs / 1000)} 秒，崩溃 ${r.crashes} 卡死 ${r.hangs} 静默丢失 ${r.silentLosses}\n`,
    );
  },
});
process.stdout.write(`${formatReport(report)}\n文件目录：${dir}\n`);
process.exit(report.crashes + report.hangs + report.silentLosses === 0 ? 0 : 1);
