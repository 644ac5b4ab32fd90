// Text of a Word-table export (.txt) → blocks.
//
// The export writes each table cell on a line that starts with a TAB; a cell that
// holds several paragraphs continues on the following untabbed lines; a blank line
// ends a row; lines outside tables are paragraphs. The tokenizer stays faithful to
// that layout and decides nothing about meaning: a row cut in two by a stray blank
// line, or a paragraph that is really the tail of a cell, is repaired by the table
// stage, which knows how many columns the header has.
import type { Block, Cell } from './blocks';
import type { CellBudget } from './limits';
import { BLANK_LINE, BOOKMARK, CELL_START, ROW_START_MARK } from './rules';

type RowBlock = Extract<Block, { kind: 'row' }>;

/** `budget`, when given, refuses a text with too many rows or cells per row as it goes. */
export function tokenize(text: string, budget?: CellBudget): Block[] {
  // CRLF, LF and CR-only (old Mac exports) line ends, mixed in one file too.
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let row: RowBlock | null = null;

  const endRow = (): void => {
    if (row) {
      budget?.row(row.cells.length, `第 ${row.line} 行起的表格行`);
      blocks.push(row);
    }
    row = null;
  };

  lines.forEach((rawLine, index) => {
    const lineNo = index + 1;
    const line = rawLine.replace(BOOKMARK, '');
    const cellStart = CELL_START.exec(line);
    if (cellStart) {
      // Leading spaces before the TAB: the export starts a new row here even without a blank line.
      if (row && ROW_START_MARK.test(line)) endRow();
      const cell: Cell = { text: line.slice(cellStart[0].length), line: lineNo, endLine: lineNo };
      if (!row) row = { kind: 'row', cells: [], line: lineNo, endLine: lineNo };
      if (budget && row.cells.length >= budget.limits.cellsPerRow) budget.addCells(row.cells.length + 1, `第 ${row.line} 行起的表格行`);
      row.cells.push(cell);
      row.endLine = lineNo;
      return;
    }
    if (BLANK_LINE.test(line)) {
      endRow();
      return;
    }
    if (row) {
      // An untabbed line right after a cell is the next paragraph of that cell.
      const last = row.cells[row.cells.length - 1];
      last.text += `\n${line}`;
      last.endLine = lineNo;
      row.endLine = lineNo;
      return;
    }
    budget?.row(0, `第 ${lineNo} 行`);
    blocks.push({ kind: 'text', text: line, line: lineNo, endLine: lineNo });
  });
  endRow();
  return blocks;
}
