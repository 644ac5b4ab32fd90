import { segmenter } from '../../../domain/segmenter.js';
import { subjectTerms } from './subject-terms.js';

// Two clauses that share a whole phrase (彩票公益金, 出生缺陷防治) speak of one object more surely
// than two that share scattered words. And a shared head with different qualifiers is two
// objects: 军队转业干部 and 军队离退休干部, 劳务派遣行政许可 and 文化市场行政许可.

const NOT_HAN = /[^\p{Script=Han}]/u;

/** Runs of at least two Han characters both texts contain, longest first (punctuation never joins a run). */
export function sharedRuns(a: string, b: string): string[] {
  const x = [...a];
  const y = [...b];
  const runs = new Set<string>();
  let row = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i += 1) {
    const next = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j += 1) {
      if (x[i - 1] !== y[j - 1] || NOT_HAN.test(x[i - 1]!)) continue;
      next[j] = row[j - 1]! + 1;
      // A run ends here when the next characters differ: keep only maximal runs.
      const ends = i === x.length || j === y.length || x[i] !== y[j];
      if (ends && next[j]! >= 2) runs.add(x.slice(i - next[j]!, i).join(''));
    }
    row = next;
  }
  return [...runs].sort((p, q) => q.length - p.length);
}

/** Longest run of Han characters both texts contain. */
export function longestSharedRun(a: string, b: string): string {
  return sharedRuns(a, b)[0] ?? '';
}

function words(text: string): string[] {
  return segmenter().cut(text, false);
}

/** The subject word written right before `phrase` in `clause` (same comma phrase), if any. */
function qualifierBefore(clause: string, phrase: string): string | null {
  const at = clause.indexOf(phrase);
  if (at <= 0) return null;
  const before =
    clause
      .slice(0, at)
      .split(/[，,、；;：:（(]/u)
      .pop() ?? '';
  const last = words(before).pop();
  if (!last || last.length < 2 || [...subjectTerms(last).keys()].length === 0) return null;
  return last;
}

/**
 * People a clause names, as qualifier + head (转业干部, 离退休干部, 乡村医生): the group is the
 * object of the work, and two groups under one head word are different people.
 */
const GROUP_HEAD = /(?:干部|人员|职工|军人|士兵|老人|老年人|儿童|学生|教师|医生|兽医|农民|居民|残疾人|妇女|青少年|劳动者|毕业生)$/u;

export function peopleGroups(clause: string): Map<string, string> {
  const groups = new Map<string, string>();
  const tokens = words(clause);
  tokens.forEach((t, i) => {
    const head = GROUP_HEAD.exec(t)?.[0];
    if (!head) return;
    // jieba keeps some groups whole (转业干部) and splits others (离退休 / 干部).
    if (t !== head) groups.set(head, t);
    else if (i > 0 && tokens[i - 1]!.length >= 2 && !NOT_HAN.test(tokens[i - 1]!) && subjectTerms(tokens[i - 1]!).size > 0)
      groups.set(head, tokens[i - 1]! + t);
  });
  return groups;
}

/**
 * True when the clauses speak of different objects under a shared word: a people group with the
 * same head differs, or (when `phrase` is given) the shared phrase is qualified by different
 * subject words. Callers pass a phrase only when it is all the clauses share: with more in
 * common, the word just before one shared phrase (资产 / 财政 before 财务管理) is too little to go on.
 */
export function differentObjects(a: string, b: string, phrase = ''): boolean {
  const qa = phrase ? qualifierBefore(a, phrase) : null;
  const qb = phrase ? qualifierBefore(b, phrase) : null;
  if (qa && qb && qa !== qb && !qa.includes(qb) && !qb.includes(qa)) return true;
  const ga = peopleGroups(a);
  const gb = peopleGroups(b);
  for (const [head, group] of ga) {
    const other = gb.get(head);
    if (other && other !== group) return true;
  }
  return false;
}
