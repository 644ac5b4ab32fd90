// readDocument: bytes of one file → blocks, dispatching on magic bytes first (a .docx
// renamed .txt is still a .docx) and on the extension for plain text formats.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReadDocument } from '../blocks';
import { CellBudget, DEFAULT_LIMITS, limitExceeded, type ParseLimits } from '../limits';
import { tokenize } from '../tokenize';
import { csvToBlocks } from './csv';
import { readDocxBlocks } from './docx';
import { decodeText } from './encoding';
import { ReadError } from './errors';
import { linesOfText } from './source-lines';
import { readXlsxBlocks } from './xlsx';
import { BoundedZip } from './zip';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: legacy .doc/.xls. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function hasMagic(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function zipFormat(zip: BoundedZip, file: string): 'docx' | 'xlsx' {
  if (zip.has('word/document.xml')) return 'docx';
  if (zip.has('xl/workbook.xml')) return 'xlsx';
  throw new ReadError('FORMAT_UNSUPPORTED', file, `文件 ${file} 是压缩包，但既不是 .docx 也不是 .xlsx`);
}

/** Reads already-loaded bytes; `file` is the name used in every source reference. Every
 *  reader works within `limits` and refuses the file (LIMIT_EXCEEDED) beyond them. */
export async function readDocumentBytes(bytes: Uint8Array, file: string, limits: ParseLimits = DEFAULT_LIMITS): Promise<ReadDocument> {
  if (bytes.length > limits.fileBytes) throw limitExceeded(file, limits, 'fileBytes', ` ${bytes.length}`);
  if (hasMagic(bytes, OLE_MAGIC)) {
    throw new ReadError('FORMAT_UNSUPPORTED', file, `文件 ${file} 是旧版 Word/Excel 格式（.doc/.xls），请另存为 .docx 或 .xlsx 后再导入`);
  }
  if (hasMagic(bytes, ZIP_MAGIC)) {
    const zip = BoundedZip.open(bytes, file, limits);
    const format = zipFormat(zip, file);
    const blocks = format === 'docx' ? readDocxBlocks(zip, file, limits) : await readXlsxBlocks(zip, bytes, file, limits);
    return { file, format, encoding: null, blocks };
  }
  const { text, encoding, damage } = decodeText(bytes, file);
  const budget = new CellBudget(file, limits);
  const sourceLines = linesOfText(text);
  if (path.extname(file).toLowerCase() === '.csv')
    return { file, format: 'csv', encoding, blocks: csvToBlocks(text, budget), sourceLines, damage };
  return { file, format: 'txt', encoding, blocks: tokenize(text, budget), sourceLines, damage };
}

/** The file's bytes; a file that cannot be read is a ReadError naming it. */
export async function readFileBytes(filePath: string, file = filePath): Promise<Uint8Array> {
  try {
    return await readFile(filePath);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : (error as Error).message;
    throw new ReadError('FILE_UNREADABLE', file, `无法读取文件 ${file}：${reason}`);
  }
}

export async function readDocument(filePath: string, displayName?: string, limits: ParseLimits = DEFAULT_LIMITS): Promise<ReadDocument> {
  const file = displayName ?? filePath;
  return readDocumentBytes(await readFileBytes(filePath, file), file, limits);
}
