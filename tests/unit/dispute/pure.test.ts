import { describe, expect, it } from 'vitest';
import { alignRows } from '../../../graph/dispute/alignment.js';
import { agenciesNamedIn, departmentMentions } from '../../../graph/dispute/basis-names.js';
import { compareStatements } from '../../../graph/dispute/contradiction.js';
import { diffText, differs } from '../../../graph/dispute/diff.js';
import { coveredShare } from '../../../graph/dispute/matters.js';
import { HEALTH, PLANNING, POLICE, row } from './fixtures.js';

describe('diffText', () => {
  const rebuild = (segments: ReturnType<typeof diffText>, keep: 'removed' | 'added') =>
    segments
      .filter((s) => s.kind === 'same' || s.kind === keep)
      .map((s) => s.text)
      .join('');

  it('marks what only the first and only the second text has, and rebuilds both', () => {
    const a = '会同卫生等部门制定B超管理制度';
    const b = '会同计生部门制定B超管理、终止妊娠药物管理制度';
    const d = diffText(a, b);
    expect(rebuild(d, 'removed')).toBe(a);
    expect(rebuild(d, 'added')).toBe(b);
    // A longest common subsequence: 生 of 卫生 and 计生 is kept, so 卫 and 等 go and 计 comes.
    const only = (kind: string) => d.filter((s) => s.kind === kind).map((s) => s.text);
    expect(only('removed')).toEqual(['卫', '等']);
    expect(only('added')).toEqual(['计', '管理、终止妊娠药物']);
    expect(differs(d)).toBe(true);
  });

  it('is one same run for equal texts, and handles empty ones', () => {
    expect(diffText('负责监管', '负责监管')).toEqual([{ kind: 'same', text: '负责监管' }]);
    expect(differs(diffText('负责监管', '负责监管'))).toBe(false);
    expect(diffText('', '新增')).toEqual([{ kind: 'added', text: '新增' }]);
    expect(diffText('删去', '')).toEqual([{ kind: 'removed', text: '删去' }]);
  });
});

describe('departmentMentions / agenciesNamedIn', () => {
  it('reads the departments an article names, the enumeration suffix shared, "等部门" naming nobody', () => {
    const raw =
      '《危险化学品安全管理条例》第六条：卫生主管部门负责危险化学品毒性鉴定的管理。第六十八条：应当定期向工业和信息化、公安、卫生等部门提供。第七十一条：并向当地安全生产监督管理部门和环境保护、公安、卫生主管部门报告';
    const m = departmentMentions(raw);
    expect(m.map((x) => `${x.article}:${x.phrase}`)).toEqual([
      '第六条:卫生主管部门',
      '第七十一条:安全生产监督管理部门',
      '第七十一条:环境保护主管部门',
      '第七十一条:公安主管部门',
      '第七十一条:卫生主管部门',
    ]);
  });

  it('does not read the law’s own title as naming a department', () => {
    expect(departmentMentions('《湖南省安全生产监督管理职责规定》（湘政办发〔2013〕4号）')).toEqual([]);
  });

  it('matches a named kind to the agencies of that kind', () => {
    const raw = '第三条 未经卫生行政部门或计划生育行政部门批准，任何机构不得……';
    const named = agenciesNamedIn(raw, [
      { key: 'h', kinds: new Set(['health']) },
      { key: 'p', kinds: new Set(['family-planning']) },
      { key: 'f', kinds: new Set(['finance']) },
    ]);
    expect(named).toEqual([
      { agencyKey: 'h', phrase: '卫生行政部门', article: '第三条' },
      { agencyKey: 'p', phrase: '计划生育行政部门', article: '第三条' },
    ]);
  });
});

describe('coveredShare', () => {
  it('is the share of the question’s letters inside the shared words', () => {
    expect(coveredShare('出生人口性别比治理', ['出生人口', '性别比', '治理'])).toBe(1);
    expect(coveredShare('月球背面的采矿许可', ['许可'])).toBeCloseTo(2 / 9);
    expect(coveredShare('？', ['？'])).toBe(0);
  });
});

describe('alignRows', () => {
  it('puts each agency’s rows in its own column in matter, list and line order, others apart', () => {
    const rows = [
      row(HEALTH, '乙表写法', { list: '乙', line: 520 }),
      row(POLICE, '打击', { list: '甲', line: 15 }),
      row(HEALTH, '甲表写法', { list: '甲', line: 12 }),
      row(PLANNING, '主办', { list: '乙', line: 510 }),
      row(null, '其他', { list: '甲', line: 16 }),
    ];
    const { byAgency, others } = alignRows(rows, [HEALTH.key, PLANNING.key], ['测试县|出生人口性别比治理']);
    expect(byAgency.get(HEALTH.key)!.map((r) => r.division)).toEqual(['甲表写法', '乙表写法']);
    expect(byAgency.get(PLANNING.key)!.map((r) => r.division)).toEqual(['主办']);
    expect(others.map((r) => r.division)).toEqual(['打击', '其他']);
  });
});

describe('compareStatements', () => {
  it('marks agencies only one list names, divergent divisions with a diff, and a division given to another agency', () => {
    const text = '负责建立完善孕产期全程服务管理、B超管理、凭证引产管理制度';
    const first = [row(HEALTH, text, { list: '甲', line: 11 }), row(POLICE, '依法打击两非', { list: '甲', line: 12 })];
    const second = [
      row(PLANNING, text, { list: '乙', line: 501 }),
      row(POLICE, '依法打击两非', { list: '乙', line: 502 }),
      row(HEALTH, '会同计生部门制定B超管理制度', { list: '乙', line: 503 }),
    ];
    const statement = (rows: typeof first) => ({ matter: rows[0]!.matter, list: rows[0]!.list, rows });
    const c = compareStatements(statement(first), statement(second));
    expect(c.onlyFirst).toEqual([]);
    expect(c.onlySecond).toEqual([PLANNING.name]);
    expect(c.divergent.map((d) => d.agency?.name)).toEqual([HEALTH.name]);
    expect(c.divergent[0]!.diff.some((s) => s.kind === 'removed')).toBe(true);
    expect(c.moved).toEqual([{ division: text, first: HEALTH.name, second: PLANNING.name }]);
    expect(c.explanation).toContain('同一分工在前者给测试县卫生局，在后者给测试县人口计生局');
  });
});
