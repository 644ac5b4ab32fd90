// Fits the confidence model (graph/search/confidence.ts) on the `dev` split of the labelled
// real messages and on our own question sets: logistic regression of "the top agency is
// right" (for a message no list covers: never) on the ranking's features. Prints the
// coefficients to paste into CONFIDENCE_MODEL and the in-sample reliability table.
// Never reads the `test` split.
//   npx tsx tools/fit-confidence.ts
import { startBenchGraph } from '../bench/graph.js';
import { seedFiles } from '../bench/load.js';
import { type ConfidenceFeatures, confidenceOf } from '../graph/search/confidence.js';
import { route } from '../graph/search/route.js';
import { writeLoad } from '../graph/writer.js';
import { loadDocuments } from '../loaders/load.js';
import { isLabelledAgency, readLabelled } from '../tests/questions/citizen/labels.js';
import { answersQuestion, readQuestions } from '../tests/questions/questions.js';

interface Sample {
  f: ConfidenceFeatures;
  y: number;
  from: string;
}

const KEYS = ['score', 'margin', 'matched', 'long', 'agree', 'kind'] as const;

function fit(samples: Sample[], l2 = 0.01, steps = 20000, rate = 0.1): Record<'bias' | (typeof KEYS)[number], number> {
  const w = { bias: 0, score: 0, margin: 0, matched: 0, long: 0, agree: 0, kind: 0 };
  for (let step = 0; step < steps; step++) {
    const grad = { bias: 0, score: 0, margin: 0, matched: 0, long: 0, agree: 0, kind: 0 };
    for (const s of samples) {
      const p = 1 / (1 + Math.exp(-(w.bias + KEYS.reduce((z, k) => z + w[k] * s.f[k], 0))));
      const err = p - s.y;
      grad.bias += err;
      for (const k of KEYS) grad[k] += err * s.f[k];
    }
    w.bias -= (rate * grad.bias) / samples.length;
    for (const k of KEYS) w[k] -= rate * (grad[k] / samples.length + l2 * w[k]);
  }
  return Object.fromEntries(Object.entries(w).map(([k, v]) => [k, Math.round(v * 1000) / 1000])) as typeof w;
}

const graph = await startBenchGraph();
try {
  const run = await loadDocuments(seedFiles());
  await writeLoad(run.result, run.documents);
  const samples: Sample[] = [];
  for (const m of readLabelled('dev')) {
    const r = await route({ question: m.text, jurisdiction: '蒸湘区', first: 5 });
    const f = r.features;
    if (!f) continue;
    const y = m.coverage === 'LIST' && isLabelledAgency(m, r.ranked[0]!.agency) ? 1 : 0;
    samples.push({ f, y, from: m.coverage === 'LIST' ? 'dev-covered' : 'dev-not-covered' });
  }
  for (const set of ['questions', 'heldout'] as const) {
    for (const q of readQuestions(set)) {
      const r = await route({ question: q.question, jurisdiction: q.jurisdiction, first: 5 });
      const f = r.features;
      if (f) samples.push({ f, y: answersQuestion(q, r.ranked[0]!.agency) ? 1 : 0, from: set });
    }
  }
  const model = fit(samples);
  console.log('CONFIDENCE_MODEL =', JSON.stringify(model));
  const bands = [0, 0.2, 0.4, 0.5, 0.6, 0.8, 1.0001];
  for (const from of ['dev-covered', 'dev-not-covered', 'questions', 'heldout', 'all']) {
    const rs = samples.filter((s) => from === 'all' || s.from === from);
    const cells = bands.slice(0, -1).map((lo, i) => {
      const inBand = rs.filter((s) => {
        const c = confidenceOf(s.f, model);
        return c >= lo && c < bands[i + 1]!;
      });
      const right = inBand.filter((s) => s.y === 1).length;
      return `${lo.toFixed(1)}+: ${right}/${inBand.length}`;
    });
    console.log(`${from.padEnd(16)} ${cells.join('  ')}`);
  }
} finally {
  await graph.stop();
}
