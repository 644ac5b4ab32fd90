// Reads .xlsx workbooks with exceljs: every sheet row becomes a row block (line = row
// number); a merged range keeps its value on the first cell only, like a vertically
// merged Word cell in the text export; a sheet's own name heads its blocks unless it
// is a default name (Sheet1, 工作表1). exceljs builds the whole workbook in memory, so
// every XML part is inflated and checked first (size, DOCTYPE, depth, rows, cells).
import ExcelJS from 'exceljs';
import type { Block, Cell } from '../blocks';
import { CellBudget, type ParseLimits } from '../limits';
import { ReadError } from './errors';
import { sheetRowsToBlocks, type SheetRow } from './sheet-rows';
import { guardXml } from './xml-guard';
import type { BoundedZip } from './zip';

const DEFAULT_SHEET_NAME = /^(sheet|工作表)\s*\d*$/i;

function cellText(cell: ExcelJS.Cell): string {
  if (cell.isMerged && cell.master.address !== cell.address) return '';
  return (cell.text ?? '').replace(/\r\n?/g, '\n');
}

function sheetRows(sheet: ExcelJS.Worksheet, budget: CellBudget): SheetRow[] {
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // cellCount is the last used column: one cell in column XFD makes 16384.
    budget.row(row.cellCount, `工作表“${sheet.name}”第 ${rowNumber} 行`);
    const cells: Cell[] = [];
    for (let col = 1; col <= row.cellCount; col++) {
      cells.push({ text: cellText(row.getCell(col)), line: rowNumber, endLine: rowNumber });
    }
    rows.push({ line: rowNumber, endLine: rowNumber, cells });
  });
  return rows;
}

export async function readXlsxBlocks(zip: BoundedZip, bytes: Uint8Array, file: string, limits: ParseLimits): Promise<Block[]> {
  for (const name of zip.names()) {
    if (/\.(?:xml|rels)$/i.test(name)) guardXml(zip.readText(name), file, name, limits);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    throw new ReadError('FORMAT_BROKEN', file, `文件 ${file} 不是有效的 .xlsx（${(error as Error).message}）`);
  }
  const budget = new CellBudget(file, limits);
  return workbook.worksheets.flatMap((sheet) =>
    sheetRowsToBlocks(sheetRows(sheet, budget), DEFAULT_SHEET_NAME.test(sheet.name.trim()) ? undefined : sheet.name.trim()),
  );
}
