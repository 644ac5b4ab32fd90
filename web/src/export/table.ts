// A table to hand out as a file: one header row and its rows, the same for the CSV, the .xlsx
// and the printed report, so the three never disagree about what a row says.

import { type CsvCell, csvDocument } from '../../../domain/csv-cell.js';

export type { CsvCell };

export interface ExportTable {
  /** The sheet's name and the file name's stem (职责交叉-蒸湘区). */
  title: string;
  header: string[];
  rows: CsvCell[][];
}

/** The CSV text of a table: BOM, header, one CRLF line per row, formulas neutralised. */
export function tableCsv(table: ExportTable): string {
  return csvDocument([table.header, ...table.rows]);
}

/** A name a file system and a spreadsheet accept: no path or sheet-name characters. */
export function safeFileStem(title: string): string {
  return title.replace(/[\\/:*?"<>|[\]\s]+/g, '_').slice(0, 80) || 'export';
}
