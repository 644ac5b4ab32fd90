// The dev split of the labelled real messages (tests/questions/citizen/) through the real
// graph: the routing must keep what tuning reached. Floors are the measured figures minus a
// margin (bench/citizen.ts prints them); the test split is never run here.
import { beforeAll, describe, expect, it } from 'vitest';
import { route } from '../../../graph/search/route.js';
import { type Judged, judge, report } from '../../questions/citizen/judge.js';
import { readLabelled } from '../../questions/citizen/labels.js';
import { loadSeeds } from '../fixtures.js';

/** Measured on dev 2026-12-01: top-1 0.789, top-3 0.922, not-covered not answered as a list 0.953. */
const FLOORS = { top1: 0.72, top3: 0.86, notCoveredHandled: 0.85 };

describe('real citizen messages, dev split', () => {
  beforeAll(async () => {
    await loadSeeds();
  }, 120_000);

  it('routes covered messages to the labelled department and does not claim a list for the rest', async () => {
    const results: Judged[] = [];
    for (const m of readLabelled('dev')) results.push(judge(m, await route({ question: m.text, jurisdiction: '蒸湘区', first: 5 })));
    report(results, 'dev', false);
    const covered = results.filter((r) => r.message.coverage === 'LIST');
    const notCovered = results.filter((r) => r.message.coverage === 'NOT_COVERED');
    const share = (xs: Judged[], f: (r: Judged) => boolean) => xs.filter(f).length / xs.length;
    expect(covered.length).toBeGreaterThan(50);
    expect(share(covered, (r) => r.top1)).toBeGreaterThanOrEqual(FLOORS.top1);
    expect(share(covered, (r) => r.top3)).toBeGreaterThanOrEqual(FLOORS.top3);
    expect(share(notCovered, (r) => !r.list)).toBeGreaterThanOrEqual(FLOORS.notCoveredHandled);
  }, 120_000);
});
