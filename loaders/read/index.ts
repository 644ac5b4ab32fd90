// readDocument: bytes of one file → blocks, dispatching on magic bytes first (a .docx
// renamed .txt is still a .docx) and on the extension for plain text formats.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import type { ReadDocument } from '../blocks';
import { tokenize } from '../tokenize';
import { csvToBlocks } from './csv';
import { readDocxBlocks } from './docx';
import { decodeText } from './encoding';
import { ReadError } from './errors';
import { readXlsxBlocks } from './xlsx';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: legacy .doc/.xls. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function hasMagic(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

async function zipFormat(bytes: Uint8Array, file: string): Promise<'docx' | 'xlsx'> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new ReadError('FORMAT_BROKEN', file, `文件 ${file} 是损坏的压缩包（${(error as Error).message}）`);
  }
  if (zip.file('word/document.xml')) return 'docx';
  if (zip.file('xl/workbook.xml')) return 'xlsx';
  throw new ReadError('FORMAT_UNSUPPORTED', file, `文件 ${file} 是压缩包，但既不是 .docx 也不是 .xlsx`);
}

/** Reads already-loaded bytes; `file` is the name used in every source reference. */
export async function readDocumentBytes(bytes: Uint8Array, file: string): Promise<ReadDocument> {
  if (hasMagic(bytes, OLE_MAGIC)) {
    throw new ReadError('FORMAT_UNSUPPORTED', file, `文件 ${file} 是旧版 Word/Excel 格式（.doc/.xls），请另存为 .docx 或 .xlsx 后再导入`);
  }
  if (hasMagic(bytes, ZIP_MAGIC)) {
    const format = await zipFormat(bytes, file);
    const blocks = format === 'docx' ? await readDocxBlocks(bytes, file) : await readXlsxBlocks(bytes, file);
    return { file, format, encoding: null, blocks };
  }
  const { text, encoding } = decodeText(bytes, file);
  if (path.extname(file).toLowerCase() === '.csv') return { file, format: 'csv', encoding, blocks: csvToBlocks(text) };
  return { file, format: 'txt', encoding, blocks: tokenize(text) };
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

export async function readDocument(filePath: string, displayName?: string): Promise<ReadDocument> {
  const file = displayName ?? filePath;
  return readDocumentBytes(await readFileBytes(filePath, file), file);
}
