import { describe, expect, it } from 'vitest';
import { agencyStem, findAgencyMentions, sentenceMentionForms, withMentionForms } from '../../../domain/agency-names.js';
import { rankCandidate, termWeights } from '../../../graph/search/rank.js';
import { escapeLucene, luceneQuery, questionTerms } from '../../../graph/search/question-terms.js';
import { rankAnswers } from '../../../graph/search/whoHandles.js';
import type { FactCandidate } from '../../../graph/repositories/answer.repository.js';

describe('questionTerms', () => {
  it('drops question words so they cannot drive the ranking', () => {
    const { terms } = questionTerms('电力线路保护区里有人盖房子，该找哪个部门？');
    expect(terms).toContain('电力');
    expect(terms).toContain('保护区');
    for (const w of ['该', '找', '哪个', '部门', '哪个部门']) expect(terms).not.toContain(w);
  });

  it('leaves nothing for a question made only of question words', () => {
    expect(questionTerms('请问这个该找谁？怎么办？').terms).toEqual([]);
  });
});

describe('luceneQuery', () => {
  it('escapes Lucene syntax in user text', () => {
    expect(escapeLucene('a+b (c) "d" e:f\\')).toBe('a\\+b \\(c\\) \\"d\\" e\\:f\\\\');
    expect(luceneQuery(['炼油', 'OR', '"x'])).toBe('"炼油" OR "OR" OR "\\"x"');
  });

  it('has nothing to search for single characters only', () => {
    expect(luceneQuery(['树'])).toBeNull();
  });
});

describe('rankCandidate', () => {
  const q = questionTerms('有企业想建炼油厂，归哪个部门管？');
  const texts = ['石油化工和煤化工行业管理其他石油化工', '石油化工和煤化工行业管理炼油、燃料乙醇和煤制燃料的行业管理'];
  const weights = termWeights(q.terms, texts);
  const base = { title: '石油化工和煤化工行业管理', case: '除炼油的石油化工由区经济和信息化局管理；炼油由区发展和改革局管理', role: null, kind: 'responsibility' as const };

  it('ranks the agency whose division names the thing above the one whose case only mentions it', () => {
    const fagai = rankCandidate(q, weights, { ...base, division: '炼油、燃料乙醇和煤制燃料的行业管理', agencyNames: ['洪江区发改局'] });
    const jingxin = rankCandidate(q, weights, { ...base, division: '其他石油化工和煤化工的行业管理', agencyNames: ['洪江区经信局'] });
    expect(fagai.score).toBeGreaterThan(jingxin.score);
    expect(fagai.highlights).toContain('炼油');
  });

  it('credits a case clause to the agency it names, through abbreviations', () => {
    const own = rankCandidate(q, weights, { ...base, title: 'x', division: 'y', agencyNames: ['洪江区发改局'] });
    const other = rankCandidate(q, weights, { ...base, title: 'x', division: 'y', agencyNames: ['洪江区交通局'] });
    expect(own.score).toBeGreaterThan(other.score);
  });
});

describe('agency names', () => {
  it('stems names and expands abbreviations', () => {
    expect(agencyStem('洪江区发改局')).toBe('发改');
    expect(sentenceMentionForms(['洪江区发改局'])).toEqual(['发改', '发展和改革', '发展改革']);
  });

  it('finds an agency the question names by its short form', () => {
    const found = findAgencyMentions('发展和改革局管不管炼油？', withMentionForms([{ key: 'k', names: ['洪江区发改局'] }]));
    expect([...found.agencyKeys]).toEqual(['k']);
    expect(found.words).toEqual(['发展和改革局']);
  });
});

describe('rankAnswers', () => {
  const candidate = (agency: string, ord: number, division: string, title = '募捐管理'): FactCandidate => ({
    kind: 'responsibility', key: `r-${division}`, lucene: 1, ord,
    agency: { key: agency, name: agency, aliases: [], jurisdiction: '蒸湘区' },
    matter: { key: 'm', title }, division, case: null, role: null, bases: [],
    source: { file: 'f.txt', line: 1, endLine: 1 },
  });
  const prepared = { terms: questionTerms('有人借募捐骗钱，谁来打击？'), lucene: '"募捐"', mentioned: new Set<string>() };

  it('keeps one answer per agency and, on equal scores, the order the cell names them', () => {
    const shared = '负责打击借募捐名义从事诈骗活动';
    const answers = rankAnswers(prepared, [
      candidate('乙司法局', 1, shared), candidate('甲公安局', 0, shared), candidate('甲公安局', 0, '配合'),
    ]);
    expect(answers.map((a) => a.agency.key)).toEqual(['甲公安局', '乙司法局']);
    expect(answers[0]!.score).toBe(answers[1]!.score);
  });

  it('drops candidates that share no word with the question', () => {
    expect(rankAnswers(prepared, [candidate('丙局', 0, '负责档案管理', '档案管理')])).toEqual([]);
  });
});
