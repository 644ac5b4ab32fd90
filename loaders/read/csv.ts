// RFC 4180 CSV: comma-separated, fields optionally quoted with "", "" inside quotes
// is a quote, and a quoted field may span lines. Spreadsheet programs on Chinese
// Windows write GBK, so the bytes go through the encoding detector first.
import type { Block, Cell } from '../blocks';
import type { CellBudget } from '../limits';
import { sheetRowsToBlocks, type SheetRow } from './sheet-rows';

/** Parses CSV text into rows; every cell knows the physical lines it spans. `budget` refuses
 *  a file with too many rows or cells as soon as it gets there. */
export function parseCsv(text: string, budget?: CellBudget): SheetRow[] {
  const rows: SheetRow[] = [];
  let line = 1;
  let cells: Cell[] = [];
  let field = '';
  let fieldLine = 1;
  let rowLine = 1;
  let quoted = false;
  let atFieldStart = true;

  const endField = (): void => {
    if (budget && cells.length >= budget.limits.cellsPerRow) budget.addCells(cells.length + 1, `第 ${rowLine} 行`);
    cells.push({ text: field, line: fieldLine, endLine: line });
    field = '';
    atFieldStart = true;
    fieldLine = line;
  };
  const endRow = (): void => {
    endField();
    budget?.row(cells.length, `第 ${rowLine} 行`);
    rows.push({ line: rowLine, endLine: line, cells });
    cells = [];
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n') line++;
        // A CR inside a quoted field is part of a CRLF line break: keep only the LF.
        if (c !== '\r') field += c;
      }
      continue;
    }
    if (c === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
    } else if (c === ',') {
      endField();
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      fieldLine = line;
      rowLine = line;
    } else {
      field += c;
      atFieldStart = false;
    }
  }
  if (field !== '' || cells.length > 0) endRow();
  return rows;
}

export function csvToBlocks(text: string, budget?: CellBudget): Block[] {
  return sheetRowsToBlocks(parseCsv(text, budget));
}
