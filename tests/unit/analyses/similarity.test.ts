import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../graph/analyses/similarity/clauses.js';
import { differentObjects, longestSharedRun } from '../../../graph/analyses/similarity/phrases.js';
import { capacities, sameCapacity } from '../../../graph/analyses/similarity/roles.js';
import { isInternalScope } from '../../../graph/analyses/similarity/scope.js';
import { buildIdf, cosine, sharedTerms, vectorize } from '../../../graph/analyses/similarity/tfidf.js';
import { titleSimilarity } from '../../../graph/analyses/similarity/titles.js';
import { normaliseTitle } from '../../../domain/matter-title.js';
import { distinctConcepts, subjectTerms } from '../../../graph/analyses/similarity/subject-terms.js';

describe('subjectTerms', () => {
  it('keeps nothing of a sentence made only of administrative boilerplate', () => {
    expect([...subjectTerms('负责组织实施全区相关工作，加强指导和管理').keys()]).toEqual([]);
  });

  it('keeps a four-character compound whole and its halves at half weight', () => {
    const terms = subjectTerms('负责节能降耗工作');
    expect(terms.get('节能降耗')).toBe(1);
    expect(terms.get('节能')).toBe(0.5);
    expect(terms.get('降耗')).toBe(0.5);
  });

  it('drops numbering and punctuation', () => {
    expect([...subjectTerms('1、（2）校车安全。').keys()]).toContain('校车');
    expect([...subjectTerms('1、（2）校车安全。').keys()].some((t) => /\d|、|（/.test(t))).toBe(false);
  });
});

describe('TF-IDF cosine', () => {
  const corpus = [
    { group: 'A', text: '负责全区节能监察工作' },
    { group: 'B', text: '组织实施节能监察，开展节能执法' },
    { group: 'C', text: '负责全区档案管理工作' },
    { group: 'D', text: '负责殡葬管理工作' },
  ];
  const idf = buildIdf(corpus.map((d) => ({ group: d.group, terms: subjectTerms(d.text).keys() })));
  const v = (text: string) => vectorize(subjectTerms(text), idf);

  it('matches texts on their subject, not their boilerplate', () => {
    expect(cosine(v(corpus[0]!.text), v(corpus[1]!.text))).toBeGreaterThan(0.5);
    expect(cosine(v(corpus[2]!.text), v(corpus[3]!.text))).toBe(0);
    expect(sharedTerms(v(corpus[0]!.text), v(corpus[1]!.text))[0]).toMatch(/节能|监察/);
  });

  it('is 1 for identical subject text and symmetric', () => {
    expect(cosine(v('节能监察'), v('节能监察'))).toBeCloseTo(1, 6);
    expect(cosine(v(corpus[0]!.text), v(corpus[1]!.text))).toBeCloseTo(cosine(v(corpus[1]!.text), v(corpus[0]!.text)), 12);
  });

  it('drops terms that too many agencies use', () => {
    const groups = 'ABCDEFGH'.split('');
    const common = buildIdf(groups.map((g, i) => ({ group: g, terms: ['党风廉政', i < 2 ? '彩票' : `x${i}`] })));
    expect(common.isCommon('党风廉政')).toBe(true);
    expect(common.isCommon('彩票')).toBe(false);
  });
});

describe('distinctConcepts', () => {
  it('counts a compound and its half once', () => {
    expect(distinctConcepts(['审计工作', '审计', '整改'])).toEqual(['审计工作', '整改']);
  });
});

describe('splitClauses', () => {
  it('splits on semicolons and numbering, cuts phrases that only take part, drops catch-alls', () => {
    const clauses = splitClauses('1、负责节能监察；2、参与能源规划，组织节能宣传。承办区政府交办的其他事项');
    expect(clauses).toEqual(['负责节能监察', '组织节能宣传']);
  });
});

describe('capacities and scope', () => {
  it('reads the capacity in which a clause handles its subject', () => {
    expect([...capacities('审计财政收支')]).toContain('audit');
    expect(sameCapacity(capacities('下达预算内资金'), capacities('拨付专项资金'))).toBe(true);
    expect(sameCapacity(capacities('审计财政收支'), capacities('管理财政收支'))).toBe(false);
  });

  it('recognises work an agency does inside itself', () => {
    expect(isInternalScope('负责教育系统内部审计工作')).toBe(true);
    expect(isInternalScope('做好民政系统人口和计划生育综合治理工作')).toBe(true);
    expect(isInternalScope('建设全区卫生信息系统')).toBe(false);
  });
});

describe('titleSimilarity', () => {
  it('takes a title contained in another for the same matter', () => {
    expect(titleSimilarity('超限超载', '超限超载治理')).toBeGreaterThanOrEqual(0.85);
    expect(titleSimilarity('节能管理', '节 能 管 理。')).toBe(1);
    expect(titleSimilarity('节能管理', '殡葬管理')).toBeLessThan(0.5);
  });

  it('normalises like Matter.key does', () => {
    expect(normaliseTitle(' 校车安全（管理）')).toBe('校车安全管理');
  });
});

describe('shared phrases and objects', () => {
  it('finds the longest run both clauses write, never across punctuation', () => {
    expect(longestSharedRun('管理本级福利彩票公益金', '贯彻执行有关彩票公益金管理法律')).toBe('彩票公益金');
    expect(longestSharedRun('节能，监察', '节能监察')).toBe('节能');
  });

  it('tells different people groups and differently qualified objects apart', () => {
    expect(differentObjects('拟订和落实全区军队转业干部安置政策', '负责军队离退休干部的接收安置', '军队')).toBe(true);
    expect(differentObjects('负责实施本区劳务派遣行政许可工作', '做好文化市场行政许可审批工作', '行政许可')).toBe(true);
    expect(differentObjects('对计划生育技术、出生缺陷预防进行指导', '指导全区妇幼卫生、出生缺陷防治技术服务工作', '出生缺陷')).toBe(false);
  });
});

describe('titleSimilarity: a title core written inside another title', () => {
  it('pairs 专项资金分配 with 所有财政安排的专项资金, not two titles that share only 工程建设', () => {
    expect(titleSimilarity('专项资金分配', '所有财政安排的专项资金')).toBeGreaterThanOrEqual(0.75);
    expect(titleSimilarity('指导农村供水工程建设和管理工作', '全区保障性安居工程建设管理')).toBeLessThan(0.75);
  });
});
