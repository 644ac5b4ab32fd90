// Which questions a ruling decides (graph/search/route.ts ruledMatter) and how the answers
// then read (whoHandles answersOf), on a hand-made index: no database.
import { describe, expect, it } from 'vitest';
import type { AgencyEvidence, EvidenceRow } from '../../../graph/repositories/evidence.repository.js';
import type { RulingRecord } from '../../../graph/rulings/ruling.js';
import { RULING_CONFIDENCE } from '../../../graph/search/confidence.js';
import { buildEvidenceIndex, prepareTerms, questionWeights, rankAgencies, ruledMatter, type Routing } from '../../../graph/search/route.js';
import { answersOf } from '../../../graph/search/whoHandles.js';

const J = '测试省/测试市/测试区';
const row = (key: string, title: string, division: string, role: 'lead' | 'cooperate' | null = 'lead'): EvidenceRow => ({
  kind: 'responsibility',
  key,
  title,
  division,
  case: null,
  role,
  matterKey: `${J}|${title}`,
  ord: 0,
  bases: [],
  units: [],
  phones: [],
  source: { file: 'list.txt', line: 1, endLine: 1 },
});
const agency = (name: string, rows: EvidenceRow[]): AgencyEvidence => ({
  agency: { key: `${J}|${name}`, name, aliases: [], jurisdiction: '测试区' },
  rows,
});

const agencies = [
  agency('区卫生局', [
    row('w1', '出生人口性别比治理', '负责B超管理和凭证引产管理'),
    row('w2', '医疗机构执业监管', '负责医疗机构执业许可和监督'),
  ]),
  agency('区人口计生局', [row('p1', '出生人口性别比治理', '负责出生人口性别比综合治理的组织协调')]),
  agency('区民政局', [row('m1', '殡葬管理', '负责殡葬服务和殡葬设施管理')]),
  agency('区公安分局', [row('g1', '出生人口性别比治理', '依法打击非法鉴定胎儿性别', null)]),
];

const ruling: RulingRecord = {
  key: `${J}|ruling|测编办函〔2026〕1号`,
  reference: '测编办函〔2026〕1号',
  kind: 'decision',
  jurisdictionKey: J,
  matterKey: `${J}|出生人口性别比治理`,
  matterTitle: '出生人口性别比治理',
  lead: { agencyKey: `${J}|区人口计生局`, name: '区人口计生局', division: '牵头负责出生人口性别比综合治理' },
  cooperating: [{ agencyKey: `${J}|区卫生局`, name: '区卫生局', division: '配合做好B超管理' }],
  basis: '区编委会议纪要',
  decidedBy: '测试区机构编制委员会办公室',
  decidedOn: '2026-11-20',
  recordedAt: '2026-11-21T00:00:00.000Z',
  recordedBy: 'test',
  current: true,
  supersedes: null,
};

function routed(question: string, rulings: RulingRecord[]) {
  const index = buildEvidenceIndex(agencies, rulings);
  const p = prepareTerms(question, index.mentionable)!;
  const weights = questionWeights(p, index);
  const ranked = rankAgencies(p, index, weights);
  const ruled = ruledMatter(p, index, weights, ranked);
  const r: Routing = {
    ranked,
    confidence: 0.7,
    features: null,
    coverage: ruled ? 'RULING' : 'LIST',
    ruled,
    general: null,
    emergency: null,
    contactsOf: () => ({ units: [], phones: [] }),
    successionOf: () => null,
  };
  return { ruled, answers: answersOf(r, 10) };
}

describe('a ruling in the ranking', () => {
  it('decides a question about its matter: lead first, then the cooperating agency, then the lists', () => {
    const { ruled, answers } = routed('出生人口性别比治理谁负责？', [ruling]);
    expect(ruled?.ruling.key).toBe(ruling.key);
    expect(answers.map((a) => [a.agency.name, a.kind, a.coverage])).toEqual([
      ['区人口计生局', 'ruling', 'RULING'],
      ['区卫生局', 'ruling', 'RULING'],
      ['区公安分局', 'responsibility', 'LIST'],
    ]);
    // A list answer beside the ruling is only possibly related: the matter is decided.
    expect(answers[2]!.confidence).toBeLessThan(0.5);
    expect(answers[0]!.division).toBe('依据 测试区机构编制委员会办公室 测编办函〔2026〕1号 协调意见：牵头负责出生人口性别比综合治理');
    expect(answers.slice(0, 2).map((a) => a.confidence)).toEqual([RULING_CONFIDENCE.lead, RULING_CONFIDENCE.cooperating]);
    expect(answers[0]!.ruling).toBe(ruling);
  });

  it('leaves a question about another matter exactly as without it', () => {
    for (const q of ['殡葬管理归谁管？', '医疗机构执业许可找哪个部门？']) {
      const withRuling = routed(q, [ruling]);
      expect(withRuling.ruled).toBeNull();
      expect(withRuling.answers).toEqual(routed(q, []).answers);
    }
  });

  it('decides a question about a matter only the ruling names', () => {
    const created = { ...ruling, matterKey: `${J}|共享单车乱停放治理`, matterTitle: '共享单车乱停放治理' };
    const { ruled, answers } = routed('共享单车乱停放由谁管？', [created]);
    expect(ruled?.ruling.matterTitle).toBe('共享单车乱停放治理');
    expect(answers[0]).toMatchObject({ kind: 'ruling', agency: { name: '区人口计生局' } });
  });
});
