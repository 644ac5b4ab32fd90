// validateSuccession finds what would make an answer wrong: unsourced or malformed events,
// names that do not read as the kind they claim, cycles and contradictions — including those
// that only appear once a jurisdiction's records are put over the national pattern.
import { describe, expect, it } from 'vitest';
import type { SuccessionEvent, SuccessionSource } from '../../../domain/succession/model.js';
import { NATIONAL_PATTERN_2018 } from '../../../domain/succession/national-2018.js';
import { type SuccessionProblemCode, validateSuccession } from '../../../domain/succession/validate.js';

const ZHENGXIANG = '湖南省/衡阳市/蒸湘区';
const SOURCE: SuccessionSource = { title: '《测试用方案》', issuer: '测试用区委', date: '2019-01', docNumber: '测试〔2019〕1号' };

const local = (event: Partial<SuccessionEvent> & Pick<SuccessionEvent, 'id'>): SuccessionEvent => ({
  kind: 'renamed',
  from: [{ name: '甲局', profile: null }],
  to: [{ to: { name: '乙局', profile: null }, duties: 'all' }],
  effective: '2019-02-01',
  scope: { kind: 'local', jurisdictionKey: ZHENGXIANG },
  sources: [SOURCE],
  ...event,
});

const codes = (events: SuccessionEvent[], national: readonly SuccessionEvent[] = []): SuccessionProblemCode[] =>
  validateSuccession(events, { national }).map((p) => p.code);

describe('validateSuccession', () => {
  it('accepts a well-formed local record', () => {
    expect(validateSuccession([local({ id: 'ok' })], { national: NATIONAL_PATTERN_2018 })).toEqual([]);
  });

  it('requires a source with title, issuer, date and a document number or the reason there is none', () => {
    expect(codes([local({ id: 'x', sources: [] })])).toEqual(['missing-source']);
    expect(codes([local({ id: 'x', sources: [{ ...SOURCE, issuer: ' ' }] })])).toEqual(['incomplete-source']);
    expect(codes([local({ id: 'x', sources: [{ ...SOURCE, date: '2019年' }] })])).toEqual(['incomplete-source']);
    expect(codes([local({ id: 'x', sources: [{ ...SOURCE, docNumber: null }] })])).toEqual(['incomplete-source']);
    expect(codes([local({ id: 'x', sources: [{ ...SOURCE, docNumber: null, docNumberNote: '未公开文号' }] })])).toEqual([]);
    const withoutNumber = { title: SOURCE.title, issuer: SOURCE.issuer, date: SOURCE.date } as SuccessionSource;
    expect(codes([local({ id: 'x', sources: [withoutNumber] })])).toEqual(['incomplete-source']);
  });

  it('checks dates and each kind’s shape', () => {
    expect(codes([local({ id: 'x', effective: '2019-02-30' })])).toEqual(['bad-date']);
    expect(codes([local({ id: 'x', kind: 'merged_into', to: [] })])).toEqual(['bad-shape']);
    expect(codes([local({ id: 'x', kind: 'duties_transferred' })])).toEqual(['bad-shape']);
    expect(codes([local({ id: 'x', kind: 'duties_transferred', to: [{ to: { name: '乙局', profile: null }, duties: [] }] })])).toEqual([
      'bad-shape',
    ]);
    expect(codes([local({ id: 'x', kind: 'abolished', to: [] })])).toEqual([]);
    expect(codes([local({ id: 'x', kind: 'established' })])).toEqual(['bad-shape']);
    expect(codes([local({ id: 'x', kind: 'established', from: [] })])).toEqual([]);
  });

  it('reports a duplicate id within one jurisdiction', () => {
    expect(codes([local({ id: 'x' }), local({ id: 'x', from: [{ name: '丙局', profile: null }] })])).toContain('duplicate-id');
  });

  it('reports a name that does not read as the kind it claims', () => {
    const wrong = local({ id: 'x', from: [{ name: '区卫生局', profile: 'food-drug' }] });
    expect(codes([wrong])).toEqual(['unresolved-name']);
    const aliasWrong = local({ id: 'x', from: [{ name: '区卫生局', profile: 'health', aliases: ['区编办'] }] });
    expect(codes([aliasWrong])).toEqual(['unresolved-name']);
  });

  it('requires the national pattern to give every name a kind', () => {
    const national: SuccessionEvent = { ...local({ id: 'n' }), scope: { kind: 'national-pattern' }, basis: 'stated' };
    expect(codes([national])).toEqual(['unresolved-name', 'unresolved-name']);
  });

  it('keeps overrides to local records and basis to the national pattern, and overrides to ids that exist', () => {
    expect(codes([local({ id: 'x', overrides: ['n2018-no-such-event'] })], NATIONAL_PATTERN_2018)).toEqual(['unknown-override']);
    expect(codes([local({ id: 'x', basis: 'usual' })])).toEqual(['misplaced-field']);
  });

  it('reports a body succeeding itself', () => {
    expect(codes([local({ id: 'x', to: [{ to: { name: '区甲局', profile: null }, duties: 'all' }] })])).toEqual(['self-succession']);
  });

  it('reports a cycle across events', () => {
    const back = local({ id: 'y', from: [{ name: '乙局', profile: null }], to: [{ to: { name: '甲局', profile: null }, duties: 'all' }] });
    const problems = validateSuccession([local({ id: 'x' }), back]);
    expect(problems.map((p) => p.code)).toContain('cycle');
    expect(problems.find((p) => p.code === 'cycle')?.jurisdiction).toBe(ZHENGXIANG);
  });

  it('reports a body that ends twice, or hands on a duty after it ceased, or gives one duty to two bodies', () => {
    const twice = local({ id: 'y', to: [{ to: { name: '丙局', profile: null }, duties: 'all' }], effective: '2019-05-01' });
    expect(codes([local({ id: 'x' }), twice])).toContain('contradiction');
    const late = local({
      id: 'y',
      kind: 'duties_transferred',
      to: [{ to: { name: '丙局', profile: null }, duties: ['某项职责'] }],
      effective: '2019-05-01',
    });
    expect(codes([local({ id: 'x' }), late])).toEqual(['contradiction']);
    const handOver = (id: string, to: string): SuccessionEvent =>
      local({ id, kind: 'duties_transferred', to: [{ to: { name: to, profile: null }, duties: ['某项职责'] }] });
    expect(codes([handOver('a', '乙局'), handOver('b', '丙局')])).toEqual(['contradiction']);
  });

  it('finds a contradiction that only appears over the national pattern', () => {
    // The local record hands 救灾 from 民政局 to another body the same day the pattern gives it to 应急管理局:
    // it replaces that hand-over only when it names the same receiver, so here both hold.
    const relief = local({
      id: 'zx-relief',
      kind: 'duties_transferred',
      from: [{ name: '民政局', profile: 'civil-affairs' }],
      to: [{ to: { name: '衡阳市蒸湘区减灾委员会办公室', profile: null }, duties: ['救灾'] }],
      effective: '2019-03-31',
    });
    const problems = validateSuccession([relief], { national: NATIONAL_PATTERN_2018 });
    expect(problems.map((p) => [p.code, p.jurisdiction])).toEqual([['contradiction', ZHENGXIANG]]);
  });
});
