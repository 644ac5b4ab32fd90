import { describe, expect, it } from 'vitest';
import { chineseDate, describeEvent, reformNotesOfProfile } from '../../../domain/succession/describe.js';
import { NATIONAL_PATTERN_2018 } from '../../../domain/succession/national-2018.js';

const event = (id: string) => NATIONAL_PATTERN_2018.find((e) => e.id === id)!;

describe('describeEvent', () => {
  it('says what happened, from when, that it is the national pattern, and on which document', () => {
    expect(describeEvent(event('n2018-market-regulation'))).toBe(
      '2019年3月31日起，工商行政管理局、质量技术监督局、食品药品监督管理局并入市场监督管理局（全国通行模式，各地以本地记录为准）；' +
        '依据《深化党和国家机构改革方案》（中共中央，2018年3月21日）',
    );
    expect(describeEvent(event('n2018-veterans-care'))).toContain('民政局的退役军人优抚安置划入退役军人事务局');
    expect(describeEvent(event('n2018-price-bureau'))).toContain('物价局的职责分别划入发展和改革局、市场监督管理局（价格监督检查）');
  });

  it('writes partial dates as far as they go', () => {
    expect(chineseDate('2018-10')).toBe('2018年10月');
    expect(chineseDate('2013-03-14')).toBe('2013年3月14日');
  });
});

describe('reformNotesOfProfile', () => {
  it('derives a kind’s reform notes from the events, oldest first: 商务 handed 生猪屠宰 on in 2013, not 2018', () => {
    const notes = reformNotesOfProfile('commerce');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^2013年12月24日起，商务局的生猪屠宰监督管理划入农业局/);
    expect(notes[0]).toContain('《国务院机构改革和职能转变方案》');
  });

  it('has notes for the kinds that ceased and none for a kind the reform left alone', () => {
    expect(reformNotesOfProfile('food-drug').length).toBeGreaterThan(0);
    expect(reformNotesOfProfile('audit')).toEqual([]);
  });
});
