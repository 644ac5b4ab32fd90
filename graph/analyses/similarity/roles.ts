// The same subject handled in different capacities is a division of labour, not an overlap:
// 财政局 funds 节能, 审计局 audits 财政收支, 统计局 counts 固定资产投资, 城管 punishes what 住建
// approves. A clause's capacity is read from a few stems; two clauses meet only in the same capacity.

export type Capacity = 'audit' | 'statistics' | 'funding' | 'enforcement' | 'approval' | 'review' | 'advice';

const CAPACITY_STEMS: ReadonlyArray<[Capacity, RegExp]> = [
  ['audit', /审计/u],
  ['statistics', /统计|核算|普查/u],
  ['funding', /资金|基金|公益金|拨付|预算|决算|财务|经费|补助|补贴|贴息|财政|税收/u],
  ['enforcement', /处罚|查处|执法|稽查|取缔|没收/u],
  ['approval', /审批|许可|核发|核准|备案/u],
  // Assessing another body's plan or project (水资源论证 of a 总体规划) is not drawing it up.
  ['review', /论证|评审|鉴定/u],
  // A clause that only proposes policy on a subject (提出…建议) advises whoever manages it.
  // Only a one-phrase clause: in 研究提出…的建议，指导… the agency also does the work.
  ['advice', /^[^，,]*提出[^，,]{0,40}建议[^，,]*$/u],
];

/** A phrase in which the agency only takes part (参与, 配合, 协助) does not claim the work. */
const SUBORDINATE = /^(?:参与|配合|协助|协同|参加|协调配合)/u;

/** Capacities a text names. Call it on an agency's names too: everything 审计局 does, it does as auditor. */
export function capacities(text: string): Set<Capacity> {
  return new Set(CAPACITY_STEMS.filter(([, stem]) => stem.test(text)).map(([c]) => c));
}

export function isSubordinate(phrase: string): boolean {
  return SUBORDINATE.test(phrase);
}

export function sameCapacity(a: ReadonlySet<Capacity>, b: ReadonlySet<Capacity>): boolean {
  if (a.size !== b.size) return false;
  for (const c of a) if (!b.has(c)) return false;
  return true;
}
