// Titles: every list is cited by its title (衡阳市蒸湘区卫生局责任清单), not by a file name.
// A list's title is its title lines as written. A list without one (000 opens with
// 一、部门职责; 002 names itself only on a 部门名称（盖章）line) gets a title derived from
// its place and department — the levels of its jurisdiction its name does not already
// carry, the name, 责任清单 — marked （标题为推断） so no one mistakes it for the document's words.
import type { Jurisdiction } from '../../domain/jurisdiction';
import { type Department, TITLE_INFERRED_MARK } from '../../domain/records';

export interface ListTitle {
  title: string;
  titleInferred: boolean;
}

/** 湖南省 + 洪江区经信局 + 责任清单（标题为推断）: the place levels the name lacks, in order. */
export function inferredTitle(name: string, jurisdiction: Jurisdiction): string {
  const levels = [jurisdiction.province, jurisdiction.city, jurisdiction.county];
  const missing = levels.filter((level): level is string => level !== null && level !== '' && !name.includes(level));
  return `${missing.join('')}${name}责任清单${TITLE_INFERRED_MARK}`;
}

/** The written title, else one derived from the department's (final) name and jurisdiction. */
export function listTitle(written: string | null, dept: Pick<Department, 'name' | 'jurisdiction'>): ListTitle {
  if (written) return { title: written, titleInferred: false };
  return { title: inferredTitle(dept.name, dept.jurisdiction), titleInferred: true };
}

/** A document is titled by its first list (the heading it opens with); no list, no title. */
export function documentTitle(departments: readonly Pick<Department, 'title' | 'titleInferred'>[]): {
  title: string | null;
  titleInferred: boolean;
} {
  const first = departments[0];
  return first ? { title: first.title, titleInferred: first.titleInferred } : { title: null, titleInferred: false };
}
