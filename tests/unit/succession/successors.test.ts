// successorsOf / predecessorsOf over the national pattern and local records: the answer for a
// date, where each step comes from, and local records winning in their own jurisdiction.
import { describe, expect, it } from 'vitest';
import type { SuccessionEvent, SuccessionSource } from '../../../domain/succession/model.js';
import { NATIONAL_PATTERN_2018 } from '../../../domain/succession/national-2018.js';
import { asOfDate, predecessorsOf, successorsOf, successorsOfKind } from '../../../domain/succession/successors.js';

const ZHENGXIANG = '湖南省/衡阳市/蒸湘区';
const HONGJIANG = '湖南省/怀化市/洪江区';

// A local record as an editor would enter it; the document is made up for the test and says so.
const TEST_DOCUMENT: SuccessionSource = {
  title: '《测试用区机构改革方案》',
  issuer: '测试用区委、区人民政府',
  date: '2019-01-15',
  docNumber: null,
  docNumberNote: '测试数据，无文号',
};

const localRecord = (event: Omit<SuccessionEvent, 'scope' | 'sources'>, jurisdictionKey = ZHENGXIANG): SuccessionEvent => ({
  ...event,
  scope: { kind: 'local', jurisdictionKey },
  sources: [TEST_DOCUMENT],
});

const holderNames = (chain: ReturnType<typeof successorsOf>): string[] => chain.holders.map((h) => h.displayName);

