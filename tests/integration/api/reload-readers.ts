// Readers during a reload: `clients` closed-loop HTTP clients ask a fixed set of questions
// while a forced reload of the seeds commits, and every answer is compared with the answer
// to the same question before and after the reload. Atomic reloads mean each answer equals
// one of the two; anything else (empty, another agency, an error) is counted as wrong.
// Shared by the integration test (20 clients) and bench/reload.ts (100 clients).
import http from 'node:http';
import { postGraphql } from '../../support/post-graphql.js';
import { readQuestions } from '../../questions/questions.js';

/** What an answer is compared by: the agencies in order and the rows they cite. */
const QUERY = `query($q: String!, $j: String) {
  whoHandles(question: $q, jurisdiction: $j, first: 3) { agency { name } matter { title } division source { file line } }
}`;

export interface FixedQuestion {
  question: string;
  jurisdiction: string | null;
}

/** Questions with an answer in the seeds, asked in their county. */
export function fixedQuestions(n = 12): FixedQuestion[] {
  return readQuestions('questions')
    .filter((q) => q.jurisdiction !== null)
    .slice(0, n)
    .map((q) => ({ question: q.question, jurisdiction: q.jurisdiction }));
}

export interface ReloadCounts {
  clients: number;
  /** Answers received while the reload ran (from its start until it returned, plus a tail). */
  answers: number;
  /** Of those, equal to the answer before the reload / after it. */
  asBefore: number;
  asAfter: number;
  /** Empty, different from both, an error or a non-200. */
  wrong: number;
  /** Up to five wrong answers, for the report. */
  examples: string[];
  reloadMs: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** One answer as a comparable string ('' for none), or an error description. */
export async function answerOf(url: string, q: FixedQuestion): Promise<{ ok: boolean; text: string }> {
  const { status, body: text } = await postGraphql(url, QUERY, { q: q.question, j: q.jurisdiction }, agent);
  if (status !== 200) return { ok: false, text: `HTTP ${status} ${text.slice(0, 200)}` };
  const parsed = JSON.parse(text) as { data?: { whoHandles?: unknown[] } | null; errors?: unknown[] };
  if (parsed.errors) return { ok: false, text: JSON.stringify(parsed.errors).slice(0, 200) };
  return { ok: true, text: JSON.stringify(parsed.data?.whoHandles ?? null) };
}

async function snapshot(url: string, questions: FixedQuestion[]): Promise<string[]> {
  const out: string[] = [];
  for (const q of questions) {
    const a = await answerOf(url, q);
    if (!a.ok) throw new Error(`baseline failed: ${a.text}`);
    out.push(a.text);
  }
  return out;
}

/**
 * Baseline answers, then `clients` readers asking in a loop while `reload()` runs (and
 * `tailMs` after it returned, when caches of the new version are built), then the answers
 * after. Every answer received from the reload's start on is judged.
 */
export async function readersDuringReload(options: {
  url: string;
  clients: number;
  questions: FixedQuestion[];
  reload: () => Promise<unknown>;
  tailMs?: number;
  warmupMs?: number;
}): Promise<ReloadCounts> {
  const { url, clients, questions } = options;
  const before = await snapshot(url, questions);
  let stop = false;
  let judging = false;
  const received: Array<{ i: number; ok: boolean; text: string }> = [];
  let next = 0;
  const readers = Array.from({ length: clients }, async () => {
    while (!stop) {
      const i = next++ % questions.length;
      const startedJudged = judging;
      let a: { ok: boolean; text: string };
      try {
        a = await answerOf(url, questions[i]!);
      } catch (error) {
        a = { ok: false, text: String(error) };
      }
      if (startedJudged) received.push({ i, ...a });
    }
  });
  await new Promise((r) => setTimeout(r, options.warmupMs ?? 300));
  judging = true;
  const t0 = performance.now();
  await options.reload();
  const reloadMs = Math.round(performance.now() - t0);
  await new Promise((r) => setTimeout(r, options.tailMs ?? 1_000));
  stop = true;
  await Promise.all(readers);
  const after = await snapshot(url, questions);
  const counts: ReloadCounts = { clients, answers: received.length, asBefore: 0, asAfter: 0, wrong: 0, examples: [], reloadMs };
  for (const r of received) {
    const same = r.ok && (r.text === before[r.i] || r.text === after[r.i]);
    if (r.ok && r.text === before[r.i]) counts.asBefore++;
    if (r.ok && r.text === after[r.i]) counts.asAfter++;
    if (!same) {
      counts.wrong++;
      if (counts.examples.length < 5) counts.examples.push(`${questions[r.i]!.question.slice(0, 20)} → ${r.text.slice(0, 160)}`);
    }
  }
  return counts;
}
