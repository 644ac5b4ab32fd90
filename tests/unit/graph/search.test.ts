import { describe, expect, it } from 'vitest';
import { agencyStem, findAgencyMentions, sentenceMentionForms, withMentionForms } from '../../../domain/agency-names.js';
import { rankCandidate, termWeights } from '../../../graph/search/rank.js';
import { escapeLucene, luceneQuery, questionTerms } from '../../../graph/search/question-terms.js';
import type { AgencyEvidence, EvidenceRow } from '../../../graph/repositories/evidence.repository.js';
import { buildEvidenceIndex, type EvidenceIndex, prepareTerms, rankAgencies } from '../../../graph/search/route.js';

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
  const base = {
    title: '石油化工和煤化工行业管理',
    case: '除炼油的石油化工由区经济和信息化局管理；炼油由区发展和改革局管理',
    role: null,
    kind: 'responsibility' as const,
  };

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

describe('rankAgencies', () => {
  const J = '湖南省/衡阳市/蒸湘区';
  const row = (key: string, title: string, division: string, ord = 0): EvidenceRow => ({
    kind: 'responsibility',
    key,
    title,
    division,
    case: null,
    role: null,
    matterKey: `${J}|${title}`,
    ord,
    bases: [],
    units: [],
    phones: [],
    source: { file: 'f.txt', line: 1, endLine: 1 },
  });
  const agency = (name: string, rows: EvidenceRow[], aliases: string[] = []): AgencyEvidence => ({
    agency: { key: `${J}|${name}`, name, aliases, jurisdiction: '蒸湘区' },
    rows,
  });
  const prepare = (q: string, index: EvidenceIndex) => prepareTerms(q, index.mentionable)!;

  it('keeps one answer per agency and, on equal scores, the order the cell names them', () => {
    const shared = '负责打击借募捐名义从事诈骗活动';
    const index = buildEvidenceIndex([
      agency('乙司法局', [row('r1', '募捐管理', shared, 1)]),
      agency('甲公安局', [row('r2', '募捐管理', shared, 0), row('r3', '募捐管理', '配合', 0)]),
    ]);
    const ranked = rankAgencies(prepare('有人借募捐骗钱，谁来打击？', index), index);
    expect(ranked.map((a) => a.agency.name)).toEqual(['甲公安局', '乙司法局']);
    expect(ranked[0]!.score).toBe(ranked[1]!.score);
  });

  it('drops agencies none of whose rows share a word with the question', () => {
    const index = buildEvidenceIndex([agency('丙局', [row('r1', '档案管理', '负责档案管理')])]);
    expect(rankAgencies(prepare('有人借募捐骗钱，谁来打击？', index), index)).toEqual([]);
  });

  it('reads a long message for its subject and prefers the agency of the kind its words point at', () => {
    const message =
      '尊敬的领导：您好！我们是某小区的居民，小区旁边的工厂每天晚上排放废气，噪声也很大，' +
      '严重影响了周边居民的休息和健康，多次向有关部门反映都没有结果，希望领导重视，尽快处理。';
    const index = buildEvidenceIndex([
      agency('环保蒸湘分局', [row('r1', '工业企业监管', '对工业企业排放情况的监督检查')]),
      agency('区卫生局', [row('r2', '健康教育', '负责居民健康教育')]),
    ]);
    const p = prepare(message, index);
    expect(p.long).toBe(true);
    // Politeness stays a term, but weighs next to nothing (a word of every domain alike).
    expect(p.termWeight.get('尊敬')).toBeLessThan(0.1);
    expect(p.termWeight.get('废气')).toBeGreaterThan(0.5);
    expect(rankAgencies(p, index).map((a) => a.agency.name)).toEqual(['环保蒸湘分局', '区卫生局']);
  });
});
