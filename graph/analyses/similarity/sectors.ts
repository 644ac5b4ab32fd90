// The same kind of work in two different sectors is two pieces of work: 农村可再生能源节能 and
// 工业企业节能, 科技人才队伍 and 卫生人才队伍, 教职工退休 and 军队离退休干部. A clause's sectors
// are read from a few stems; two clauses that each name sectors but share none do not overlap.

const SECTOR_STEMS: ReadonlyArray<[string, RegExp]> = [
  ['agriculture', /农村|农业|农民|畜牧|渔业|林业|涉农|三农|农产品/u],
  ['industry', /工业|企业|产业/u],
  ['commerce', /商贸|商务|流通|商业|外贸/u],
  ['education', /教育|学校|教师|教职工|学生|校园/u],
  ['health', /卫生|医疗|医院|疾病|妇幼|医药/u],
  ['military', /军队|军人|退役|优抚|士兵|军转|人防|防空/u],
  ['community', /社区|村（居）|居委会/u],
  ['construction', /城市|城镇|建筑|住房|房屋|市政/u],
  ['transport', /交通|道路|公路|运输|车辆/u],
  ['science', /科技|科研|科学技术/u],
  ['culture', /文化|体育|旅游|文物|新闻出版/u],
  ['water', /水利|水资源|防洪|水土/u],
];

export function sectors(clause: string): Set<string> {
  return new Set(SECTOR_STEMS.filter(([, stem]) => stem.test(clause)).map(([s]) => s));
}

/** False when both clauses name sectors and none in common. */
export function sectorsCompatible(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  for (const s of a) if (b.has(s)) return true;
  return false;
}
