// Spreadsheet rows (from .xlsx or .csv) to blocks. Staff keep the same tables in
// spreadsheets, with a title row ("衡阳市蒸湘区发展和改革局职责清单") or a section
// row ("二、与相关部门的职责边界") above each table: a row whose only value is in its
// first column is such a line of text, so segmentation works as for the .txt export.
import type { Block, Cell } from '../blocks';

export interface SheetRow {
  /** 1-based row number (xlsx) or physical line (csv) where the row starts. */
  line: number;
  endLine: number;
  cells: Cell[];
}

function trimTrailingEmpty(cells: Cell[]): Cell[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1].text.trim() === '') end--;
  return cells.slice(0, end);
}

type RowBlock = Extract<Block, { kind: 'row' }>;

/**
 * Spreadsheets drop trailing empty cells that the Word export keeps. Rows between two
 * text lines form one table: pad them to its widest row so columns line up as in .txt.
 */
function padTables(blocks: Block[]): Block[] {
  let table: RowBlock[] = [];
  const flush = (): void => {
    const width = Math.max(0, ...table.map((r) => r.cells.length));
    for (const row of table) {
      while (row.cells.length < width) row.cells.push({ text: '', line: row.line, endLine: row.endLine });
    }
    table = [];
  };
  for (const block of blocks) {
    if (block.kind === 'row') table.push(block);
    else flush();
  }
  flush();
  return blocks;
}

export function sheetRowsToBlocks(rows: SheetRow[], heading?: string): Block[] {
  const blocks: Block[] = [];
  if (heading) {
    const line = rows[0]?.line ?? 1;
    blocks.push({ kind: 'text', text: heading, line, endLine: line });
  }
  for (const row of rows) {
    const cells = trimTrailingEmpty(row.cells);
    if (cells.length === 0) continue;
    if (cells.length === 1) {
      blocks.push({ kind: 'text', text: cells[0].text.trim(), line: row.line, endLine: row.endLine });
      continue;
    }
    blocks.push({ kind: 'row', cells, line: row.line, endLine: row.endLine });
  }
  return padTables(blocks);
}
