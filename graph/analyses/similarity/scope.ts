// Every agency keeps its own books, its own legal cases, its own staff's family planning:
// 负责教育系统内部审计 and the audit bureau's 审计监督 are not the same work; the first is
// the audit bureau's subject done inside another agency. A text scoped to the agency itself
// cannot overlap another agency's sector-wide duty, so such texts are left out of undeclared
// overlaps.
const OWN_ORGANISATION =
  /本系统|本部门|本单位|本机关|本局|机关内部|单位内部|内部审计|直属单位|所属单位|下属单位|局属|机关(?:党|干部|财务|后勤|档案)/u;

/** "民政系统", "教育系统内": an agency's own vertical system. Technical systems (信息系统,
 *  管理系统, 监测系统 …) are excluded by the character before 系统. */
const AGENCY_SYSTEM = /(?<![息理测络据务用件控警挥度障撑价术作])系统/u;

export function isInternalScope(text: string): boolean {
  return OWN_ORGANISATION.test(text) || AGENCY_SYSTEM.test(text);
}
