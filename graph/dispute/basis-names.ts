// Whether a legal basis names a disputing agency: the article text a list quotes with its
// citation (《危险化学品安全管理条例》第六条：卫生主管部门负责……) names kinds of department
// (卫生主管部门, 计划生育行政部门, 安全生产监督管理部门). A kind is matched to an agency by
// domain/department-profiles.ts, the same table that tells what kind an agency is by its
// name, so 卫生主管部门 names 区卫生局 and 计划生育行政部门 names 区人口和计划生育局.
// A department the article names in any role counts (负责……, 未经……批准, 向……报告): the law
// makes it competent for the matter; what it says each one does is in the quoted text.
import { profileOfAgencyName } from '../../domain/department-profiles.js';

/** The department suffix of a name in an article: 卫生[主管部门]. */
const DEPARTMENT_SUFFIX = /(?:行政主管|主管|行政|管理)?(?:部门|机关)/u;

/** Clause boundaries; 、 is kept apart, it joins the members of an enumeration. */
const CLAUSE_BREAK = /[，。；：:,;（）()\s]|和|及|与|或/u;

/** The citation's own title (《…》) is the law's name, not an article naming a department. */
const TITLE = /《[^》]*》/gu;

/** Words before the department's name in a clause (向事故发生地, 未经, 由): cut off for the phrase shown. */
const LEAD_IN = /^.*[向由经的地当应]/u;

const ARTICLE = /第[一二三四五六七八九十百零〇\d]+条/gu;

/** A department an article names: the words as written (卫生行政部门) and the article they stand in. */
export interface DepartmentMention {
  phrase: string;
  article: string | null;
}

/**
 * The departments an article text names, in order. In an enumeration the suffix belongs to every
 * member (环境保护、公安、卫生主管部门: three departments); one closed by 等 (工业和信息化、公安、
 * ……等部门) stands for "and others" and names nobody in particular.
 */
export function departmentMentions(raw: string): DepartmentMention[] {
  const text = raw.replace(TITLE, (t) => '，'.repeat(t.length));
  const mentions: DepartmentMention[] = [];
  let offset = 0;
  for (const clause of text.split(CLAUSE_BREAK)) {
    const at = offset;
    offset += clause.length + 1;
    const members = clause.split('、');
    const last = members.at(-1)!;
    const m = DEPARTMENT_SUFFIX.exec(last);
    if (!m || m.index < 2) continue;
    const head = last.slice(0, m.index);
    if (head.endsWith('等')) continue;
    const suffix = m[0];
    const article = articleBefore(text, at);
    for (const member of [...members.slice(0, -1), head]) {
      const phrase = shorten(`${member}${suffix}`);
      if (phrase.length > suffix.length) mentions.push({ phrase, article });
    }
  }
  return mentions;
}

/** The article number last written before `index` (第六条), if any. */
function articleBefore(text: string, index: number): string | null {
  let found: string | null = null;
  for (const m of text.matchAll(ARTICLE)) if ((m.index ?? 0) < index) found = m[0];
  return found;
}

/** 向事故发生地交通运输主管部门 → 交通运输主管部门, when the shorter words still name the same kind. */
function shorten(phrase: string): string {
  const short = phrase.replace(LEAD_IN, '');
  return short.length > 2 && profileOfAgencyName(short)?.id === profileOfAgencyName(phrase)?.id ? short : phrase;
}

/** An agency that may be named, with the kinds of department it is (profile ids, by its names and plaques). */
export interface NameableAgency {
  key: string;
  kinds: ReadonlySet<string>;
}

export interface BasisNaming {
  agencyKey: string;
  /** The words of the article that name it: 卫生行政部门. */
  phrase: string;
  /** The article they stand in, when the quote numbers it. */
  article: string | null;
}

/** Which of `agencies` the article text names, each with the words that name it (first mention). */
export function agenciesNamedIn(raw: string, agencies: readonly NameableAgency[]): BasisNaming[] {
  const found: BasisNaming[] = [];
  for (const { phrase, article } of departmentMentions(raw)) {
    const profile = profileOfAgencyName(phrase);
    if (!profile) continue;
    for (const a of agencies)
      if (a.kinds.has(profile.id) && !found.some((f) => f.agencyKey === a.key)) found.push({ agencyKey: a.key, phrase, article });
  }
  return found;
}
