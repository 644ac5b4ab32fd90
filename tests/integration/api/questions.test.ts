// Runs both question sets against the five seeds in the real Neo4j and reports
// top-1 / top-3 accuracy. The floors are what the ranking reaches minus a margin.
import { beforeAll, describe, expect, it } from 'vitest';
import { whoHandles } from '../../../graph/search/whoHandles.js';
import { answersQuestion, FLOORS, readQuestions, type QuestionSet } from '../../questions/questions.js';
import { loadSeeds } from '../fixtures.js';

async function accuracy(set: QuestionSet): Promise<{ top1: number; top3: number }> {
  const questions = readQuestions(set);
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const q of questions) {
    const answers = await whoHandles({ question: q.question, jurisdiction: q.jurisdiction, first: 3 });
    const rank = answers.findIndex((a) => answersQuestion(q, a.agency));
    if (rank === 0) top1++;
    if (rank >= 0) top3++;
    const got = answers.map((a) => `${a.agency.jurisdiction}${a.agency.name}`).join(' | ') || '(none)';
    if (rank !== 0) misses.push(`${rank < 0 ? 'top-3 miss' : `rank ${rank + 1}`} ${q.id} ${q.question} -> ${got}`);
  }
  const n = questions.length;
  console.log(`${set}: ${n} questions, top-1 ${(top1 / n).toFixed(3)}, top-3 ${(top3 / n).toFixed(3)}`);
  if (misses.length) console.log(`${set} misses (top-1):\n${misses.join('\n')}`);
  return { top1: top1 / n, top3: top3 / n };
}

describe('question sets', () => {
  beforeAll(async () => {
    await loadSeeds();
  }, 120_000);

  for (const set of ['questions', 'heldout'] as const) {
    it(`answers the ${set} set well enough`, async () => {
      const got = await accuracy(set);
      expect(got.top1).toBeGreaterThanOrEqual(FLOORS[set].top1);
      expect(got.top3).toBeGreaterThanOrEqual(FLOORS[set].top3);
    }, 120_000);
  }
});
