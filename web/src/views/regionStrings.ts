// The words of the province/city overlap view (regionOverlaps.ts), Chinese as every user-facing text.

export const regionStrings = {
  intro:
    '省/市汇总：辖区内各县区的职责交叉按部门类别合并——各县的公安局都算“公安”。节点是部门类别（颜色为所属领域），连线粗细为两类部门有交叉的县区数。点击连线或表格中的一行，查看是哪些县区，再打开该县区的职责交叉图核对原文。',
  progress: (done: number, total: number) => `正在汇总各县区的职责交叉：已完成 ${done} / ${total} 个县区（首次计算较慢，之后直接显示）`,
  summary: (counties: number, kinds: number, shown: number, total: number) =>
    `${counties} 个县区；图中 ${kinds} 类部门、${shown} 组类别组合${shown < total ? `（共 ${total} 组，图中只画交叉县区最多的 ${shown} 组，表格列出全部）` : ''}`,
  minCounties: '至少在几个县区交叉',
  graphPlaceholder: '选择省或市后，这里显示部门类别之间的交叉',
  noPairs: '没有满足条件的类别组合：请把“至少在几个县区交叉”调小',
  heading: '部门类别组合一览',
  caption: (shown: number, total: number) => (shown === total ? `共 ${total} 组` : `显示 ${shown} / ${total} 组`),
  columns: {
    a: '类别甲',
    b: '类别乙',
    counties: '交叉县区数',
    matters: '共同事项数',
    contradictions: '矛盾数',
    declared: '声明共管',
    undeclared: '未声明交叉',
    topMatters: '常见事项（县区数）',
  },
  countiesOf: (n: number, of: number) => `${n} / ${of}`,
  countiesTitle: (n: number, of: number) => `${n} 个县区有交叉；两类部门都有的县区 ${of} 个`,
  selectRow: (a: string, b: string) => `查看 ${a} 与 ${b} 交叉的县区`,
  pairHeading: (a: string, b: string) => `${a} × ${b}：交叉的县区`,
  pairLead: (n: number, of: number) => `${n} 个县区（两类部门都有的 ${of} 个县区中）。点击县区名打开该县区的职责交叉图，只看这两个部门。`,
  countyCounts: (declared: number, undeclared: number, contradictions: number) =>
    `声明共管 ${declared}，未声明交叉 ${undeclared}，矛盾 ${contradictions}`,
  openCounty: (county: string) => `打开${county}的职责交叉图`,
  sources: '出处',
  matters: '事项',
  kindNode: (label: string, counties: number, agencies: number) => `${label}：${counties} 个县区有此类部门（共 ${agencies} 个）`,
  edgeTooltip: (a: string, b: string, counties: number, of: number, contradictions: number) =>
    `${a} × ${b}：${counties} 个县区有交叉（两类都有的 ${of} 个），矛盾 ${contradictions} 处`,
  edgeLabel: (counties: number) => `${counties}县`,
  legendEdge: '两类部门有交叉（越粗，交叉的县区越多）',
  pickPair: '点击连线或表格中的一行，查看是哪些县区。',
  otherKind: '（未归类，按名称）',
};
