// Small dossier rows for the pure parts of graph/dispute: one place, lists and agencies named by letter.
import type { CitedBasis, DossierRow, DutyLine } from '../../../graph/dispute/dossier.js';
import type { AgencyRef } from '../../../graph/search/types.js';

export const agency = (name: string): AgencyRef => ({ key: `测试县|${name}`, name, aliases: [], jurisdiction: '测试县' });

export const HEALTH = agency('测试县卫生局');
export const PLANNING = agency('测试县人口计生局');
export const POLICE = agency('测试县公安局');

let line = 100;

export function row(
  who: AgencyRef | null,
  division: string,
  options: { list?: string; role?: DossierRow['role']; bases?: CitedBasis[]; matter?: string; line?: number } = {},
): DossierRow {
  line += 1;
  const list = options.list ?? '甲';
  const at = options.line ?? line;
  const matter = options.matter ?? '出生人口性别比治理';
  return {
    key: `r${at}`,
    matter: { key: `测试县|${matter}`, title: matter },
    agency: who,
    agencyRaw: who?.name ?? '其他有关部门',
    division,
    role: options.role ?? null,
    case: null,
    bases: options.bases ?? [],
    list: { key: `list-${list}`, department: `${list}局`, title: `${list}局责任清单`, file: 'a.txt', line: list === '甲' ? 10 : 500 },
    source: { file: 'a.txt', line: at, endLine: at, title: `${list}局责任清单` },
  };
}

export function basis(names: Array<{ who: AgencyRef; phrase: string }>, title = '某条例'): CitedBasis {
  return {
    key: title,
    title,
    docNumber: null,
    kind: 'regulation',
    articles: ['第三条'],
    raw: `《${title}》第三条`,
    inherited: false,
    names: names.map((n) => ({ agencyKey: n.who.key, phrase: n.phrase, article: '第三条' })),
  };
}

export function duty(text: string, at = 900): DutyLine {
  return { kind: 'duty', text, detail: '', score: 10, source: { file: 'a.txt', line: at, endLine: at, title: null } };
}
