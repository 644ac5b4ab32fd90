import { describe, expect, it } from 'vitest';
import { suggestAgencies } from '../../../web/src/agencySuggestions.js';

// Names and aliases as the 蒸湘区 seed lists write them (agencies(jurisdiction: "蒸湘区")).
const j = '湖南省/衡阳市/蒸湘区';
const agency = (name: string, aliases: string[] = []) => ({ key: `${j}|${name}`, name, aliases });
const agencies = [
  agency('公安局蒸湘分局', ['公安蒸湘分局', '区公安分局', '区公安局', '蒸湘公安分局']),
  agency('公安交警部门'),
  agency('衡阳市蒸湘区卫生局', ['区卫生局', '卫生局']),
  agency('衡阳市蒸湘区人口和计划生育局', ['区人口计生局', '区计生局']),
  agency('衡阳市蒸湘区安全生产监督管理局', ['区安全监管局', '区安监局']),
  agency('区食品药品监督管理局', ['区药监局', '区食品药品监管局', '区食药监局']),
  agency('衡阳市蒸湘区财政局', ['区财政局', '财政局']),
];
const names = (typed: string) => suggestAgencies(typed, agencies).map((s) => s.agency.name);

describe('agency suggestions (争议协调 agency box)', () => {
  it('a short form finds the agency the list names otherwise: 公安分局 → 公安局蒸湘分局, first', () => {
    expect(names('公安分局')[0]).toBe('公安局蒸湘分局');
  });

  it('an alias finds its agency and says which alias matched', () => {
    expect(names('计生局')).toEqual(['衡阳市蒸湘区人口和计划生育局']);
    const [药监] = suggestAgencies('药监', agencies);
    expect(药监?.agency.name).toBe('区食品药品监督管理局');
    expect(药监?.via).toBe('区药监局');
  });

  it('a merged department (卫计局) suggests both agencies it was merged from', () => {
    expect(names('卫计局').sort()).toEqual(['衡阳市蒸湘区人口和计划生育局', '衡阳市蒸湘区卫生局'].sort());
  });

  it('an exact match does not bring look-alikes along (安监局 is not every 监督管理局)', () => {
    expect(names('安监局')).toEqual(['衡阳市蒸湘区安全生产监督管理局']);
  });

  it('nothing typed lists every agency by name; nonsense finds none', () => {
    expect(names('')).toHaveLength(agencies.length);
    expect(names('气象台')).toEqual([]);
  });
});
