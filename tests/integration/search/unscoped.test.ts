// An unscoped question (no jurisdiction) is ranked in the few jurisdictions whose lists use
// its words (graph/search/candidate-jurisdictions.ts), not in the evidence of every
// jurisdiction of the graph; and on the seeds it answers as well as the whole-graph ranking.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { agencyJurisdictions, onEvidenceRead } from '../../../graph/repositories/evidence.repository.js';
import { UNSCOPED } from '../../../graph/search/candidate-jurisdictions.js';
import { evidenceIndex, type EvidenceIndex, prepareTerms, rankAgencies, unscopedIndex } from '../../../graph/search/route.js';
import { whoHandles } from '../../../graph/search/whoHandles.js';
import { graphVersion } from '../../../graph/version.js';
import { writeLoad } from '../../../graph/writer.js';
import { answersQuestion, readQuestions } from '../../questions/questions.js';
import { loadSeeds, synthetic, uniqueTag } from '../fixtures.js';

/** Jurisdictions of synthetic lists loaded besides the seeds, so the graph holds more than UNSCOPED.jurisdictions. */
const EXTRA = UNSCOPED.jurisdictions + 1;
/**
 * How much of the whole-graph ranking's hits the bounded search must keep. With only this file's
 * fixtures beside the seeds it kept all but 1 of 57 (docs/measurements.md, "Query shapes at scale").
 * In the full suite the graph also holds generated counties that copy the seeds' texts, and there
 * the bounded search is measurably worse (CI 2026-12-01: top-1 0.386 against 0.474, top-3 0.491
 * against 0.614, same verdict on the first agency 0.877): the 5 candidate counties chosen by full-text
 * hits are not always where the ranker would have found the best agency. That is a known cost of
 * bounding an unscoped question (issue 15), stated in the note; the floor keeps it from getting worse.
 */
const KEPT = 0.75;
const SAME_VERDICT = 0.8;
/** A subject no seed and no other fixture speaks of: only the target jurisdiction's list does. */
const SUBJECT = '琥珀蜗牛养殖';

let target: ReturnType<typeof synthetic>;

afterEach(() => onEvidenceRead(null));

beforeAll(async () => {
  await loadSeeds();
  const tag = uniqueTag('unscoped');
  for (let i = 0; i < EXTRA; i++) {
    const s = synthetic(`${tag}x${i}`);
    if (i === EXTRA - 1) {
      const matter = s.result.departments[0]!.boundaryMatters[0]!;
      matter.title = `${SUBJECT}管理`;
      matter.assignments[0]!.division = `负责${SUBJECT}场的备案和监督检查`;
      target = s;
    }
    await writeLoad(s.result, s.docs);
  }
}, 240_000);

describe('unscoped questions', () => {
  it('answer from the jurisdiction whose list speaks of the subject, reading only a few jurisdictions', async () => {
    const read = new Set<string>();
    onEvidenceRead((keys) => {
      for (const k of keys) read.add(k);
    });
    const answers = await whoHandles({ question: `${SUBJECT}场臭气熏天，归哪个部门管？`, first: 3 });
    const all = await agencyJurisdictions();

    expect(answers[0]?.agency.key.startsWith(`${target.jurisdictionKey}|`)).toBe(true);
    expect(read.has(target.jurisdictionKey)).toBe(true);
    expect(read.size).toBeLessThanOrEqual(UNSCOPED.jurisdictions);
    expect(read.size).toBeLessThan(all.length);
  });

  it('reads nothing again for a second question on the same jurisdictions (their cached indexes)', async () => {
    await whoHandles({ question: `${SUBJECT}场谁来查`, first: 3 });
    const read: string[] = [];
    onEvidenceRead((keys) => read.push(...keys));
    await whoHandles({ question: `${SUBJECT}场谁来查`, first: 3 });
    expect(read).toEqual([]);
  });

  it('ranks the seed questions asked without a jurisdiction as well as the whole graph does', async () => {
    const version = await graphVersion();
    const everywhere = await evidenceIndex(null, version, agencyJurisdictions);
    const top = (index: EvidenceIndex, question: string) => {
      const prepared = prepareTerms(question, index.mentionable, index.successorMentionable);
      return prepared ? rankAgencies(prepared, index).slice(0, 3) : [];
    };
    const questions = readQuestions('questions');
    const hits = { bounded: { top1: 0, top3: 0 }, everywhere: { top1: 0, top3: 0 } };
    let same = 0;
    for (const q of questions) {
      // Right when the agency is one that answers the question, in any county: other test files
      // load generated counties whose lists copy the seeds' texts, and a question that names no
      // place cannot tell which of two identical counties was meant.
      const right = (r: { agency: { name: string; aliases: string[]; jurisdiction: string } }) =>
        answersQuestion({ ...q, agencyJurisdiction: undefined }, r.agency);
      const bounded = top(await unscopedIndex(q.question, version), q.question);
      const full = top(everywhere, q.question);
      for (const [name, ranked] of [
        ['bounded', bounded],
        ['everywhere', full],
      ] as const) {
        const rank = ranked.findIndex(right);
        if (rank === 0) hits[name].top1++;
        if (rank >= 0) hits[name].top3++;
      }
      // Agreeing on whether the first agency is right (公安局 of one county or of its copy alike, as above).
      if (Boolean(bounded[0] && right(bounded[0])) === Boolean(full[0] && right(full[0]))) same++;
      else console.log(`top agency differs: ${q.id} ${q.question} -> ${bounded[0]?.agency.key} (whole graph: ${full[0]?.agency.key})`);
    }
    const n = questions.length;
    const share = (x: number) => (x / n).toFixed(3);
    console.log(
      `unscoped questions (${n}): bounded top-1 ${share(hits.bounded.top1)} top-3 ${share(hits.bounded.top3)}; ` +
        `whole graph top-1 ${share(hits.everywhere.top1)} top-3 ${share(hits.everywhere.top3)}; same top agency ${share(same)}`,
    );
    expect(hits.bounded.top1).toBeGreaterThanOrEqual(hits.everywhere.top1 * KEPT);
    expect(hits.bounded.top3).toBeGreaterThanOrEqual(hits.everywhere.top3 * KEPT);
    expect(same / n).toBeGreaterThanOrEqual(SAME_VERDICT);
  }, 120_000);
});