describe('successorsOf', () => {
  it('takes 区食品药品监督管理局 in 2020 to 区市场监督管理局, marked as the national pattern, with the plan as its source', () => {
    const chain = successorsOf('区食品药品监督管理局', { asOf: 2020 });
    expect(chain.unchanged).toBe(false);
    expect(chain.holders).toHaveLength(1);
    const [holder] = chain.holders;
    expect(holder!.displayName).toBe('区市场监督管理局');
    expect(holder!.name).toBe('市场监督管理局');
    expect(holder!.duties).toBe('all');
    expect(holder!.origin).toBe('national-pattern');
    expect(holder!.via).toEqual(['n2018-market-regulation']);
    expect(chain.steps).toHaveLength(1);
    const [step] = chain.steps;
    expect(step!.origin).toBe('national-pattern');
    expect(step!.ends).toBe(true);
    expect(step!.event.kind).toBe('merged_into');
    expect(step!.sources.map((s) => s.title)).toContain('《深化党和国家机构改革方案》');
  });

  it('returns the old body unchanged for a date before the county reform', () => {
    for (const asOf of [2018, '2018-12-31', '2019-03-30']) {
      const chain = successorsOf('区食品药品监督管理局', { asOf });
      expect(chain.unchanged, String(asOf)).toBe(true);
      expect(chain.steps).toEqual([]);
      expect(chain.holders.map((h) => [h.name, h.duties, h.origin])).toEqual([['区食品药品监督管理局', 'all', null]]);
    }
  });

  it('reads the forms lists use: 区食药监局, 工商蒸湘分局 (in 蒸湘区), 区政府法制办, 区农办, 县国土局', () => {
    expect(holderNames(successorsOf('区食药监局', { asOf: 2020 }))).toEqual(['区市场监督管理局']);
    expect(successorsOf('工商蒸湘分局', { asOf: 2020, jurisdiction: ZHENGXIANG }).holders.map((h) => h.name)).toEqual(['市场监督管理局']);
    expect(holderNames(successorsOf('区政府法制办', { asOf: 2020 }))).toEqual(['区司法局']);
    expect(holderNames(successorsOf('区农办', { asOf: 2020 }))).toEqual(['区农业农村局']);
    const land = successorsOf('县国土局', { asOf: 2020 });
    expect(land.holders.find((h) => h.duties === 'all')?.displayName).toBe('县自然资源局');
  });

  it('splits a body that handed named duties on before it ceased: 国土资源局 → 自然资源局, with 地质灾害防治 at 应急管理局', () => {
    const chain = successorsOf('国土资源局', { asOf: '2019-06-01' });
    const byName = new Map(chain.holders.map((h) => [h.name, h.duties]));
    expect(byName.get('自然资源局')).toBe('all');
    expect(byName.get('应急管理局')).toEqual(['地质灾害防治相关职责']);
    expect(byName.get('生态环境局')).toEqual(['监督防止地下水污染']);
    expect(byName.has('国土资源局')).toBe(false);
  });

  it('keeps a body that only handed duties on, beside the bodies that received them: 民政局', () => {
    const chain = successorsOf('民政局', { asOf: 2020 });
    expect(chain.holders[0]).toMatchObject({ name: '民政局', duties: 'all', origin: null });
    const received = new Map(chain.holders.slice(1).map((h) => [h.name, h.duties]));
    expect(received.get('退役军人事务局')).toEqual(['退役军人优抚安置']);
    expect(received.get('应急管理局')).toEqual(['救灾']);
    expect(received.get('医疗保障局')).toEqual(['医疗救助']);
    expect(chain.steps.every((s) => !s.ends)).toBe(true);
  });

  it('follows a duty through two reforms: 商务局 生猪屠宰 → 农业局 (2013) → 农业农村局 (2019)', () => {
    expect(successorsOf('商务局', { asOf: 2016 }).holders.map((h) => [h.name, h.duties])).toEqual([
      ['商务局', 'all'],
      ['农业局', ['生猪屠宰监督管理']],
    ]);
    const chain = successorsOf('商务局', { asOf: 2020 });
    expect(chain.holders.map((h) => [h.name, h.duties])).toEqual([
      ['商务局', 'all'],
      ['农业农村局', ['生猪屠宰监督管理']],
    ]);
    expect(chain.holders[1]!.via).toEqual(['n2013-pig-slaughter', 'n2018-agriculture-rural']);
    expect(chain.steps.map((s) => s.depth)).toEqual([1, 2]);
  });

  it('hands 新型农村合作医疗 to 医疗保障局 from a 卫生局 that was never merged with 人口计生', () => {
    const chain = successorsOf('区卫生局', { asOf: 2020 });
    expect(chain.holders.map((h) => [h.displayName, h.duties])).toEqual([
      ['区医疗保障局', ['新型农村合作医疗']],
      ['区卫生健康局', 'all'],
    ]);
  });

  it('does not pass a receiving body’s own hand-overs to the body it absorbed: 物价局', () => {
    const chain = successorsOf('物价局', { asOf: 2020 });
    expect(chain.holders.map((h) => [h.name, h.duties])).toEqual([
      ['发展和改革局', 'all'],
      ['市场监督管理局', ['价格监督检查']],
    ]);
  });

  it('lets a local record win in its jurisdiction, and only there', () => {
    const local = [
      localRecord({
        id: 'zx-2019-food-drug',
        kind: 'merged_into',
        from: [{ name: '衡阳市蒸湘区食品药品监督管理局', profile: 'food-drug' }],
        to: [{ to: { name: '衡阳市蒸湘区市场和质量监督管理局', profile: 'market-regulation' }, duties: 'all' }],
        effective: '2015-06-01',
      }),
    ];
    const here = successorsOf('区食药监局', { asOf: 2020, jurisdiction: ZHENGXIANG, local });
    expect(here.holders.map((h) => [h.displayName, h.origin])).toEqual([['衡阳市蒸湘区市场和质量监督管理局', 'local']]);
    expect(here.steps.map((s) => [s.event.id, s.origin])).toEqual([['zx-2019-food-drug', 'local']]);
    // The local date holds: the body was gone in 2016, years before the national pattern's date.
    expect(successorsOf('区食药监局', { asOf: 2016, jurisdiction: ZHENGXIANG, local }).unchanged).toBe(false);
    // Elsewhere the national pattern still answers.
    const there = successorsOf('区食药监局', { asOf: 2020, jurisdiction: HONGJIANG, local });
    expect(there.holders.map((h) => [h.displayName, h.origin])).toEqual([['区市场监督管理局', 'national-pattern']]);
  });

  it('replaces a national merger for one body only, unless the local record overrides it by id', () => {
    const renamedOnly = localRecord({
      id: 'zx-agriculture',
      kind: 'renamed',
      from: [{ name: '农业局', profile: 'agriculture' }],
      to: [{ to: { name: '衡阳市蒸湘区农业农村局', profile: 'agriculture' }, duties: 'all' }],
      effective: '2019-02-20',
    });
    // 农办 still follows the pattern: the local record says nothing about it.
    const officeByPattern = successorsOf('区农办', { asOf: 2020, jurisdiction: ZHENGXIANG, local: [renamedOnly] });
    expect(officeByPattern.holders.map((h) => [h.name, h.origin])).toEqual([['农业农村局', 'national-pattern']]);
    // Overriding the merger by id keeps 农办 as it was (a county that kept it apart).
    const kept = { ...renamedOnly, overrides: ['n2018-agriculture-rural'] };
    const officeKept = successorsOf('区农办', { asOf: 2020, jurisdiction: ZHENGXIANG, local: [kept] });
    expect(officeKept.unchanged).toBe(true);
    const agriculture = successorsOf('区农业局', { asOf: 2020, jurisdiction: ZHENGXIANG, local: [kept] });
    expect(agriculture.holders.map((h) => [h.name, h.duties, h.origin])).toEqual([
      ['生态环境局', ['监督指导农业面源污染治理'], 'national-pattern'],
      ['衡阳市蒸湘区农业农村局', 'all', 'local'],
    ]);
    // The pattern's hand-over was part of the same reorganisation: it holds from the local day.
    const handOver = agriculture.steps.find((s) => s.event.id === 'n2018-agricultural-pollution');
    expect(handOver?.effective).toBe('2019-02-20');
    expect(successorsOf('区农业局', { asOf: '2019-02-20', jurisdiction: ZHENGXIANG, local: [kept] }).steps).toContainEqual(handOver);
  });

  it('mixes local and national steps in one chain, marks the holder local, and does not hand on the absorbing body’s own duties', () => {
    const local = [
      localRecord({
        id: 'zx-2016-family-planning',
        kind: 'merged_into',
        from: [{ name: '衡阳市蒸湘区人口和计划生育局', profile: 'family-planning' }],
        to: [{ to: { name: '卫生和计划生育局', profile: 'health' }, duties: 'all' }],
        effective: '2016-03-01',
      }),
    ];
    const chain = successorsOf('区人口计生局', { asOf: 2020, jurisdiction: ZHENGXIANG, local });
    expect(chain.steps.map((s) => [s.event.id, s.origin])).toEqual([
      ['zx-2016-family-planning', 'local'],
      ['n2018-health', 'national-pattern'],
    ]);
    // 卫生和计划生育局 handed 新型农村合作医疗 to 医疗保障局, but that was never 人口计生's duty.
    expect(chain.holders.map((h) => [h.name, h.origin])).toEqual([['卫生健康局', 'local']]);
    // The last step is the pattern's, which names a kind: it takes the asked name's prefix.
    expect(chain.holders[0]!.displayName).toBe('区卫生健康局');
  });

  it('stops on a cycle in bad data instead of looping', () => {
    const loop: SuccessionEvent[] = [
      localRecord({
        id: 'a',
        kind: 'renamed',
        from: [{ name: '甲局', profile: null }],
        to: [{ to: { name: '乙局', profile: null }, duties: 'all' }],
        effective: '2019-01-01',
      }),
      localRecord({
        id: 'b',
        kind: 'renamed',
        from: [{ name: '乙局', profile: null }],
        to: [{ to: { name: '甲局', profile: null }, duties: 'all' }],
        effective: '2019-01-01',
      }),
    ];
    const chain = successorsOf('甲局', { asOf: 2020, jurisdiction: ZHENGXIANG, local: loop, national: [] });
    expect(chain.steps.map((s) => s.event.id)).toEqual(['a', 'b']);
  });

  it('answers for a kind: every body of that kind the pattern ends', () => {
    const chains = successorsOfKind('health', { asOf: 2020 });
    expect(chains.map((c) => c.asked).sort()).toEqual(['卫生和计划生育局', '卫生局'].sort());
    for (const chain of chains) expect(chain.holders.find((h) => h.duties === 'all')?.name).toBe('卫生健康局');
    expect(successorsOfKind('audit', { asOf: 2020 })).toEqual([]);
  });

  it('refuses a date it cannot read', () => {
    expect(() => successorsOf('区卫生局', { asOf: '去年' })).toThrow(RangeError);
    expect(asOfDate(2019)).toBe('2019-12-31');
    expect(asOfDate('2019-03')).toBe('2019-03-31');
  });
});

