// Hands a table to the person as a file: CSV at once, .xlsx after loading its writer (a
// separate chunk). Every export is the complete table, never the part shown on screen.

import { h } from '../ui/dom.js';
import { safeFileStem, tableCsv, type ExportTable } from './table.js';

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  h('a', { href: url, download: fileName }).click();
  // The click starts the download synchronously; the URL can go once the event loop moves on.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadCsv(table: ExportTable): void {
  save(new Blob([tableCsv(table)], { type: 'text/csv;charset=utf-8' }), `${safeFileStem(table.title)}.csv`);
}

export async function downloadXlsx(table: ExportTable): Promise<void> {
  const { xlsxBytes, XLSX_TYPE } = await import('./xlsx.js');
  const bytes = await xlsxBytes(table);
  save(new Blob([bytes as BlobPart], { type: XLSX_TYPE }), `${safeFileStem(table.title)}.xlsx`);
}
