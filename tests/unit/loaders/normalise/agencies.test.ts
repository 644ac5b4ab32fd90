import { describe, expect, it } from 'vitest';
import { resolveAgencies } from '../../../../loaders/normalise/agencies';
import type { Assignment, Department } from '../../../../domain/records';
import type { Jurisdiction } from '../../../../domain/jurisdiction';

const HONGJIANG: Jurisdiction = { province: '湖南省', city: '怀化市', county: '洪江区' };
const ZHENGXIANG: Jurisdiction = { province: '湖南省', city: '衡阳市', county: '蒸湘区' };

function assignment(agencies: string[], line: number): Assignment {
  const source = { file: 'list.txt', line, endLine: line };
  return { agencyRaw: agencies.join('、'), agencies, generic: false, division: '', bases: [], case: null, role: null, source };
}

function department(name: string, jurisdiction: Jurisdiction, cells: string[][]): Department {
  const source = { file: 'list.txt', line: 1, endLine: 100 };
  return {
    name,
    jurisdiction,
    inferred: false,
    title: `${name}责任清单`,
    titleInferred: false,
    date: { year: null, date: null, origin: 'unknown', line: null },
    source,
    duties: [],
    boundaryMatters: [
      { seq: '1', title: '经济运行调节', assignments: cells.map((c, i) => assignment(c, i + 10)), bases: [], cases: [], source },
    ],
    services: [],
    supervision: [],
  };
}

const agenciesOf = (d: Department): string[][] => d.boundaryMatters[0].assignments.map((a) => a.agencies);

