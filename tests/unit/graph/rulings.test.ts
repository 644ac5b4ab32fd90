// The pure rules of rulings (graph/rulings/ruling.ts): which ruling is in force, what a
// decision date may be, how an answer resting on a ruling words its division.
import { describe, expect, it } from 'vitest';
import { GraphError } from '../../../graph/errors.js';
import {
  checkDecidedOn,
  checkDistinctAgencies,
  currentOf,
  historyOf,
  normaliseReference,
  rulingDivision,
  todayInChina,
} from '../../../graph/rulings/ruling.js';

const r = (key: string, decidedOn: string, recordedAt: string) => ({ key, decidedOn, recordedAt });

describe('the ruling in force', () => {
  it('is the latest decision date, whatever order the rulings were recorded in', () => {
    const late = r('b', '2026-11-20', '2026-11-21T01:00:00.000Z');
    const backdated = r('a', '2026-10-01', '2026-11-22T01:00:00.000Z');
    expect(currentOf([late, backdated])).toBe(late);
    expect(currentOf([backdated, late])).toBe(late);
  });

  it('on the same decision date, is the one recorded later', () => {
    const first = r('x', '2026-11-20', '2026-11-21T01:00:00.000Z');
    const second = r('y', '2026-11-20', '2026-11-21T02:00:00.000Z');
    expect(currentOf([second, first])).toBe(second);
    expect(historyOf([first, second]).map((h) => [h.key, h.current])).toEqual([
      ['y', true],
      ['x', false],
    ]);
  });

  it('does not exist without rulings', () => {
    expect(currentOf([])).toBeNull();
  });
});

describe('decision dates', () => {
  const today = '2026-12-01';
  it('accept a real date up to today', () => {
    expect(checkDecidedOn('2026-12-01', today)).toBe('2026-12-01');
    expect(checkDecidedOn(' 2024-02-29 ', today)).toBe('2024-02-29');
  });
  it('refuse a date in the future, a date that does not exist and another format', () => {
    for (const bad of ['2026-12-02', '2026-02-30', '2026/11/01', '20261101', '']) {
      const error = (() => {
        try {
          checkDecidedOn(bad, today);
        } catch (e) {
          return e;
        }
        return null;
      })();
      expect(error, bad).toBeInstanceOf(GraphError);
      expect((error as GraphError).code).toBe('INVALID_RULING');
    }
  });
  it('count today in China (UTC+8): 20:00 UTC is already the next day there', () => {
    expect(todayInChina(new Date('2026-11-30T20:00:00Z'))).toBe('2026-12-01');
  });
});

describe('wording and references', () => {
  it('says the answer rests on a ruling, whose and which', () => {
    expect(rulingDivision({ decidedBy: '蒸湘区机构编制委员会办公室', reference: '蒸编办函〔2026〕12号' }, '区卫生局牵头')).toBe(
      '依据 蒸湘区机构编制委员会办公室 蒸编办函〔2026〕12号 协调意见：区卫生局牵头',
    );
  });
  it('drops whitespace in references as typed', () => {
    expect(normaliseReference(' 蒸编办函 〔2026〕 12号 ')).toBe('蒸编办函〔2026〕12号');
  });
  it('refuses one agency named twice', () => {
    expect(() => checkDistinctAgencies(['j|a', 'j|b', 'j|a'])).toThrow(GraphError);
    expect(() => checkDistinctAgencies(['j|a', 'j|b'])).not.toThrow();
  });
});
