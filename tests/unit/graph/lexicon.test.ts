import { describe, expect, it } from 'vitest';
import { EXPANSION_WEIGHT, expandQuestion, LEXICON } from '../../../graph/search/lexicon.js';
import { rankCandidate, termWeights } from '../../../graph/search/rank.js';
import { questionTerms } from '../../../graph/search/tokenize.js';

describe('expandQuestion', () => {
  it('adds the document words for spoken ones', () => {
    expect(expandQuestion('有人盖房子', [])).toEqual(expect.arrayContaining(['违章建筑', '违法建设', '建筑']));
    expect(expandQuestion('有人砍了山上的树修坟', [])).toEqual(expect.arrayContaining(['采伐', '造坟', '殡葬']));
    expect(expandQuestion('想开个废品回收站', [])).toContain('再生资源');
    expect(expandQuestion('老板拖欠工资三个月', [])).toEqual(expect.arrayContaining(['劳动报酬', '劳动保障监察']));
    expect(expandQuestion('楼下饭馆太吵', [])).toEqual(expect.arrayContaining(['餐饮', '噪声']));
  });

  it('adds nothing to a question in document words already', () => {
    expect(expandQuestion('技术改造项目备案', [])).toEqual([]);
  });

  it('does not repeat a word the user typed, nor one two entries share', () => {
    const own = questionTerms('传销拉人头').terms;
    const added = expandQuestion('传销拉人头', own);
    expect(own).toContain('传销');
    expect(added).not.toContain('传销');
    const both = expandQuestion('开饭店卖过期食物', []);
    expect(both.filter((t) => t === '食品安全')).toHaveLength(1);
  });

  it('keeps quarrelling apart from noise (吵 alone is ambiguous)', () => {
    expect(expandQuestion('跟邻居吵架了', [])).toContain('调解');
    expect(expandQuestion('跟邻居吵架了', [])).not.toContain('噪声');
  });

  it('is a general vocabulary: every entry maps spoken forms to document words', () => {
    expect(LEXICON.length).toBeGreaterThanOrEqual(80);
    for (const [spoken, official] of LEXICON) {
      expect(spoken.length).toBeGreaterThan(0);
      expect(official.length).toBeGreaterThan(0);
      for (const w of official) expect([...w].length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('expanded terms in the score', () => {
  it('weigh EXPANSION_WEIGHT of the same word typed by the user', () => {
    const texts = ['再生资源经营者备案', '食品安全'];
    const typed = termWeights(['再生资源'], texts);
    const added = termWeights(['再生资源'], texts, new Set(['再生资源']));
    expect(added.get('再生资源')).toBeCloseTo(typed.get('再生资源')! * EXPANSION_WEIGHT, 10);
  });

  it('let an answer in document words be found, below one that uses the user\'s own word', () => {
    const q = questionTerms('想开个废品站');
    const expanded = expandQuestion('想开个废品站', q.terms);
    const terms = { ...q, terms: [...q.terms, ...expanded], expanded: new Set(expanded) };
    const fields = { title: '', case: null, role: null, kind: 'responsibility' as const, agencyNames: ['甲局'] };
    const texts = ['负责再生资源经营者备案', '废品站的管理', '负责道路养护'];
    const weights = termWeights(terms.terms, texts, terms.expanded);
    const official = rankCandidate(terms, weights, { ...fields, division: texts[0]! });
    const own = rankCandidate(terms, weights, { ...fields, division: texts[1]! });
    const none = rankCandidate(terms, weights, { ...fields, division: texts[2]! });
    expect(official.highlights).toContain('再生资源');
    expect(official.score).toBeGreaterThan(none.score);
    expect(own.score).toBeGreaterThan(official.score);
  });
});
