import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../../web/src/highlight.js';

const markedText = (text: string, words: string[]) =>
  highlightSegments(text, words)
    .map((s) => (s.marked ? `[${s.text}]` : s.text))
    .join('');

describe('highlightSegments', () => {
  it('marks every occurrence of every word', () => {
    expect(markedText('电力设施保护区内的电力线路', ['电力', '保护区'])).toBe('[电力]设施[保护区]内的[电力]线路');
  });

  it('merges overlapping and adjacent matches into one mark', () => {
    expect(markedText('负责炼油企业节能监察', ['炼油', '油企', '企业'])).toBe('负责[炼油企业]节能监察');
    expect(markedText('节能监察', ['节能', '监察'])).toBe('[节能监察]');
  });

  it('keeps the text whole when nothing matches or no words are given', () => {
    expect(highlightSegments('校车安全', ['电力'])).toEqual([{ text: '校车安全', marked: false }]);
    expect(highlightSegments('校车安全', ['', '  '])).toEqual([{ text: '校车安全', marked: false }]);
    expect(highlightSegments('', ['校车'])).toEqual([]);
  });

  it('reassembles to the original text', () => {
    const text = '超限超载车辆由交通运输局查处，公安交警配合';
    const segments = highlightSegments(text, ['超载', '交警', '查处']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });
});
