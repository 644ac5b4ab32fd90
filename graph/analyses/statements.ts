import type { CorpusMatter, MatterAssignment } from './corpus.js';
import { normaliseTitle } from '../../domain/matter-title.js';

/** One list's account of one matter: the rows a single department's boundary table gives it. */
export interface MatterStatement {
  matter: CorpusMatter;
  listKey: string;
  listDepartment: string;
  rows: MatterAssignment[];
}

/** Rows that say something: an agency cell or a division text. */
export function meaningfulRows(rows: readonly MatterAssignment[]): MatterAssignment[] {
  return rows.filter((r) => r.agencyKey || r.agencyRaw.trim() || r.division.trim());
}

export function statementsOf(matters: readonly CorpusMatter[]): MatterStatement[] {
  const statements: MatterStatement[] = [];
  for (const matter of matters) {
    const byList = new Map<string, MatterAssignment[]>();
    for (const row of meaningfulRows(matter.assignments)) byList.set(row.listKey, [...(byList.get(row.listKey) ?? []), row]);
    for (const [listKey, rows] of byList) statements.push({ matter, listKey, listDepartment: rows[0]!.listDepartment, rows });
  }
  return statements;
}

/** Who a row assigns: the resolved agency, or the generic cell as written. */
export function holderOf(row: MatterAssignment): string {
  return row.agencyKey ?? `generic:${normaliseTitle(row.agencyRaw)}`;
}
