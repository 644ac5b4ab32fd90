// Re-checks documents a fuzz run kept (`npx tsx tests/unit/fuzz/recheck.ts FILE…`): the
// diagnostics' codes and any silent loss the oracle finds, to reproduce a failure after a fix.
import { readFileSync } from 'node:fs';
import { loadDocuments } from '../../../loaders/load';
import { readDocumentBytes } from '../../../loaders/read/index';
import { silentLosses } from './oracle';

for (const file of process.argv.slice(2)) {
  const run = await loadDocuments([file]);
  const codes = [...new Set(run.result.diagnostics.map((d) => d.code))].join(' ');
  const errors = run.result.diagnostics.some((d) => d.severity === 'error');
  const lost = errors ? [] : silentLosses((await readDocumentBytes(readFileSync(file), file)).blocks, run.result);
  process.stdout.write(
    `${file}\t${lost.length === 0 ? '无静默丢失' : `静默丢失 ${lost.length}：${lost[0].line}: ${lost[0].text}`}\t${codes}\n`,
  );
}
