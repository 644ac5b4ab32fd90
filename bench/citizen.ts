// How well jurisgraph routes what real people write (issue 10): the labelled citizen
// messages (tests/questions/citizen/, RUBRIC.md) asked in 蒸湘区 against the five seeds.
// Prints top-1 / top-3 among covered messages per domain, how not-covered messages are
// answered, and the reliability table of `confidence`.
//
//   npx tsx bench/citizen.ts                the dev split (tune on this)
//   npx tsx bench/citizen.ts --split test   the test split: report once, never tune on it
import { route } from '../graph/search/route.js';
import { writeLoad } from '../graph/writer.js';
import { loadDocuments } from '../loaders/load.js';
import { type Judged, judge, report } from '../tests/questions/citizen/judge.js';
import { readLabelled, type LabelledMessage } from '../tests/questions/citizen/labels.js';
import { startBenchGraph } from './graph.js';
import { seedFiles } from './load.js';

const split = process.argv.includes('--split') ? (process.argv[process.argv.indexOf('--split') + 1] as 'dev' | 'test') : 'dev';
const JURISDICTION = '蒸湘区';

{
  const graph = await startBenchGraph();
  try {
    const run = await loadDocuments(seedFiles());
    await writeLoad(run.result, run.documents);
    const messages: LabelledMessage[] = readLabelled(split);
    const results: Judged[] = [];
    for (const m of messages) results.push(judge(m, await route({ question: m.text, jurisdiction: JURISDICTION, first: 5 })));
    report(results, split, split === 'dev' && process.argv.includes('--misses'));
  } finally {
    await graph.stop();
  }
}
