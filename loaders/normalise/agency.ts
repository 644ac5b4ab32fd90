// Reads the agencies named by one 相关部门 cell. A cell may name several agencies
// (区财政局、区国税分局、区地税分局), glue two together with no separator
// (县交通局县公路局), share one suffix between them (发改、工信、科技、文体旅游局),
// or name no concrete agency at all (其他有关部门, 行业管理部门, blank).
import { AGENCY_SUFFIX } from '../../domain/agency-names';

export interface AgencyCell {
  names: string[];
  /** True when the cell names no concrete agency. */
  generic: boolean;
}

/** Between agency names in one cell: 、，；/ and spaces. */
const AGENCY_SEPARATOR = /[、，,；;／/\s]+/;
/** Prefixes that start a new agency of some level: 县交通局|县公路局. */
const LEVEL_PREFIX = /^[县区市省镇乡州]/;
/** Parenthesised notes: roles (协办), sub-units (就业局), status (事业单位). The agency is what precedes. */
const PARENTHETICAL = /[（(][^（）()]*[）)]/g;
/** 等……部门 closes a list with "and others of that kind". */
const AND_OTHERS = /等.*$/;
/** Names that point at a kind of agency rather than at an agency. */
const GENERIC =
  /^(?:[县区市省]直?)?(?:其他|其它|有关|相关|各|行业|主管|职能|业务|责任|属地|其他有关|其他相关|各有关|各相关|各级)+.*(?:部门|单位|机构|机关|乡镇|街道|政府)?$/;
const NOTHING = /^[无\-—/／、\s]*$/;
/** 统发单位, 区直行政事业单位, 用人单位: a class of bodies, not one agency. */
const CLASS_OF_BODIES = /单位$/;
/** A shared suffix is only borrowed by short stems such as 发改, 工信. */
const MAX_STEM_LENGTH = 6;

/** Splits 县交通局县公路局 into two where a name ends and another level-prefixed name begins. */
function splitGlued(part: string): string[] {
  const names: string[] = [];
  let start = 0;
  for (let i = 2; i < part.length - 1; i++) {
    const head = part.slice(start, i);
    const rest = part.slice(i);
    if (AGENCY_SUFFIX.test(head) && LEVEL_PREFIX.test(rest) && AGENCY_SUFFIX.test(rest) && rest.length >= 3) {
      names.push(head);
      start = i;
    }
  }
  names.push(part.slice(start));
  return names;
}

function suffixOf(name: string): string | null {
  return name.match(AGENCY_SUFFIX)?.[1] ?? null;
}

export function isGenericAgency(name: string): boolean {
  return NOTHING.test(name) || GENERIC.test(name) || CLASS_OF_BODIES.test(name);
}

export function splitAgencyCell(raw: string): AgencyCell {
  const text = raw.replace(PARENTHETICAL, ' ').replace(AND_OTHERS, '').trim();
  const parts = text
    .split(AGENCY_SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .flatMap(splitGlued)
    .filter((p) => !isGenericAgency(p));
  const shared = parts.length > 1 ? suffixOf(parts[parts.length - 1]) : null;
  const names = parts.map((p) => (shared && !suffixOf(p) && p.length <= MAX_STEM_LENGTH ? p + shared : p));
  return { names: [...new Set(names)], generic: names.length === 0 };
}
