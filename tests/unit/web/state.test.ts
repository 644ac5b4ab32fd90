import { describe, expect, it } from 'vitest';
import { defaultState, formatState, parseState, type ViewState } from '../../../web/src/state.js';

describe('URL state', () => {
  it('round-trips every field through the hash', () => {
    const state: ViewState = {
      view: 'overlaps',
      jurisdiction: '蒸湘区',
      question: '节能 & 校车？',
      kinds: ['UNDECLARED', 'CONTRADICTION'],
      minStrength: 3,
      agency: '区发展和改革局',
      selected: 'e:declared:区教育局|区交通运输局',
      parties: ['衡阳市蒸湘区卫生局', '衡阳市蒸湘区人口和计划生育局（区计生局）'],
      asOf: '2017-06',
    };
    expect(parseState(formatState(state))).toEqual(state);
  });

  it('falls back to defaults for a bare or malformed hash', () => {
    expect(parseState('')).toEqual(defaultState);
    expect(parseState('#view=nope&min=-4&kind=FOO')).toEqual(defaultState);
  });

  it('leaves defaults out of the link so shared links stay short', () => {
    expect(formatState({ ...defaultState, view: 'public', question: '噪音' })).toBe(`#view=public&q=${encodeURIComponent('噪音')}`);
  });

  it('keeps a well-formed 截至日期 and drops a malformed one from a pasted link', () => {
    for (const asOf of ['2017', '2017-06', '2017-06-30']) expect(parseState(`#view=ask&asof=${asOf}`).asOf).toBe(asOf);
    for (const asOf of ['17', '2017-13', '2017-06-32', '2017/06/30', '2017-6'])
      expect(parseState(`#view=ask&asof=${asOf}`).asOf).toBeNull();
    expect(formatState({ ...defaultState, asOf: '2017' })).toBe('#view=ask&asof=2017');
  });
});
