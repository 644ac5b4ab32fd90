// How much of one file the loader is willing to read. A responsibility list is a few
// hundred kilobytes of text and a few thousand table rows; anything far beyond that is a
// damaged or hostile file. Every reader checks these while it reads (never after the
// memory is spent) and refuses that file with a LIMIT_EXCEEDED error naming the limit;
// the other files of the load go on.
import { ReadError } from './read/errors';

export interface ParseLimits {
  /** Bytes of the file itself. */
  fileBytes: number;
  /** Bytes after decompression, over all entries of a .docx/.xlsx (declared and actual). */
  decompressedBytes: number;
  /** Nesting depth of XML elements. */
  xmlDepth: number;
  /** gridSpan / gridBefore / gridAfter of one .docx cell or row. */
  gridSpan: number;
  /** Cells in one table row (after spans are expanded). */
  cellsPerRow: number;
  /** Rows (or paragraphs, or text lines) in one document or sheet. */
  rows: number;
  /** Cells in the whole file. */
  cells: number;
}

export const DEFAULT_LIMITS: Readonly<ParseLimits> = {
  fileBytes: 32 * 1024 * 1024,
  decompressedBytes: 64 * 1024 * 1024,
  xmlDepth: 128,
  gridSpan: 64,
  cellsPerRow: 256,
  rows: 100_000,
  cells: 1_000_000,
};

/** What each limit is called in a message. */
const LIMIT_NAMES: Record<keyof ParseLimits, string> = {
  fileBytes: '文件大小（字节）',
  decompressedBytes: '解压后大小（字节）',
  xmlDepth: 'XML 嵌套层数',
  gridSpan: '单元格跨列数（gridSpan/gridBefore）',
  cellsPerRow: '每行单元格数',
  rows: '行数（段落数）',
  cells: '单元格总数',
};

/** The error that refuses a file for going over `limit`; `found` says by how much, `where` where. */
export function limitExceeded(file: string, limits: ParseLimits, limit: keyof ParseLimits, found: string, where = ''): ReadError {
  const at = where ? `（${where}）` : '';
  return new ReadError(
    'LIMIT_EXCEEDED',
    file,
    `文件 ${file} 超出读取限制：${LIMIT_NAMES[limit]}上限为 ${limits[limit]}，实际${found}${at}；为防止损坏或恶意文件耗尽内存，已拒绝整个文件`,
  );
}

/** Counts rows and cells while a reader produces them; throws the limit's ReadError at once. */
export class CellBudget {
  private rowCount = 0;
  private cellCount = 0;

  constructor(
    readonly file: string,
    readonly limits: ParseLimits,
  ) {}

  row(cells: number, where = ''): void {
    this.rowCount++;
    if (this.rowCount > this.limits.rows) throw limitExceeded(this.file, this.limits, 'rows', `超过 ${this.limits.rows}`, where);
    this.addCells(cells, where);
  }

  addCells(cells: number, where = ''): void {
    if (cells > this.limits.cellsPerRow) throw limitExceeded(this.file, this.limits, 'cellsPerRow', ` ${cells}`, where);
    this.cellCount += cells;
    if (this.cellCount > this.limits.cells) throw limitExceeded(this.file, this.limits, 'cells', `超过 ${this.limits.cells}`, where);
  }

  /** A span (gridSpan, gridBefore) read from the file, checked before anything is allocated for it. */
  span(value: number, where = ''): number {
    if (!Number.isFinite(value) || value > this.limits.gridSpan) {
      throw limitExceeded(this.file, this.limits, 'gridSpan', ` ${value}`, where);
    }
    return Math.max(0, Math.floor(value));
  }
}
