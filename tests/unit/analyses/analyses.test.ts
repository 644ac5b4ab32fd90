import { describe, expect, it } from 'vitest';
import { analyseJurisdiction } from '../../../graph/analyses/analyses.js';
import { compareMatter } from '../../../graph/analyses/compare.js';
import type { CorpusMatter, DutyText, JurisdictionCorpus, MatterAssignment } from '../../../graph/analyses/corpus.js';
import { overlapMatrix } from '../../../graph/analyses/matrix.js';

const J = '湖南省/衡阳市/蒸湘区';
const src = (line: number) => ({ file: 'f.txt', line, endLine: line });
let line = 0;
const duty = (agency: string, text: string): DutyText => {
  line += 1;
  return { id: `d${line}`, agencyKey: `${J}|${agency}`, kind: 'duty', dutyId: `d${line}`, text, source: src(line) };
};
const row = (agency: string | null, division: string, list: string): MatterAssignment => {
  line += 1;
  return {
    agencyKey: agency ? `${J}|${agency}` : null,
    agencyRaw: agency ?? '其他有关部门',
    division,
    listKey: list,
    listDepartment: list,
    role: null,
    case: null,
    bases: [],
    source: src(line),
  };
};
const matter = (title: string, assignments: MatterAssignment[]): CorpusMatter => ({
  key: `${J}|${title}`,
  title,
  jurisdictionKey: J,
  assignments,
});

/** Eight agencies with distinct subjects, so per-agency document frequency behaves as in a real district. */
function corpus(extraTexts: DutyText[], matters: CorpusMatter[] = []): JurisdictionCorpus {
  const filler = ['殡葬管理', '档案保管', '人民防空', '地名命名', '宗教场所', '统计调查'].map((t, i) => duty(`局${i}`, `负责全区${t}工作`));
  const texts = [...filler, ...extraTexts];
  const holders = matters.flatMap((m) => m.assignments.flatMap((a) => (a.agencyKey ? [a.agencyKey] : [])));
  const agencies = [...new Set([...texts.map((t) => t.agencyKey), ...holders])].map((key) => ({
    key,
    name: key.split('|')[1]!,
    aliases: [],
  }));
  return { key: J, name: '蒸湘区', agencies, texts, matters };
}

describe('undeclared overlaps', () => {
  const energy = [duty('经贸局', '负责工业节能监察和节能目标考核'), duty('发改局', '组织实施全区节能监察，负责节能目标考核')];

  it('finds two agencies claiming the same work in their own duties', () => {
    const found = analyseJurisdiction(corpus(energy)).overlaps.UNDECLARED;
    expect(found).toHaveLength(1);
    expect(found[0]!.agencies.map((a) => a.name).sort()).toEqual(['发改局', '经贸局']);
    expect(found[0]!.items.map((i) => i.source.line).sort()).toEqual(energy.map((d) => d.source.line).sort());
    expect(found[0]!.score).toBeGreaterThan(0.5);
  });

  it('leaves out work a boundary matter already divides between the two', () => {
    const declared = matter('节能管理', [row('发改局', '负责全区节能监察和节能目标考核', 'L1'), row('经贸局', '负责工业节能监察', 'L1')]);
    expect(analyseJurisdiction(corpus(energy, [declared])).overlaps.UNDECLARED).toHaveLength(0);
  });

  it('does not pair an agency with itself, nor texts that share only boilerplate', () => {
    const same = [duty('经贸局', '负责工业节能监察和节能目标考核'), duty('经贸局', '组织节能监察和节能目标考核')];
    const boiler = [duty('甲局', '负责全区相关工作的组织实施和监督管理'), duty('乙局', '组织实施全区有关工作，加强监督管理')];
    expect(analyseJurisdiction(corpus([...same, ...boiler])).overlaps.UNDECLARED).toHaveLength(0);
  });

  it('does not take auditing or funding a subject for doing it', () => {
    const texts = [duty('审计局', '审计全区节能专项资金和节能目标考核'), duty('发改局', '组织实施全区节能监察，负责节能目标考核')];
    expect(analyseJurisdiction(corpus(texts)).overlaps.UNDECLARED).toHaveLength(0);
  });
});

describe('contradictions and declared overlaps', () => {
  const bus = [
    row('教育局', '负责校车使用许可和学生乘车安全教育', '教育局清单'),
    row('交警大队', '负责校车驾驶人资格审查', '教育局清单'),
    row('教育局', '负责校车使用许可和学生乘车安全教育', '交通局清单'),
    row('交通局', '负责校车运营线路审批', '交通局清单'),
  ];

  it('reports a matter two lists assign to different agencies', () => {
    const found = analyseJurisdiction(corpus([], [matter('校车安全管理', bus)])).overlaps.CONTRADICTION;
    expect(found).toHaveLength(1);
    expect(found[0]!.explanation).toContain('交警大队');
    expect(found[0]!.divisions).toHaveLength(4);
  });

  it('reports nothing when two lists state a matter alike, and pairs titles that contain one another', () => {
    const alike = [row('教育局', '负责校车使用许可', 'A'), row('教育局', '负责校车使用许可', 'B')];
    expect(analyseJurisdiction(corpus([], [matter('校车安全管理', alike)])).overlaps.CONTRADICTION).toHaveLength(0);
    const split = [
      matter('超限超载', [row('交通局', '负责超限超载车辆的检测', 'A')]),
      matter('超限超载治理', [row('交警大队', '负责超限超载车辆的处罚', 'B')]),
    ];
    expect(analyseJurisdiction(corpus([], split)).overlaps.CONTRADICTION).toHaveLength(1);
  });

  it('lists each pair of agencies holding a matter once, and the matrix counts it', () => {
    const c = corpus([], [matter('校车安全管理', bus)]);
    const a = analyseJurisdiction(c);
    const pairs = a.overlaps.DECLARED.map((f) =>
      f.agencies
        .map((x) => x.name)
        .sort()
        .join('+'),
    ).sort();
    expect(pairs).toEqual(['交警大队+交通局', '交警大队+教育局', '交通局+教育局']);
    const m = overlapMatrix(c, a.overlaps.DECLARED);
    expect(m.edges.every((e) => e.kind === 'DECLARED' && e.weight === 1 && e.labels[0] === '校车安全管理')).toBe(true);
    expect(m.agencies.find((x) => x.name === '教育局')!.matterCount).toBe(1);
  });
});

describe('uncovered assignments and comparison', () => {
  it('flags a responsibility the agency own list never mentions, not one it does', () => {
    const texts = ['殡葬改革', '公墓审批', '婚姻登记', '社会救助', '养老服务'].map((t) => duty('民政局', `负责${t}`));
    const c = corpus(texts, [
      matter('地名管理', [row('民政局', '负责地名命名和地名标志设置', 'L')]),
      matter('公墓管理', [row('民政局', '负责公墓审批', 'L')]),
    ]);
    const found = analyseJurisdiction(c).uncovered;
    expect(found.map((u) => u.matter.title)).toEqual(['地名管理']);
  });

  it('ranks matters of other jurisdictions by title likeness', () => {
    const other = (j: string, title: string): CorpusMatter => ({ key: `${j}|${title}`, title, jurisdictionKey: j, assignments: [] });
    const ranked = compareMatter('节能管理', [other('甲', '殡葬管理'), other('乙', '节能'), other('丙', '节能管理')], new Map());
    expect(ranked.map((r) => r.jurisdictionKey)).toEqual(['丙', '乙']);
  });
});
