import { describe, expect, it } from 'vitest';
import { assess, coverageLabel, strengthOf, telHref, withoutAdvice } from '../../../web/src/assessment.js';
import { strings } from '../../../web/src/strings.js';

describe('confidence in words', () => {
  it('reads the calibrated probability in three bands, never as a number', () => {
    expect(strengthOf(0.93)).toBe('likely');
    expect(strengthOf(0.8)).toBe('likely');
    expect(strengthOf(0.79)).toBe('probable');
    expect(strengthOf(0.5)).toBe('probable');
    expect(strengthOf(0.499)).toBe('possible');
    expect(strengthOf(0)).toBe('possible');
    expect(assess({ confidence: 0.925, coverage: 'LIST' }, 'LIST')).toEqual({
      strength: 'likely',
      weak: false,
      strengthLabel: '很可能',
      coverageLabel: '清单载明',
    });
    expect(assess({ confidence: 0.6, coverage: 'LIST' }, 'LIST').strengthLabel).toBe('较可能');
  });

  it('a weak answer is only possibly related, and its list row does not claim to state the matter', () => {
    const weak = assess({ confidence: 0.297, coverage: 'LIST' }, 'LIST');
    expect(weak).toMatchObject({ strength: 'possible', weak: true, strengthLabel: '可能相关' });
    expect(weak.coverageLabel).toBe(strings.coverage.listUnclear);
  });

  it('when the reply says the lists are silent, even a high list row is only possibly related', () => {
    // 邻居家的狗半夜一直叫 (蒸湘区): NOT_COVERED, yet its first list row scored 0.609.
    const top = assess({ confidence: 0.609, coverage: 'LIST' }, 'NOT_COVERED');
    expect(top).toMatchObject({ strength: 'possible', weak: true, strengthLabel: '可能相关', coverageLabel: strings.coverage.listUnclear });
    // 晚上工地施工太吵了 (洪江区): GENERAL_FUNCTION, and 经信局 at 0.618 with phones.
    expect(assess({ confidence: 0.618, coverage: 'LIST' }, 'GENERAL_FUNCTION').weak).toBe(true);
    expect(assess({ confidence: 0.618, coverage: 'LIST' }, 'LIST').weak).toBe(false);
  });

  it('a general-function answer says the local lists are silent', () => {
    expect(assess({ confidence: 0.466, coverage: 'GENERAL_FUNCTION' }, 'GENERAL_FUNCTION')).toMatchObject({
      weak: true,
      coverageLabel: '通常职能（本地清单未载明）',
    });
    expect(assess({ confidence: 0.5, coverage: 'GENERAL_FUNCTION' }, 'GENERAL_FUNCTION')).toMatchObject({
      weak: false,
      strengthLabel: '较可能',
    });
    expect(coverageLabel('NOT_COVERED')).toBe('不在已加载清单内');
  });
});

describe('emergency advice shown once', () => {
  const emergency = {
    number: '119',
    what: '燃气泄漏',
    advice: '燃气泄漏：立即关闭阀门、开窗通风，不要开关电器或使用明火，撤到室外后拨打 119。',
  };

  it('takes the advice off the front of the sentence it was prefixed to', () => {
    expect(withoutAdvice(`${emergency.advice}本地清单未载明；……`, emergency)).toBe('本地清单未载明；……');
    expect(withoutAdvice(`${emergency.advice}可能相关：管理事项「非煤矿山安全监督管理」……`, emergency)).toBe(
      '可能相关：管理事项「非煤矿山安全监督管理」……',
    );
  });

  it('leaves other text alone', () => {
    expect(withoutAdvice('依据已加载的清单，此事由洪江区经信局负责。', emergency)).toBe('依据已加载的清单，此事由洪江区经信局负责。');
    expect(withoutAdvice(emergency.advice, null)).toBe(emergency.advice);
  });
});

describe('telHref', () => {
  it('keeps what a phone dials', () => {
    expect(telHref('0745-7622012')).toBe('tel:0745-7622012');
    expect(telHref('0745 762 2012（办公室）')).toBe('tel:07457622012');
    expect(telHref('119')).toBe('tel:119');
  });
});
