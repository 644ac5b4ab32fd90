// The rows of the disputed matters, agency by agency. Each agency's rows are in the same
// order (matter as chosen, then the list's position in its file, then the row's), so the
// columns of two agencies line up list by list and nothing of two lists is merged.
import type { DossierRow } from './dossier.js';

export interface AlignedRows {
  /** Per disputing agency (in the order asked), its rows. */
  byAgency: Map<string, DossierRow[]>;
  /** Rows naming other agencies, or none (其他有关部门). */
  others: DossierRow[];
}

export function alignRows(rows: readonly DossierRow[], partyKeys: readonly string[], matterOrder: readonly string[]): AlignedRows {
  const ordered = [...rows].sort(rowOrder(matterOrder));
  const byAgency = new Map<string, DossierRow[]>(partyKeys.map((k) => [k, []]));
  const others: DossierRow[] = [];
  for (const row of ordered) {
    const own = row.agency ? byAgency.get(row.agency.key) : undefined;
    if (own) own.push(row);
    else others.push(row);
  }
  return { byAgency, others };
}

/** Matter as chosen, then file, then the list's line, then the row's line. */
export function rowOrder(matterOrder: readonly string[]): (a: DossierRow, b: DossierRow) => number {
  const at = (key: string) => {
    const i = matterOrder.indexOf(key);
    return i < 0 ? matterOrder.length : i;
  };
  return (a, b) =>
    at(a.matter.key) - at(b.matter.key) ||
    compare(a.source.file, b.source.file) ||
    a.list.line - b.list.line ||
    a.source.line - b.source.line ||
    compare(a.agency?.key ?? '', b.agency?.key ?? '');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
