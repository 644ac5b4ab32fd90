// How well jurisgraph routes what real people write (issue 10): the labelled citizen
// messages (tests/questions/citizen/, RUBRIC.md) asked in 蒸湘区 against the five seeds.
// Prints top-1 / top-3 among covered messages per domain, how not-covered messages are
// answered, and the reliability table of `confidence`.
//
//   npx tsx bench/citizen.ts            the dev split (tune on this)
//   npx tsx bench/citizen.ts --split test   the test split: report once, never tune on it
import { writeLoad } from '../graph/writer.js';
import { whoHandles } from '../graph/search/whoHandles.js';
import type { Answer } from '../graph/search/types.js';
import { loadDocuments } from '../loaders/load.js';
import { isLabelledAgency, readLabelled, type LabelledMessage } from '../tests/questions/citizen/labels.js';
import { startBenchGraph } from './graph.js';
import { seedFiles } from './load.js';

const split = process.argv.includes('--split') ? (process.argv[process.argv.indexOf('--split') + 1] as 'dev' | 'test') : 'dev';
const JURISDICTION = '蒸湘区';
/** An answer at least this confident counts as a confident list answer. */
const CONFIDENT = 0.5;

interface Judged {
  message: LabelledMessage;
  answers: Answer[];
  top1: boolean;
  top3: boolean;
  /** The top answer claims a loaded list covers the message, confidently. */
  confidentList: boolean;
  confidence: number;
  /** The top answer is right: a labelled agency, or for a not-covered message no list answer. */
  right: boolean;
}

function judge(message: LabelledMessage, answers: Answer[]): Judged {
  const top = answers[0];
  const scored = top as (Answer & { confidence?: number; coverage?: string }) | undefined;
  const confidence = scored?.confidence ?? (top ? 1 : 0);
  const listAnswer = top !== undefined && (scored?.coverage ?? 'LIST') === 'LIST';
  const confidentList = listAnswer && confidence >= CONFIDENT;
  const hit = (a: Answer) => isLabelledAgency(message, a.agency);
  const covered = message.coverage === 'LIST';
  const top1 = covered && top !== undefined && hit(top) && listAnswer;
  const top3 = covered && answers.slice(0, 3).some(hit);
  return { message, answers, top1, top3, confidentList, confidence, right: covered ? top1 : !listAnswer };
}

const pct = (n: number, d: number): string => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function report(results: Judged[]): void {
  const covered = results.filter((r) => r.message.coverage === 'LIST');
  const notCovered = results.filter((r) => r.message.coverage === 'NOT_COVERED');
  console.log(`\n${split}: ${results.length} messages, ${covered.length} covered by a loaded list, ${notCovered.length} not covered`);
  console.log('domain            covered  top-1   top-3   not-covered  not answered confidently');
  const domains = [...new Set(results.map((r) => r.message.domain))].sort();
  for (const d of [...domains, '(all)']) {
    const rs = d === '(all)' ? results : results.filter((r) => r.message.domain === d);
    const c = rs.filter((r) => r.message.coverage === 'LIST');
    const n = rs.filter((r) => r.message.coverage === 'NOT_COVERED');
    console.log(
      `${d.padEnd(16)} ${String(c.length).padStart(5)}  ${pct(c.filter((r) => r.top1).length, c.length)} ${pct(c.filter((r) => r.top3).length, c.length)}  ${String(n.length).padStart(8)}     ${pct(n.filter((r) => !r.confidentList).length, n.length)}`,
    );
  }
  console.log('\nreliability (top answer right, by its confidence)');
  const bands = [0, 0.2, 0.4, 0.6, 0.8, 1.0001];
  for (let i = 0; i + 1 < bands.length; i++) {
    const rs = results.filter((r) => r.confidence >= bands[i]! && r.confidence < bands[i + 1]!);
    console.log(`  ${bands[i]!.toFixed(1)}–${Math.min(1, bands[i + 1]!).toFixed(1)}: ${String(rs.length).padStart(4)} answers, ${pct(rs.filter((r) => r.right).length, rs.length)} right`);
  }
  if (split === 'dev') {
    console.log('\ncovered misses (dev only):');
    for (const r of covered.filter((x) => !x.top1).slice(0, 60)) {
      const got = r.answers.slice(0, 3).map((a) => a.agency.name.replace('衡阳市蒸湘区', '')).join(' | ');
      console.log(`  ${r.message.id} [${r.message.subject}] want ${r.message.agencies[0]?.replace('衡阳市蒸湘区', '')} got ${got}`);
    }
  }
}

const graph = await startBenchGraph();
try {
  const run = await loadDocuments(seedFiles());
  await writeLoad(run.result, run.documents);
  const messages = readLabelled(split);
  if (messages.length === 0) throw new Error(`no labelled ${split} messages yet`);
  const results: Judged[] = [];
  for (const m of messages) results.push(judge(m, await whoHandles({ question: m.text, jurisdiction: JURISDICTION, first: 5 })));
  report(results);
} finally {
  await graph.stop();
}
