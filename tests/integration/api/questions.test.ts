// Runs the question set against the five seeds in the real Neo4j and reports
// top-1 / top-3 accuracy. The floors are what the ranking reaches minus a margin.
import { beforeAll, describe, expect, it } from 'vitest';
import { whoHandles } from '../../../graph/search/whoHandles.js';
import { answersQuestion, FLOORS, readQuestions } from '../../questions/questions.js';
import { loadSeeds } from '../fixtures.js';

describe('question set', () => {
  beforeAll(async () => {
    await loadSeeds();
  }, 120_000);

  it('answers realistic questions well enough', async () => {
    const questions = readQuestions();
    let top1 = 0;
    let top3 = 0;
    const misses: string[] = [];
    for (const q of questions) {
      const answers = await whoHandles({ question: q.question, jurisdiction: q.jurisdiction, first: 3 });
      const rank = answers.findIndex((a) => answersQuestion(q, a.agency));
      if (rank === 0) top1++;
      if (rank >= 0) top3++;
      else misses.push(`${q.id} ${q.question} -> ${answers.map((a) => a.agency.name).join(' | ') || '(none)'}`);
    }
    const n = questions.length;
    console.log(`question set: ${n} questions, top-1 ${(top1 / n).toFixed(3)}, top-3 ${(top3 / n).toFixed(3)}`);
    if (misses.length) console.log(`misses (top-3):\n${misses.join('\n')}`);
    expect(top1 / n).toBeGreaterThanOrEqual(FLOORS.top1);
    expect(top3 / n).toBeGreaterThanOrEqual(FLOORS.top3);
  }, 120_000);
});