describe('resolveAgencies', () => {
  it('keeps a cell’s own spelling of one agency as an alias (the writer learns no names itself)', () => {
    const d = department('洪江区经济和信息化委员会', HONGJIANG, [['区财政局']]);
    d.boundaryMatters[0]!.assignments[0]!.agencyRaw = '区财政局（主办）';
    const { merges, diagnostics } = resolveAgencies([d]);
    expect(merges.find((m) => m.canonical === '区财政局')?.aliases).toEqual(['区财政局', '区财政局（主办）']);
    expect(diagnostics.some((x) => x.code === 'AGENCY_MERGED' && x.raw.includes('区财政局（主办）'))).toBe(false);
  });

  it('merges the four ways of writing 发改局 within one jurisdiction', () => {
    const d = department('洪江区经济和信息化委员会', HONGJIANG, [['区发改局'], ['洪江区发改局'], ['发改局'], ['区发展和改革局']]);
    const { departments, merges, diagnostics } = resolveAgencies([d]);
    expect(agenciesOf(departments[0])).toEqual([['区发展和改革局'], ['区发展和改革局'], ['区发展和改革局'], ['区发展和改革局']]);
    const merge = merges.find((m) => m.canonical === '区发展和改革局');
    expect(merge?.aliases.sort()).toEqual(['区发展和改革局', '区发改局', '发改局', '洪江区发改局'].sort());
    expect(merge?.jurisdiction).toEqual(HONGJIANG);
    const reported = diagnostics.filter((x) => x.code === 'AGENCY_MERGED' && x.severity === 'info');
    expect(reported.some((x) => x.message.includes('区发展和改革局') && x.file === 'list.txt' && x.line === 10)).toBe(true);
  });

  it('never merges across jurisdictions', () => {
    const a = department('洪江区经济和信息化委员会', HONGJIANG, [['区发改局']]);
    const b = department('衡阳市蒸湘区教育局', ZHENGXIANG, [['区发展和改革局']]);
    const { departments, merges } = resolveAgencies([a, b]);
    expect(agenciesOf(departments[0])).toEqual([['区发改局']]);
    expect(agenciesOf(departments[1])).toEqual([['区发展和改革局']]);
    expect(merges).toEqual([]);
  });

  it('names a group after the department whose title it is', () => {
    const lists = [
      department('衡阳市蒸湘区发展和改革局', ZHENGXIANG, [['区财政局']]),
      department('衡阳市蒸湘区财政局', ZHENGXIANG, [['区发改局', '区发改委'], ['财政局']]),
    ];
    const { departments } = resolveAgencies(lists);
    expect(agenciesOf(departments[0])).toEqual([['衡阳市蒸湘区财政局']]);
    expect(agenciesOf(departments[1])).toEqual([['衡阳市蒸湘区发展和改革局'], ['衡阳市蒸湘区财政局']]);
    expect(departments.map((d) => d.name)).toEqual(['衡阳市蒸湘区发展和改革局', '衡阳市蒸湘区财政局']);
  });

  it('folds a city agency’s county branch and the county’s own name for it together', () => {
    const d = department('衡阳市蒸湘区民政局', ZHENGXIANG, [
      ['公安蒸湘分局'],
      ['蒸湘公安分局'],
      ['区公安局'],
      ['市城乡规划局蒸湘分局'],
      ['区规划分局'],
    ]);
    const [resolved] = resolveAgencies([d]).departments;
    const names = agenciesOf(resolved).flat();
    expect(new Set(names.slice(0, 3)).size).toBe(1);
    expect(names[3]).toBe(names[4]);
    expect(names[0]).not.toBe(names[3]);
  });

  it('keeps city-level agencies apart from the county’s', () => {
    const d = department('衡阳市蒸湘区民政局', ZHENGXIANG, [['市发改委'], ['区发改委'], ['市金融办'], ['区金融办']]);
    const names = agenciesOf(resolveAgencies([d]).departments[0]).flat();
    expect(new Set(names).size).toBe(4);
  });

  it('keeps 经信 and 工信 apart and does not merge different agencies', () => {
    const d = department('洪江区经济和信息化委员会', HONGJIANG, [['洪江区经信局'], ['区教育局'], ['区教文体局'], ['区委宣传部'], ['区委']]);
    const { departments, merges } = resolveAgencies([d]);
    expect(agenciesOf(departments[0]).flat()).toEqual(['洪江区经济和信息化委员会', '区教育局', '区教文体局', '区委宣传部', '区委']);
    expect(merges).toHaveLength(1);
  });

  it('names two lists of one agency, titled more and less fully, by the fuller title', () => {
    const lists = [department('蒸湘区财政局', ZHENGXIANG, [['区民政局']]), department('衡阳市蒸湘区财政局', ZHENGXIANG, [['区财政局']])];
    const { departments, merges } = resolveAgencies(lists);
    expect(departments.map((d) => d.name)).toEqual(['衡阳市蒸湘区财政局', '衡阳市蒸湘区财政局']);
    expect(agenciesOf(departments[1])).toEqual([['衡阳市蒸湘区财政局']]);
    expect(merges.find((m) => m.canonical === '衡阳市蒸湘区财政局')?.aliases.sort()).toEqual(
      ['区财政局', '蒸湘区财政局', '衡阳市蒸湘区财政局'].sort(),
    );
  });

  it('ties a department’s other names (in parentheses) and their abbreviations to the department', () => {
    const title = '衡阳市蒸湘区发展改革和科学技术局（蒸湘区交通运输局）';
    const lists = [
      department(title, ZHENGXIANG, [['区财政局']]),
      department('衡阳市蒸湘区财政局', ZHENGXIANG, [['区交通局'], ['区交通运输局']]),
    ];
    const { departments, diagnostics } = resolveAgencies(lists);
    expect(agenciesOf(departments[1])).toEqual([[title], [title]]);
    expect(diagnostics.some((d) => d.code === 'AGENCY_MERGED' && d.message.includes('按名称前缀匹配'))).toBe(false);
  });

  it('matches a short name to the one department whose name it begins, and says so', () => {
    const lists = [
      department('衡阳市蒸湘区教育文化体育局', ZHENGXIANG, [['区民政局']]),
      department('衡阳市蒸湘区民政局', ZHENGXIANG, [['区教育局']]),
    ];
    const { departments, diagnostics } = resolveAgencies(lists);
    expect(agenciesOf(departments[1])).toEqual([['衡阳市蒸湘区教育文化体育局']]);
    const merge = diagnostics.find((d) => d.code === 'AGENCY_MERGED' && d.raw.includes('区教育局'));
    expect(merge?.message).toContain('按名称前缀匹配');
  });

  it('makes the lists of one organ under several plaques one agency named by the organ (一个机构多块牌子)', () => {
    const organ = '衡阳市蒸湘区农村工作办公室';
    const lists = [
      department(`${organ}（蒸湘区水利农机局）`, ZHENGXIANG, [['区农办'], ['区林业局']]),
      department(`${organ}（蒸湘区农业局、蒸湘区林业局、蒸湘区畜牧水产局）`, ZHENGXIANG, [['区水利局']]),
    ];
    const { departments, merges, diagnostics } = resolveAgencies(lists);
    expect(departments.map((d) => d.name)).toEqual([organ, organ]);
    expect(agenciesOf(departments[0])).toEqual([[organ], [organ]]);
    expect(agenciesOf(departments[1])).toEqual([[organ]]);
    const merge = merges.find((m) => m.canonical === organ);
    expect(merge?.aliases.sort()).toEqual(
      [
        organ,
        ...lists.map((d) => d.name),
        '区农办',
        '区林业局',
        '区水利局',
        '蒸湘区水利农机局',
        '蒸湘区农业局',
        '蒸湘区林业局',
        '蒸湘区畜牧水产局',
      ].sort(),
    );
    expect(diagnostics.some((d) => d.code === 'AGENCY_MERGED' && d.message.includes(`视为同一单位「${organ}」`))).toBe(true);
    expect(diagnostics.filter((d) => d.code === 'AGENCY_AMBIGUOUS')).toEqual([]);
  });

  it('keeps one organ of two jurisdictions as two agencies', () => {
    const lists = [
      department('农村工作办公室（水利局）', ZHENGXIANG, [['区农办']]),
      department('农村工作办公室（农业局）', HONGJIANG, [['区农办']]),
    ];
    const { departments, merges } = resolveAgencies(lists);
    expect(departments.map((d) => d.name)).toEqual(lists.map((d) => d.name));
    expect(agenciesOf(departments[0])).toEqual([['农村工作办公室（水利局）']]);
    expect(agenciesOf(departments[1])).toEqual([['农村工作办公室（农业局）']]);
    const titles = lists.map((d) => d.name);
    expect(merges.filter((m) => titles.every((t) => m.aliases.includes(t)))).toEqual([]);
  });

  it('leaves a name that could mean two departments alone and reports it', () => {
    const lists = [
      department('衡阳市蒸湘区教育文化体育局', ZHENGXIANG, [['区教育局']]),
      department('衡阳市蒸湘区教育科学局', ZHENGXIANG, [['区民政局']]),
    ];
    const { departments, diagnostics } = resolveAgencies(lists);
    expect(agenciesOf(departments[0])).toEqual([['区教育局']]);
    expect(departments.map((d) => d.name)).toEqual(lists.map((d) => d.name));
    expect(diagnostics.filter((d) => d.code === 'AGENCY_AMBIGUOUS').map((d) => d.raw)).toEqual(['区教育局']);
  });

  it('completes a jurisdiction missing its province from the one fuller form in the load', () => {
    const partial = { province: null, city: '衡阳市', county: '蒸湘区' };
    const lists = [
      department('衡阳市蒸湘区人民政府法制办公室', partial, [['区财政局']]),
      department('衡阳市蒸湘区财政局', ZHENGXIANG, [['区民政局']]),
    ];
    const { departments, diagnostics } = resolveAgencies(lists);
    expect(departments[0].jurisdiction).toEqual(ZHENGXIANG);
    expect(agenciesOf(departments[0])).toEqual([['衡阳市蒸湘区财政局']]);
    expect(diagnostics.some((d) => d.code === 'JURISDICTION_COMPLETED')).toBe(true);
  });

  it('does not complete a jurisdiction from a different county', () => {
    const lists = [
      department('洪江区经信局', { province: null, city: null, county: '洪江区' }, []),
      department('衡阳市蒸湘区财政局', ZHENGXIANG, []),
    ];
    expect(resolveAgencies(lists).departments[0].jurisdiction).toEqual({ province: null, city: null, county: '洪江区' });
  });
});
