// Whether a legal basis names a disputing agency: the article text a list quotes with its
// citation (《危险化学品安全管理条例》第六条：卫生主管部门负责……) names kinds of department
// (卫生主管部门, 计划生育行政部门, 安全生产监督管理部门). A kind is matched to an agency by
// domain/department-profiles.ts, the same table that tells what kind an agency is by its
// name, so 卫生主管部门 names 区卫生局 and 计划生育行政部门 names 区人口和计划生育局.
import { profileOfAgencyName } from '../../domain/department-profiles.js';

/** A department named in an article: 卫生主管部门 → 卫生. The word before 部门/机关, one clause long. */
const DEPARTMENT_WORD = /([\u4e00-\u9fff]{2,16}?)(?:行政主管|主管|行政|管理)?(?:部门|机关)/u;

/**
 * Clause boundaries. An enumeration (工业和信息化、环境保护、公安、卫生……等部门) is split too, and
 * only its last member stands before 部门; a member ending in 等 is the enumeration's tail and
 * says "and others", so it names nobody in particular (see `departmentWords`).
 */
const CLAUSE_BREAK = /[，。；、：:,;（）()\s]|和|及|与|或/u;

/** The citation's own title (《…》) is the law's name, not an article naming a department. */
const TITLE = /《[^》]*》/gu;

/** The department words an article text names: 卫生, 计划生育, 安全生产监督 …, in order. */
export function departmentWords(raw: string): string[] {
  const words: string[] = [];
  for (const clause of raw.replace(TITLE, '，').split(CLAUSE_BREAK)) {
    const m = DEPARTMENT_WORD.exec(clause);
    if (!m) continue;
    const word = m[1]!;
    if (word.endsWith('等')) continue;
    words.push(clause.slice(0, m.index + m[0].length));
  }
  return words;
}

/** An agency that may be named, with the kinds of department it is (profile ids, by its names and plaques). */
export interface NameableAgency {
  key: string;
  kinds: ReadonlySet<string>;
}

export interface BasisNaming {
  agencyKey: string;
  /** The words of the article that name it: 未经卫生行政部门. */
  phrase: string;
}

/** Which of `agencies` the article text names, each with the words that name it (first mention). */
export function agenciesNamedIn(raw: string, agencies: readonly NameableAgency[]): BasisNaming[] {
  const found: BasisNaming[] = [];
  for (const phrase of departmentWords(raw)) {
    const profile = profileOfAgencyName(phrase);
    if (!profile) continue;
    for (const a of agencies)
      if (a.kinds.has(profile.id) && !found.some((f) => f.agencyKey === a.key)) found.push({ agencyKey: a.key, phrase });
  }
  return found;
}
