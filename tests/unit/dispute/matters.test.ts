import { describe, expect, it } from 'vitest';
import { bearingLines, chooseMatters } from '../../../graph/dispute/matters.js';
import type { EvidenceRow } from '../../../graph/repositories/evidence.repository.js';
import type { RankedAgency } from '../../../graph/search/route.js';
import { HEALTH, PLANNING, POLICE } from './fixtures.js';

function evidence(kind: EvidenceRow['kind'], title: string, matterKey: string | null, key = `${title}-${kind}`): EvidenceRow {
  return {
    kind,
    key,
    title,
    division: '',
    case: null,
    role: null,
    matterKey,
    ord: 0,
    bases: [],
    units: [],
    phones: [],
    source: { file: 'a.txt', line: 1, endLine: 1 },
  };
}

function ranked(agency: typeof HEALTH, rows: Array<{ row: EvidenceRow; score: number; highlights: string[] }>): RankedAgency {
  return { agency, score: rows[0]?.score ?? 0, rows, matched: 1, agree: 0, topic: '', cited: rows[0] ?? null };
}

const M = (title: string) => ({ key: `测试县|${title}`, title });

describe('chooseMatters', () => {
  const matters = [M('危险化学品监管'), M('危险化学品安全监督管理'), M('烟花爆竹安全监管'), M('安全生产大检查')];

  it('takes the disputing agencies’ best rows’ matters, and the matters whose titles are very like them', () => {
    const chosen = chooseMatters(
      '槽罐车泄漏',
      [HEALTH.key, PLANNING.key],
      [
        ranked(HEALTH, [
          { row: evidence('responsibility', '危险化学品监管', M('危险化学品监管').key), score: 80, highlights: ['槽罐车', '泄漏'] },
          // Shares one word and scores far lower: not the matter asked about.
          { row: evidence('responsibility', '烟花爆竹安全监管', M('烟花爆竹安全监管').key), score: 20, highlights: ['泄漏'] },
        ]),
        // An agency not in the dispute does not choose matters.
        ranked(POLICE, [
          { row: evidence('responsibility', '安全生产大检查', M('安全生产大检查').key), score: 90, highlights: ['危险化学品'] },
        ]),
      ],
      matters,
    );
    expect(chosen.map((m) => [m.title, m.reason])).toEqual([
      ['危险化学品监管', 'question'],
      ['危险化学品安全监督管理', 'alike'],
    ]);
  });

  it('takes a matter whose title is the question even when neither agency holds a row, and nothing otherwise', () => {
    // 危险化学品安全监督管理 has the question's core title (0.9): it is taken for its title too.
    expect(chooseMatters('危险化学品监管', [HEALTH.key], [], matters).map((m) => [m.title, m.reason])).toEqual([
      ['危险化学品监管', 'title'],
      ['危险化学品安全监督管理', 'title'],
    ]);
    expect(chooseMatters('月球背面的采矿许可', [HEALTH.key], [], matters)).toEqual([]);
  });

  it('drops a row whose shared words cover too little of the question', () => {
    const rows = [{ row: evidence('responsibility', '烟花爆竹安全监管', M('烟花爆竹安全监管').key), score: 50, highlights: ['许可'] }];
    expect(chooseMatters('月球背面的采矿许可', [HEALTH.key], [ranked(HEALTH, rows)], matters)).toEqual([]);
  });
});

describe('bearingLines', () => {
  it('keeps each agency’s best duty lines, one per duty, none below half the best score', () => {
    const q = '出生人口性别比治理';
    const all = ['出生人口', '性别比', '治理'];
    const lines = bearingLines(
      q,
      [HEALTH.key, PLANNING.key],
      [
        ranked(PLANNING, [
          { row: { ...evidence('duty', '负责出生人口性别比治理', null, 'd1'), division: '甲项' }, score: 30, highlights: all },
          { row: { ...evidence('duty', '负责出生人口性别比治理', null, 'd2'), division: '乙项' }, score: 29, highlights: all },
          { row: evidence('responsibility', '出生人口性别比治理', 'm'), score: 90, highlights: all },
        ]),
        ranked(HEALTH, [
          { row: evidence('service', '出生医学证明', null), score: 20, highlights: all },
          { row: evidence('duty', '卫生宣传', null), score: 10, highlights: all },
        ]),
      ],
    );
    expect(lines.get(PLANNING.key)!.map((l) => l.row.key)).toEqual(['d1']);
    expect(lines.get(HEALTH.key)!.map((l) => l.row.title)).toEqual(['出生医学证明']);
  });
});
