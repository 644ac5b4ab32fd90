// Decodes text files. Staff save lists as UTF-8 (with or without BOM) or, from
// Chinese Windows, as GBK/GB18030. Valid UTF-8 wins: a GBK byte stream of Chinese
// text is almost never valid UTF-8, while UTF-8 text would decode as GB18030 mojibake.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ReadError } from './errors';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** Control characters other than TAB, LF, CR, FF: binary data, not a list. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
const BINARY_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f]/;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function unreadable(file: string, bytes: Uint8Array): ReadError {
  const guess = chardet.detect(bytes);
  const hint = guess ? `（检测结果像是 ${guess}）` : '';
  return new ReadError('ENCODING_UNKNOWN', file, `文件 ${file} 的编码无法识别：既不是 UTF-8 也不是 GB18030/GBK${hint}，请另存为 UTF-8 后再导入`);
}

function checked(file: string, bytes: Uint8Array, decoded: DecodedText): DecodedText {
  if (decoded.text.includes('\ufffd') || BINARY_CONTROL.test(decoded.text)) throw unreadable(file, bytes);
  return decoded;
}

export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (startsWith(bytes, UTF8_BOM)) {
    const text = decodeUtf8(bytes.subarray(3));
    if (text === null) throw unreadable(file, bytes);
    return checked(file, bytes, { text, encoding: 'utf-8-bom' });
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return checked(file, bytes, { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' });
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return checked(file, bytes, { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' });
  }
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null) return checked(file, bytes, { text: utf8, encoding: 'utf-8' });
  return checked(file, bytes, { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' });
}