describe('predecessorsOf', () => {
  it('takes 市场监管局 typed today back to 工商, 质监 and 食药监 (all duties) and 物价局 (价格监督检查)', () => {
    const trail = predecessorsOf('市场监管局');
    const all = trail.steps.filter((s) => s.duties === 'all').map((s) => s.from.name);
    expect(all).toEqual(expect.arrayContaining(['工商行政管理局', '质量技术监督局', '食品药品监督管理局']));
    expect(trail.steps.find((s) => s.from.name === '物价局')?.duties).toEqual(['价格监督检查']);
    expect(trail.steps.every((s) => s.origin === 'national-pattern' && s.sources.length > 0)).toBe(true);
    // 发展和改革局 handed a duty on and continues: its own predecessors are not 市场监管局's.
    expect(trail.steps.filter((s) => s.depth > 1)).toEqual([]);
  });

  it('reaches the 2013 bodies behind 卫生健康局 and the duty 商务局 handed to 农业局 behind 农业农村局', () => {
    const health = predecessorsOf('区卫健局').steps.map((s) => s.from.name);
    expect(health).toEqual(expect.arrayContaining(['卫生和计划生育局', '卫生局', '人口和计划生育局', '安全生产监督管理局']));
    const agriculture = predecessorsOf('农业农村局').steps;
    expect(agriculture.find((s) => s.from.name === '商务局')).toMatchObject({ depth: 2, duties: ['生猪屠宰监督管理'] });
  });

  it('names the establishing event of a new body', () => {
    const trail = predecessorsOf('医保局');
    expect(trail.established.map((a) => a.event.id)).toEqual(['n2018-medical-security']);
    expect(trail.steps.map((s) => s.from.name)).toEqual(expect.arrayContaining(['人力资源和社会保障局', '卫生和计划生育局', '民政局']));
  });

  it('knows nothing of the new bodies before the reform', () => {
    expect(predecessorsOf('市场监督管理局', { asOf: 2018 }).steps).toEqual([]);
  });

  it('answers with a local record in its jurisdiction', () => {
    const local = [
      localRecord({
        id: 'zx-market',
        kind: 'merged_into',
        from: [
          { name: '衡阳市蒸湘区工商行政管理局', profile: 'market-regulation' },
          { name: '衡阳市蒸湘区食品药品监督管理局', profile: 'food-drug' },
        ],
        to: [{ to: { name: '衡阳市蒸湘区市场监督管理局', profile: 'market-regulation' }, duties: 'all' }],
        effective: '2019-02-28',
      }),
    ];
    const trail = predecessorsOf('区市场监督管理局', { jurisdiction: ZHENGXIANG, local, national: NATIONAL_PATTERN_2018 });
    const origins = new Map(trail.steps.map((s) => [s.from.name, s.origin]));
    expect(origins.get('衡阳市蒸湘区工商行政管理局')).toBe('local');
    // 质监 is not in the local record: the pattern still says where it went.
    expect(origins.get('质量技术监督局')).toBe('national-pattern');
    expect(origins.has('工商行政管理局')).toBe(false);
  });
});
