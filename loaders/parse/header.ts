// Header rows damaged by the export or by hand, repaired by what the labels say.
//
// The text export has one line per header cell, so a lost or doubled TAB or line changes
// the header's width and every row under it would be read in the wrong columns: one TAB
// missing before 案例 merges it into 相关依据 (004:4461), a 主要职责 line written twice
// doubles a column (000:134), a TAB inside 管理事项 splits it, and a lost line drops a
// column. Each is repaired here by content (known labels, the columns the data rows
// actually have) and reported as HEADER_REPAIRED; what cannot be repaired is refused by
// the caller (HEADER_DAMAGED), never read as data.
import type { Cell } from '../blocks';
import { HEADER_LABELS, type ColumnRole, type SectionKind } from '../rules';
import { clean } from './text';

export type TableKind = Exclude<SectionKind, 'supervision'>;

/** Header rows the seeds use: for a table without one, and for a header that lost a column. */
export const DEFAULT_HEADERS: Record<TableKind, string[]> = {
  duties: ['序号', '主要职责', '具体工作事项', '备注'],
  boundary: ['序号', '管理事项', '相关部门', '职责分工', '相关依据', '案例'],
  services: ['序号', '服务事项', '主要内容', '承办机构', '联系电话'],
};

const LABELS = Object.keys(HEADER_LABELS);

export function label(text: string): string {
  return clean(text).replace(/\s+/g, '');
}

/** What a table holds, by its columns rather than by the heading above it. */
export function tableKind(roles: (ColumnRole | null)[]): TableKind | null {
  if (roles.includes('agency') || roles.includes('division')) return 'boundary';
  if (roles.includes('duty') || roles.includes('items')) return 'duties';
  if (roles.includes('unit') || roles.includes('content') || roles.includes('phone')) return 'services';
  return null;
}

/**
 * Two or more whole labels run together (相关依据案例, 相关依据 / 案例 in one cell): the
 * labels, in order; null when the text is one label or not made of labels.
 */
export function splitMergedLabel(text: string): string[] | null {
  const l = label(text);
  if (l.length === 0 || l in HEADER_LABELS || l.length > 24) return null;
  // Longest label first at each position; labels are few and short, so this stays tiny.
  const parts: string[] = [];
  let at = 0;
  while (at < l.length) {
    const next = LABELS.filter((x) => l.startsWith(x, at)).sort((a, b) => b.length - a.length)[0];
    if (!next) return null;
    parts.push(next);
    at += next.length;
  }
  return parts.length >= 2 ? parts : null;
}

export interface RepairedHeader {
  cells: Cell[];
  /** What was repaired, in words, for HEADER_REPAIRED. */
  repairs: string[];
  /** Why the header cannot be trusted, for HEADER_DAMAGED; null when it can. */
  damage: string | null;
}

/** Splits merged labels, joins split ones, drops a label doubled in place. */
export function repairHeaderCells(cells: Cell[]): RepairedHeader {
  const repairs: string[] = [];
  const split: Cell[] = [];
  for (const cell of cells) {
    const parts = splitMergedLabel(cell.text);
    if (parts) {
      repairs.push(`表头单元格“${label(cell.text)}”是 ${parts.length} 个列名连在一起（少了分隔），已拆为 ${parts.join('、')}`);
      for (const text of parts) split.push({ ...cell, text });
    } else {
      split.push(cell);
    }
  }
  const joined: Cell[] = [];
  for (const cell of split) {
    const previous = joined[joined.length - 1];
    const l = label(cell.text);
    if (previous && !(label(previous.text) in HEADER_LABELS) && !(l in HEADER_LABELS) && `${label(previous.text)}${l}` in HEADER_LABELS) {
      repairs.push(`表头单元格“${label(previous.text)}”和“${l}”是一个列名被拆开，已合并为 ${label(previous.text)}${l}`);
      joined[joined.length - 1] = { ...previous, text: `${label(previous.text)}${l}`, endLine: cell.endLine };
      continue;
    }
    if (previous && l !== '' && l === label(previous.text)) {
      repairs.push(`表头列名“${l}”重复了一次，已删去重复的一列`);
      continue;
    }
    joined.push(cell);
  }
  const seen = new Set<string>();
  let damage: string | null = null;
  for (const cell of joined) {
    const role = HEADER_LABELS[label(cell.text)];
    if (role && seen.has(role)) damage = `表头中“${label(cell.text)}”一类的列出现了两次，无法判断各列的内容`;
    if (role) seen.add(role);
  }
  return { cells: joined, repairs, damage };
}

/**
 * A header that lost a column: its roles are the default header's in order with some
 * missing, and the data rows below have exactly the default's width. The default header
 * then stands, with the header's own cells where they are.
 */
export function restoreMissingColumns(cells: Cell[], dataWidth: number | null): { cells: Cell[]; repair: string } | null {
  const roles = cells.map((c) => HEADER_LABELS[label(c.text)] ?? null);
  const kind = tableKind(roles);
  if (!kind || dataWidth === null || roles.some((r) => r === null)) return null;
  const defaults = DEFAULT_HEADERS[kind];
  if (cells.length >= defaults.length || dataWidth !== defaults.length) return null;
  const restored: Cell[] = [];
  let at = 0;
  for (const text of defaults) {
    if (at < cells.length && roles[at] === HEADER_LABELS[text]) restored.push(cells[at++]);
    else restored.push({ text, line: cells[0].line, endLine: cells[0].line });
  }
  if (at < cells.length) return null;
  const missing = defaults.filter((d) => !roles.some((r) => r === HEADER_LABELS[d]));
  return { cells: restored, repair: `表头少了 ${missing.join('、')} 列（数据行有 ${dataWidth} 列），已按常见列顺序补齐` };
}
