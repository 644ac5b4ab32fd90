// One CSV cell and line for spreadsheets (Excel, WPS), shared by the server's export and the
// web page's downloads so both follow the same rules: RFC 4180 quoting (a cell with a quote,
// comma, CR or LF is quoted, quotes doubled; a lone LF too, or Excel would split the row there),
// CRLF line ends, and formula injection neutralised: a text cell starting with = + - @ (or
// their full-width forms, a tab or a CR) gets a leading ' so the spreadsheet shows it as text
// instead of evaluating it (OWASP "CSV injection"). Numbers stay numbers (-3 is not a formula).

export type CsvCell = string | number | boolean | null;

/** Excel reads UTF-8 as the ANSI code page (乱码) unless the file starts with this mark. */
export const CSV_BOM = '\uFEFF';

const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const needsQuotes = /[",\r\n]/;

/** One cell's text as it stands in the file. */
export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (typeof cell === 'number') return String(cell);
  const text = formulaStart.test(cell) ? `'${cell}` : cell;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line (CRLF-terminated) of cells. */
export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** A whole file: the BOM, then one line per row (the first row is the header). */
export function csvDocument(rows: readonly (readonly CsvCell[])[]): string {
  return CSV_BOM + rows.map(csvLine).join('');
}
