// Precision of the default overlap analyses on the five real seeds against hand labels
// (tests/labels/overlaps.json). Runs on loader output, without Neo4j; the same check runs
// through the graph in tests/integration/analyses/.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseJurisdiction, DEFAULT_ANALYSIS } from '../../../graph/analyses/analyses.js';
import { corpusFromLoad } from '../../../graph/analyses/corpus-from-load.js';
import type { OverlapFinding } from '../../../graph/analyses/finding.js';
import { WIDE_UNDECLARED } from '../../../graph/analyses/undeclared.js';
import { loadFiles } from '../../../loaders/load.js';
import { BASELINE_UNDECLARED } from '../../labels/baseline.js';
import { labelKey, precisionAt, readLabels } from '../../labels/overlap-labels.js';

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/seeds');
const file = readLabels();
let defaults: OverlapFinding[] = [];
let baseline: OverlapFinding[] = [];
let wide: OverlapFinding[] = [];

beforeAll(async () => {
  const load = await loadFiles(readdirSync(seeds).map((f) => path.join(seeds, f)));
  for (const corpus of corpusFromLoad(load)) {
    const a = analyseJurisdiction(corpus);
    defaults.push(...a.overlaps.CONTRADICTION, ...a.overlaps.UNDECLARED);
    baseline.push(...analyseJurisdiction(corpus, { ...DEFAULT_ANALYSIS, undeclared: BASELINE_UNDECLARED }).overlaps.UNDECLARED);
    const w = analyseJurisdiction(corpus, { ...DEFAULT_ANALYSIS, undeclared: WIDE_UNDECLARED });
    wide.push(...w.overlaps.CONTRADICTION, ...w.overlaps.UNDECLARED);
  }
  defaults = defaults.sort((a, b) => b.score - a.score);
  baseline = baseline.sort((a, b) => b.score - a.score);
  wide = wide.sort((a, b) => b.score - a.score);
  for (const [name, list] of [
    ['defaults', defaults],
    ['wide', wide],
  ] as const)
    for (const top of [20, 40]) {
      const r = precisionAt(list, file.labels, top);
      console.log(
        `${name} top ${top}: ${r.considered} findings, ${r.labelled} labelled, ${r.correct} correct, lenient ${r.precision.toFixed(3)}, strict ${r.strictPrecision.toFixed(3)}`,
      );
    }
}, 120_000);

describe('overlap precision on the seeds (hand labels)', () => {
  it('has at least 40 labels, each with a reason', () => {
    expect(file.labels.length).toBeGreaterThanOrEqual(40);
    expect(file.labels.every((l) => l.reason.length > 5)).toBe(true);
    expect(new Set(file.labels.map((l) => l.key)).size).toBe(file.labels.length);
  });

  it(`keeps precision ≥ ${file.floor.precision} on the strongest ${file.floor.top} findings`, () => {
    const r = precisionAt(defaults, file.labels, file.floor.top);
    // A finding nobody has judged counts neither way; too many of them and the labels must be extended
    // (`npx tsx tests/labels/candidates.ts` lists them).
    expect(r.considered).toBeGreaterThanOrEqual(10);
    expect(r.labelled / r.considered, `unlabelled: ${r.unlabelled.map(labelKey).join('\n')}`).toBeGreaterThanOrEqual(0.8);
    expect(r.precision).toBeGreaterThanOrEqual(file.floor.precision);
  });

  it('labels every finding of the wide (recall) setting, which stays below the defaults in precision', () => {
    const r = precisionAt(wide, file.labels, 40);
    expect(r.unlabelled.map(labelKey)).toEqual([]);
    expect(r.precision).toBeLessThan(precisionAt(defaults, file.labels, 40).precision);
  });

  it('does better than plain clause similarity without the structural filters', () => {
    const filtered = precisionAt(
      defaults.filter((f) => f.kind === 'UNDECLARED'),
      file.labels,
      file.floor.top,
    );
    const plain = precisionAt(baseline, file.labels, file.floor.top);
    expect(plain.labelled).toBeGreaterThanOrEqual(15);
    expect(filtered.precision).toBeGreaterThan(plain.precision + 0.3);
  });
});
