// Reads a succession table file (CSV or TSV, UTF-8 or GB18030) into rows of cells by column
// header, each with its line: the first non-empty row is the header (辖区, 类型, 原机构, 承接机构,
// 生效日期, 依据文件, 发文机关, 文件日期, 文号 …: docs/succession.md). Pure apart from the bytes.
import type { SuccessionTableRow } from '../domain/succession/table';
import { parseCsv } from '../loaders/read/csv';
import { decodeText } from '../loaders/read/encoding';

export interface SuccessionTableFile {
  rows: SuccessionTableRow[];
  /** Rows that could not be read, by line. */
  problems: Array<{ line: number; message: string }>;
}

export function readSuccessionTable(bytes: Uint8Array, file: string): SuccessionTableFile {
  const { text, damage } = decodeText(bytes, file);
  const problems = damage.map((d) => ({ line: d.line, message: d.message }));
  const tsv = /\.tsv$/i.test(file) || (!/\.csv$/i.test(file) && (text.split('\n')[0] ?? '').includes('\t'));
  const sheet = tsv ? tabRows(text) : parseCsv(text).map((r) => ({ line: r.line, cells: r.cells.map((c) => c.text) }));
  const filled = sheet.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [header, ...body] = filled;
  if (!header)
    return {
      rows: [],
      problems: [...problems, { line: 1, message: '表格为空：第一行应为表头（辖区、类型、原机构、承接机构、生效日期、依据文件……）' }],
    };
  const columns = header.cells.map((c) => c.trim());
  const rows = body.map((r) => {
    if (r.cells.length > columns.length)
      problems.push({ line: r.line, message: `第${r.line}行：比表头多 ${r.cells.length - columns.length} 列` });
    return { line: r.line, cells: Object.fromEntries(columns.map((c, i) => [c, (r.cells[i] ?? '').trim()])) };
  });
  return { rows, problems };
}

function tabRows(text: string): Array<{ line: number; cells: string[] }> {
  return text.split(/\r?\n/).map((line, i) => ({ line: i + 1, cells: line.split('\t') }));
}
