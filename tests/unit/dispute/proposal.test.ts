import { describe, expect, it } from 'vitest';
import { UNDECIDED } from '../../../graph/dispute/dossier.js';
import { propose } from '../../../graph/dispute/proposal.js';
import type { RulingRecord } from '../../../graph/rulings/ruling.js';
import { basis, duty, HEALTH, PLANNING, POLICE, row } from './fixtures.js';

const parties = [HEALTH, PLANNING];
const none = new Map();

function ruling(lead: typeof HEALTH, over: Partial<RulingRecord> = {}): RulingRecord {
  return {
    key: 'k1',
    reference: '测编办函〔2026〕1号',
    kind: 'decision',
    jurisdictionKey: '测试县',
    matterKey: '测试县|出生人口性别比治理',
    matterTitle: '出生人口性别比治理',
    lead: { agencyKey: lead.key, name: lead.name, division: '牵头' },
    cooperating: [],
    basis: '编委会议定',
    decidedBy: '测试县编办',
    decidedOn: '2026-01-05',
    recordedAt: '2026-01-06T00:00:00Z',
    recordedBy: 'staff',
    current: true,
    supersedes: null,
    ...over,
  };
}

describe('propose', () => {
  it('lists that each give the lead to a different agency cannot decide', () => {
    const rows = [row(HEALTH, '负责', { role: 'lead', list: '甲' }), row(PLANNING, '负责', { role: 'lead', list: '乙' })];
    const p = propose({ parties, rows, duties: none, rulings: [] });
    expect(p.decided).toBe(false);
    expect(p.text).toBe(UNDECIDED);
    expect(p.level).toBe('division');
    expect(p.conflicting.map((e) => e.agency?.key)).toEqual([HEALTH.key, PLANNING.key]);
    expect(p.conflicting.every((e) => e.source !== null)).toBe(true);
  });

  it('主办 beats 协办 at the division level', () => {
    const rows = [row(HEALTH, '配合', { role: 'cooperate' }), row(PLANNING, '负责', { role: 'lead' })];
    const p = propose({ parties, rows, duties: none, rulings: [] });
    expect(p).toMatchObject({ decided: true, level: 'division', lead: PLANNING, cooperating: [HEALTH] });
    expect(p.text).toBe('建议由测试县人口计生局主办，测试县卫生局协办（依据：职责边界清单的分工）');
  });

  it('a basis naming one agency beats the division texts', () => {
    const law = basis([{ who: HEALTH, phrase: '卫生行政部门' }]);
    const rows = [row(HEALTH, '配合', { role: 'cooperate', bases: [law] }), row(PLANNING, '负责', { role: 'lead' })];
    const p = propose({ parties, rows, duties: none, rulings: [] });
    expect(p).toMatchObject({ decided: true, level: 'basis', lead: HEALTH, cooperating: [PLANNING] });
    expect(p.evidence[0]!.statement).toContain('卫生行政部门');
  });

  it('a basis naming both leaves the decision to the division texts between them', () => {
    const law = basis([
      { who: HEALTH, phrase: '卫生行政部门' },
      { who: PLANNING, phrase: '计划生育行政部门' },
    ]);
    const rows = [row(HEALTH, '负责', { role: 'lead', bases: [law] }), row(PLANNING, '配合', { role: 'cooperate' })];
    const p = propose({ parties, rows, duties: none, rulings: [] });
    expect(p).toMatchObject({ decided: true, level: 'division', lead: HEALTH });
    expect(p.evidence.map((e) => e.level)).toEqual(['division', 'basis', 'basis']);
  });

  it('only the agencies a basis names stay in the running', () => {
    const law = basis([
      { who: HEALTH, phrase: '卫生行政部门' },
      { who: PLANNING, phrase: '计划生育行政部门' },
    ]);
    const rows = [row(POLICE, '负责', { role: 'lead', bases: [law] }), row(HEALTH, '配合', { role: 'cooperate' }), row(PLANNING, '参与')];
    const p = propose({ parties: [HEALTH, PLANNING, POLICE], rows, duties: none, rulings: [] });
    expect(p.lead).toEqual(PLANNING);
  });

  it('falls back to duty lines, and says so when nothing bears on the matter', () => {
    const one = propose({ parties, rows: [], duties: new Map([[PLANNING.key, [duty('负责出生人口性别比治理')]]]), rulings: [] });
    expect(one).toMatchObject({ decided: true, level: 'duty', lead: PLANNING, cooperating: [] });
    const both = propose({
      parties,
      rows: [],
      duties: new Map([
        [HEALTH.key, [duty('监管')]],
        [PLANNING.key, [duty('治理')]],
      ]),
      rulings: [],
    });
    expect(both).toMatchObject({ decided: false, level: 'duty', text: UNDECIDED });
    expect(both.conflicting).toHaveLength(2);
    expect(propose({ parties, rows: [], duties: none, rulings: [] })).toMatchObject({ decided: false, level: null, text: UNDECIDED });
  });

  it('a ruling in force beats everything; a withdrawn or superseded one does not', () => {
    const law = basis([{ who: HEALTH, phrase: '卫生行政部门' }]);
    const rows = [row(HEALTH, '负责', { role: 'lead', bases: [law] })];
    const p = propose({
      parties,
      rows,
      duties: none,
      rulings: [ruling(PLANNING, { cooperating: [{ agencyKey: HEALTH.key, name: HEALTH.name, division: '配合' }] })],
    });
    expect(p).toMatchObject({ decided: true, level: 'ruling', lead: PLANNING, cooperating: [HEALTH] });
    expect(p.evidence[0]!.reference).toBe('测编办函〔2026〕1号');
    const old = propose({ parties, rows, duties: none, rulings: [ruling(PLANNING, { current: false })] });
    expect(old).toMatchObject({ level: 'basis', lead: HEALTH });
    const withdrawn = propose({ parties, rows, duties: none, rulings: [ruling(PLANNING, { kind: 'withdrawal', lead: null })] });
    expect(withdrawn.level).toBe('basis');
  });

  it('two matters ruled to different leads conflict', () => {
    const p = propose({ parties, rows: [], duties: none, rulings: [ruling(PLANNING), ruling(HEALTH, { key: 'k2', matterKey: 'other' })] });
    expect(p).toMatchObject({ decided: false, level: 'ruling' });
    expect(p.conflicting.map((e) => e.reference)).toHaveLength(2);
  });
});
