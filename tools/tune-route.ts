// Tries the ranking's free parameters (graph/search/route.ts ROUTE, subject.ts SUBJECT) on the
// `dev` split of the labelled real messages and on our own question sets, in one process on
// one loaded graph. Never reads the `test` split.
//   npx tsx tools/tune-route.ts
import { startBenchGraph } from '../bench/graph.js';
import { seedFiles } from '../bench/load.js';
import { judge } from '../tests/questions/citizen/judge.js';
import { COVERAGE } from '../graph/search/confidence.js';
import { ROUTE, route } from '../graph/search/route.js';
import { SUBJECT } from '../graph/search/subject.js';
import { whoHandles } from '../graph/search/whoHandles.js';
import { writeLoad } from '../graph/writer.js';
import { loadDocuments } from '../loaders/load.js';
import { readLabelled } from '../tests/questions/citizen/labels.js';
import { answersQuestion, readQuestions } from '../tests/questions/questions.js';

const graph = await startBenchGraph();
try {
  const run = await loadDocuments(seedFiles());
  await writeLoad(run.result, run.documents);
  const dev = readLabelled('dev');
  const sets = { questions: readQuestions('questions'), heldout: readQuestions('heldout') };

  async function evaluate(): Promise<string> {
    const parts: string[] = [];
    const judged = [];
    for (const m of dev) judged.push(judge(m, await route({ question: m.text, jurisdiction: '蒸湘区', first: 5 })));
    const covered = judged.filter((j) => j.message.coverage === 'LIST');
    const notCovered = judged.filter((j) => j.message.coverage === 'NOT_COVERED');
    const share = (xs: typeof judged, f: (j: (typeof judged)[number]) => boolean) => (xs.filter(f).length / xs.length).toFixed(3);
    const list = judged.filter((j) => j.list);
    parts.push(
      `dev ${share(covered, (j) => j.top1)}/${share(covered, (j) => j.top3)} nc-ok ${share(notCovered, (j) => !j.list)} list-right ${share(list, (j) => j.listRight)} (${list.length})`,
    );
    for (const [name, qs] of Object.entries(sets)) {
      let q1 = 0;
      let q3 = 0;
      for (const q of qs) {
        const answers = await whoHandles({ question: q.question, jurisdiction: q.jurisdiction, first: 3 });
        const rank = answers.findIndex((a) => answersQuestion(q, a.agency));
        if (rank === 0) q1++;
        if (rank >= 0) q3++;
      }
      parts.push(`${name} ${(q1 / qs.length).toFixed(3)}/${(q3 / qs.length).toFixed(3)}`);
    }
    return parts.join('  ');
  }

  const grid = JSON.parse(process.argv[2] ?? '[{}]') as Array<Record<string, number>>;
  for (const setting of grid) {
    for (const [k, v] of Object.entries(setting)) {
      if (k in ROUTE) (ROUTE as Record<string, number>)[k] = v;
      else if (k in COVERAGE) (COVERAGE as Record<string, number>)[k] = v;
      else if (k in SUBJECT) (SUBJECT as Record<string, number>)[k] = v;
      else throw new Error(`unknown parameter ${k}`);
    }
    console.log(`${JSON.stringify(setting).padEnd(60)} ${await evaluate()}`);
  }
} finally {
  await graph.stop();
}
