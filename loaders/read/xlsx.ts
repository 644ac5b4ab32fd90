// Reads .xlsx workbooks with exceljs: every sheet row becomes a row block (line = row
// number); a merged range keeps its value on the first cell only, like a vertically
// merged Word cell in the text export; a sheet's own name heads its blocks unless it
// is a default name (Sheet1, 工作表1).
import ExcelJS from 'exceljs';
import type { Block, Cell } from '../blocks';
import { ReadError } from './errors';
import { sheetRowsToBlocks, type SheetRow } from './sheet-rows';

const DEFAULT_SHEET_NAME = /^(sheet|工作表)\s*\d*$/i;

function cellText(cell: ExcelJS.Cell): string {
  if (cell.isMerged && cell.master.address !== cell.address) return '';
  return (cell.text ?? '').replace(/\r\n?/g, '\n');
}

function sheetRows(sheet: ExcelJS.Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let col = 1; col <= row.cellCount; col++) {
      cells.push({ text: cellText(row.getCell(col)), line: rowNumber, endLine: rowNumber });
    }
    rows.push({ line: rowNumber, endLine: rowNumber, cells });
  });
  return rows;
}

export async function readXlsxBlocks(bytes: Uint8Array, file: string): Promise<Block[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    throw new ReadError('FORMAT_BROKEN', file, `文件 ${file} 不是有效的 .xlsx（${(error as Error).message}）`);
  }
  return workbook.worksheets.flatMap((sheet) =>
    sheetRowsToBlocks(sheetRows(sheet), DEFAULT_SHEET_NAME.test(sheet.name.trim()) ? undefined : sheet.name.trim()),
  );
}
