import { describe, expect, it } from 'vitest';
import {
  agencyGroupKey,
  expandAbbreviations,
  type NamedAgency,
  questionMentionForms,
  resolveAgencyNames,
  shortAgencyName,
  stemVariants,
} from '../../../domain/agency-names.js';

const J = '湖南省/衡阳市/蒸湘区';
const agencies: NamedAgency[] = [
  { key: `${J}|衡阳市蒸湘区安全生产监督管理局`, name: '衡阳市蒸湘区安全生产监督管理局', aliases: ['区安监局', '区安全监管局'] },
  { key: `${J}|公安局蒸湘分局`, name: '公安局蒸湘分局', aliases: ['区公安分局', '区公安局'] },
  { key: `${J}|衡阳市蒸湘区卫生局`, name: '衡阳市蒸湘区卫生局', aliases: ['区卫生局'] },
  { key: `${J}|衡阳市蒸湘区人口和计划生育局`, name: '衡阳市蒸湘区人口和计划生育局', aliases: ['区计生局'] },
];

describe('resolveAgencyNames', () => {
  it('takes keys, names and aliases as they are', () => {
    const r = resolveAgencyNames(['区卫生局', '公安局蒸湘分局', `${J}|衡阳市蒸湘区人口和计划生育局`], agencies);
    expect(r).toEqual({ keys: [agencies[2]!.key, agencies[1]!.key, agencies[3]!.key], unknown: [], ambiguous: [] });
  });

  it('resolves short forms no document wrote exactly, by the loader grouping key', () => {
    const r = resolveAgencyNames(['安监局', '公安分局', '蒸湘区人口计生局'], agencies);
    expect(r.keys).toEqual([agencies[0]!.key, agencies[1]!.key, agencies[3]!.key]);
    expect(r.unknown).toEqual([]);
  });

  it('reports names that fit nothing, and names that fit several agencies', () => {
    const twins: NamedAgency[] = [
      { key: `${J}|甲`, name: '衡阳市蒸湘区农村工作办公室（水利农机局）', aliases: ['区农办'] },
      { key: `${J}|乙`, name: '衡阳市蒸湘区农村工作办公室（农业局）', aliases: ['区农办'] },
    ];
    const r = resolveAgencyNames(['区农办', '不存在局'], twins);
    expect(r.unknown).toEqual(['不存在局']);
    expect(r.ambiguous).toEqual([{ name: '区农办', candidates: [twins[0]!.name, twins[1]!.name] }]);
    expect(r.keys).toEqual([]);
  });

  it('resolves each name within its agency’s own jurisdiction when several are listed', () => {
    const K = '湖南省/益阳市/安化县';
    const both: NamedAgency[] = [...agencies, { key: `${K}|安化县安全生产监督管理局`, name: '安化县安全生产监督管理局', aliases: [] }];
    const r = resolveAgencyNames(['安监局'], both);
    expect(r.ambiguous).toEqual([{ name: '安监局', candidates: [agencies[0]!.name, '安化县安全生产监督管理局'] }]);
  });
});

// One table serves the loader's grouping, search's mention forms and what planners type:
// these are the disagreements the two old tables had (卫计 only in one, 海渔 only in the other).
describe('one abbreviation table', () => {
  const zx = { province: '湖南省', city: '衡阳市', county: '蒸湘区' };

  it('groups short, full and alternate spellings under one key', () => {
    expect(agencyGroupKey('区安监局', zx)).toBe(agencyGroupKey('衡阳市蒸湘区安全生产监督管理局', zx));
    expect(agencyGroupKey('区安全监管局', zx)).toBe(agencyGroupKey('区安监局', zx));
    expect(agencyGroupKey('县海渔局', zx)).toBe(agencyGroupKey('县海洋与渔业局', zx));
    expect(agencyGroupKey('区卫计局', zx)).toBe(agencyGroupKey('区卫生和计划生育局', zx));
    expect(agencyGroupKey('区发改委', zx)).toBe(agencyGroupKey('蒸湘区发展改革局', zx));
  });

  it('never expands a full form again, and keeps 经信 apart from 工信', () => {
    expect(expandAbbreviations('城乡规划局')).toBe('城乡规划局');
    expect(expandAbbreviations('规划分局')).toBe('城乡规划分局');
    expect(agencyGroupKey('区经信局', zx)).not.toBe(agencyGroupKey('区工信局', zx));
  });

  it('writes a stem every way the lists abbreviate it', () => {
    expect(stemVariants('海渔')).toEqual(['海渔', '海洋与渔业', '海洋和渔业']);
    expect(stemVariants('卫生和计划生育')).toContain('卫计');
  });

  it('finds the forms a question names an agency by, for the same table', () => {
    expect(questionMentionForms(['临高县海洋与渔业局'])).toContain('海渔局');
    expect(questionMentionForms(['衡阳市蒸湘区安全生产监督管理局'], zx)).toEqual(
      expect.arrayContaining(['安监局', '安全监管局', '安全生产监督管理局']),
    );
  });

  it('shortens a label by the place its jurisdiction implies', () => {
    expect(shortAgencyName('衡阳市蒸湘区教育局', '蒸湘区')).toBe('区教育局');
    expect(shortAgencyName('公安局蒸湘分局', '蒸湘区')).toBe('公安局蒸湘分局');
  });
});
