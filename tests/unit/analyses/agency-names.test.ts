import { describe, expect, it } from 'vitest';
import { jurisdictionOfKey, resolveAgencyNames, type NamedAgency } from '../../../graph/analyses/agency-names.js';

const J = '湖南省/衡阳市/蒸湘区';
const agencies: NamedAgency[] = [
  { key: `${J}|衡阳市蒸湘区安全生产监督管理局`, name: '衡阳市蒸湘区安全生产监督管理局', aliases: ['区安监局', '区安全监管局'] },
  { key: `${J}|公安局蒸湘分局`, name: '公安局蒸湘分局', aliases: ['区公安分局', '区公安局'] },
  { key: `${J}|衡阳市蒸湘区卫生局`, name: '衡阳市蒸湘区卫生局', aliases: ['区卫生局'] },
  { key: `${J}|衡阳市蒸湘区人口和计划生育局`, name: '衡阳市蒸湘区人口和计划生育局', aliases: ['区计生局'] },
];

describe('resolveAgencyNames', () => {
  it('takes keys, names and aliases as they are', () => {
    const r = resolveAgencyNames(['区卫生局', '公安局蒸湘分局', `${J}|衡阳市蒸湘区人口和计划生育局`], agencies, J);
    expect(r).toEqual({ keys: [agencies[2]!.key, agencies[1]!.key, agencies[3]!.key], unknown: [], ambiguous: [] });
  });

  it('resolves short forms no document wrote exactly, by the loader grouping key', () => {
    const r = resolveAgencyNames(['安监局', '公安分局', '蒸湘区人口计生局'], agencies, J);
    expect(r.keys).toEqual([agencies[0]!.key, agencies[1]!.key, agencies[3]!.key]);
    expect(r.unknown).toEqual([]);
  });

  it('reports names that fit nothing, and names that fit several agencies', () => {
    const twins: NamedAgency[] = [
      { key: `${J}|甲`, name: '衡阳市蒸湘区农村工作办公室（水利农机局）', aliases: ['区农办'] },
      { key: `${J}|乙`, name: '衡阳市蒸湘区农村工作办公室（农业局）', aliases: ['区农办'] },
    ];
    const r = resolveAgencyNames(['区农办', '不存在局'], twins, J);
    expect(r.unknown).toEqual(['不存在局']);
    expect(r.ambiguous).toEqual([{ name: '区农办', candidates: [twins[0]!.name, twins[1]!.name] }]);
    expect(r.keys).toEqual([]);
  });

  it('reads the levels of a jurisdiction key', () => {
    expect(jurisdictionOfKey('海南省//临高县')).toEqual({ province: '海南省', city: null, county: '临高县' });
  });
});
