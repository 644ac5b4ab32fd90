// The pieces of the routing (graph/search/route.ts) that decide what a person is told.
import { describe, expect, it } from 'vitest';
import { emergencyIn } from '../../../domain/emergency.js';
import { type ConfidenceFeatures, confidenceFeatures, confidenceOf } from '../../../graph/search/confidence.js';
import { domainAgreement, domainPosterior } from '../../../graph/search/domain-prior.js';
import { messageSubject, subjectWeight } from '../../../graph/search/subject.js';

const features = (over: Partial<ConfidenceFeatures>): ConfidenceFeatures => ({
  score: Math.log1p(20),
  margin: 0.5,
  matched: 0.3,
  long: 0,
  agree: 0,
  kind: 0,
  ...over,
});

describe('subject of a long message', () => {
  const message = '尊敬的领导您好！我叫张三，2019年5月3日在K8县某装修公司上班，老板一直拖欠工资，至今已经三个月了，希望领导尽快处理。';

  it('drops names, places, dates and numbers, and keeps what the message is about', () => {
    const { terms } = messageSubject(message);
    expect(terms).toContain('工资');
    expect(terms).toContain('拖欠');
    for (const gone of ['张三', 'K8', '2019', '三个月']) expect(terms.join(' ')).not.toContain(gone);
  });

  it('weighs words citizens write about every subject alike (领导, 希望) near zero', () => {
    expect(subjectWeight('领导')).toBeLessThan(0.1);
    expect(subjectWeight('希望')).toBeLessThan(0.1);
    expect(subjectWeight('传销')).toBeGreaterThan(0.9);
    expect(subjectWeight('从未见过的词')).toBe(1);
  });
});

describe('domain prior', () => {
  it('reads a message’s domain and agrees with an agency whose lists speak of it', () => {
    const wages = domainPosterior('老板拖欠工资不发，也不签劳动合同，不交社保');
    const school = domainPosterior('学校周末组织学生补课，还收补课费');
    const labour = domainPosterior('劳动保障监察，查处用人单位拖欠劳动报酬、未依法缴纳社会保险费');
    expect(wages.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(domainAgreement(wages, labour)).toBeGreaterThan(domainAgreement(school, labour));
  });
});

describe('confidence', () => {
  it('rises with a clearer lead, a row that speaks to more of the question, and an agreeing kind', () => {
    const base = confidenceOf(features({}));
    expect(confidenceOf(features({ margin: 0.9 }))).toBeGreaterThan(base);
    expect(confidenceOf(features({ matched: 0.8 }))).toBeGreaterThan(base);
    expect(confidenceOf(features({ agree: 1, kind: 1 }))).toBeGreaterThan(confidenceOf(features({ agree: 0, kind: 1 })));
    expect(confidenceOf(null)).toBe(0);
  });

  it('does not count agencies sharing the top agency’s matter as rivals', () => {
    const f = confidenceFeatures(
      [
        { score: 20, matched: 0.3, agree: 0, topic: 'm1' },
        { score: 19, matched: 0.3, agree: 0, topic: 'm1' },
        { score: 5, matched: 0.1, agree: 0, topic: 'm2' },
      ],
      false,
      0,
    )!;
    expect(f.margin).toBeCloseTo(0.75, 6);
  });
});

describe('emergencies', () => {
  it('gives the number before any department', () => {
    expect(emergencyIn('家里闻到很浓的煤气味怎么办？')?.number).toBe('119');
    expect(emergencyIn('楼下着火了！')?.number).toBe('119');
    expect(emergencyIn('工地有人触电了')?.number).toBe('120');
    expect(emergencyIn('有人拿着刀在小区门口')?.number).toBe('110');
  });

  it('leaves ordinary matters alone', () => {
    expect(emergencyIn('小区消防通道被占用，谁来管？')).toBeNull();
    expect(emergencyIn('燃气费收费太高，找谁反映？')).toBeNull();
  });
});
