import { describe, expect, it } from 'vitest';
import { EXPANSION_WEIGHT, expandQuestion, LEXICON } from '../../../graph/search/lexicon.js';
import { rankCandidate, termWeights, type Ranked } from '../../../graph/search/rank.js';
import { questionTerms } from '../../../graph/search/question-terms.js';

describe('expandQuestion', () => {
  it('adds the document words for spoken ones', () => {
    expect([...expandQuestion('有人盖房子', []).keys()]).toEqual(expect.arrayContaining(['违章建筑', '违法建设', '建筑']));
    expect([...expandQuestion('有人砍了山上的树修坟', []).keys()]).toEqual(expect.arrayContaining(['采伐', '造坟', '殡葬']));
    expect(expandQuestion('想开个废品回收站', []).has('再生资源')).toBe(true);
    expect([...expandQuestion('老板拖欠工资三个月', []).keys()]).toEqual(expect.arrayContaining(['劳动报酬', '劳动保障监察']));
    expect([...expandQuestion('楼下饭馆太吵', []).keys()]).toEqual(expect.arrayContaining(['餐饮', '噪声']));
  });

  it('adds nothing to a question in document words already', () => {
    expect(expandQuestion('技术改造项目备案', []).size).toBe(0);
  });

  it('does not repeat a word the user typed, nor one two entries share', () => {
    const own = questionTerms('传销拉人头').terms;
    const added = expandQuestion('传销拉人头', own);
    expect(own).toContain('传销');
    expect(added.has('传销')).toBe(false);
    // 食品安全 comes from two entries (过期, 吃坏…): added once, credited to the first.
    const both = expandQuestion('吃坏了肚子，卖的是过期的', []);
    expect([...both.keys()].filter((t) => t === '食品安全')).toHaveLength(1);
  });

  it('keeps quarrelling apart from noise (吵 alone is ambiguous)', () => {
    expect(expandQuestion('跟邻居吵架了', []).has('调解')).toBe(true);
    expect(expandQuestion('跟邻居吵架了', []).has('噪声')).toBe(false);
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

/** Ranks each division text as one candidate of `question` (expanded like whoHandles does). */
function rankDivisions(question: string, texts: readonly string[]) {
  const q = questionTerms(question);
  const expanded = expandQuestion(question, q.terms);
  const terms = { ...q, terms: [...q.terms, ...expanded.keys()], expanded };
  const weights = termWeights(terms.terms, texts, expanded);
  const fields = { title: '', case: null, role: null, kind: 'responsibility' as const, agencyNames: ['甲局'] };
  return { weights, ranked: texts.map((division) => rankCandidate(terms, weights, { ...fields, division })) };
}

describe('expanded terms in the score', () => {
  it('weigh EXPANSION_WEIGHT of the same word typed by the user', () => {
    const texts = ['再生资源经营者备案', '食品安全'];
    const typed = termWeights(['再生资源'], texts);
    const added = termWeights(['再生资源'], texts, new Set(['再生资源']));
    expect(added.get('再生资源')).toBeCloseTo(typed.get('再生资源')! * EXPANSION_WEIGHT, 10);
  });

  it("let an answer in document words be found, below one that uses the user's own word", () => {
    const { ranked } = rankDivisions('想开个废品站', ['负责再生资源经营者备案', '废品站的管理', '负责道路养护']);
    const [official, own, none] = ranked as [Ranked, Ranked, Ranked];
    expect(official.highlights).toContain('再生资源');
    expect(official.score).toBeGreaterThan(none.score);
    expect(own.score).toBeGreaterThan(official.score);
  });

  it('count one spoken word once, however many document words it brought', () => {
    const texts = ['查处违章建筑', '查处违章建筑和违法建设的建房行为', '负责道路养护'];
    const { weights, ranked } = rankDivisions('有人盖房子', texts);
    const [one, many] = ranked as [Ranked, Ranked];
    expect(many.highlights.length).toBeGreaterThan(one.highlights.length);
    // The best single word (in the division, weight 2) decides; no bigram of 盖房子 is in the texts.
    const best = Math.max(...['违章建筑', '违法建设', '建房', '建筑'].map((t) => (weights.get(t) ?? 0) * 2));
    expect(many.score).toBeCloseTo(best, 2);
  });
});
