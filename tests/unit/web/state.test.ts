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
});
