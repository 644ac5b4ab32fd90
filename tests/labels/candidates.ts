// Prints the findings that need a hand label: everything the default and wide settings return on
// the seeds, plus the strongest findings with the structural filters switched off (the baseline
// the filters are measured against). Already-labelled findings are skipped.
//   npx tsx tests/labels/candidates.ts > /tmp/candidates.json
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseJurisdiction, DEFAULT_ANALYSIS } from '../../graph/analyses/analyses.js';
import { corpusFromLoad } from '../../graph/analyses/corpus-from-load.js';
import { WIDE_UNDECLARED } from '../../graph/analyses/undeclared.js';
import { loadFiles } from '../../loaders/load.js';
import { BASELINE_UNDECLARED, candidateFindings } from './baseline.js';
import { labelKey, readLabels } from './overlap-labels.js';

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');
const load = await loadFiles(readdirSync(seeds).map((f) => path.join(seeds, f)));
const known = new Set(readLabels().labels.map((l) => l.key));
const out = [];
for (const corpus of corpusFromLoad(load)) {
  const findings = candidateFindings(
    analyseJurisdiction(corpus, DEFAULT_ANALYSIS),
    analyseJurisdiction(corpus, { ...DEFAULT_ANALYSIS, undeclared: BASELINE_UNDECLARED }),
    analyseJurisdiction(corpus, { ...DEFAULT_ANALYSIS, undeclared: WIDE_UNDECLARED }),
  );
  for (const f of findings) {
    const key = labelKey(f);
    if (known.has(key)) continue;
    known.add(key);
    out.push({
      key,
      kind: f.kind,
      score: f.score,
      agencies: f.agencies.map((a) => a.name),
      texts: f.items.map((i) => i.excerpt ?? i.text),
      explanation: f.explanation,
    });
  }
}
console.log(JSON.stringify(out, null, 1));
