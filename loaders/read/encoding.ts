// Decodes text files. Staff save lists as UTF-8 (with or without BOM) or, from
// Chinese Windows, as GBK/GB18030. Valid UTF-8 wins: a GBK byte stream of Chinese
// text is almost never valid UTF-8, while UTF-8 text would decode as GB18030 mojibake.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ReadError } from './errors';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** A damaged character that was dropped or replaced so the rest of the file could load. */
export interface TextDamage {
  line: number;
  code: 'CONTROL_CHARACTER' | 'CHARACTER_UNREADABLE';
  message: string;
  raw: string;
}

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  damage: TextDamage[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** Control characters other than TAB, LF, CR, FF, and undecodable bytes (U+FFFD). A few are
 *  damage (Word writes its manual line break as \x0b; a file cut mid-character ends in one);
 *  many are binary data, not a list. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
const DAMAGED = /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/g;
/** More damaged characters than this (absolute, or per thousand characters) and the file is unreadable. */
const MAX_DAMAGED = 64;
const MAX_DAMAGED_PER_MILLE = 2;
/** Diagnostics listed one by one; the rest are counted in the last one. */
const MAX_DAMAGE_REPORTS = 10;

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

function damagedCount(text: string): number {
  return text.match(DAMAGED)?.length ?? 0;
}

/** A few damaged characters in a small file are still damage (a cut last character in a
 *  one-table list), as long as they are a small share of it. */
const FEW_DAMAGED = 8;

function tooDamaged(text: string): boolean {
  const n = damagedCount(text);
  if (n === 0) return false;
  if (n > MAX_DAMAGED) return true;
  return n * 1000 > text.length * MAX_DAMAGED_PER_MILLE && !(n <= FEW_DAMAGED && n * 20 <= text.length);
}

/** Replaces each damaged character (a control character by a space, an undecodable byte by
 *  nothing) and says where it was, so one stray byte costs a warning, not the file. */
function repaired(text: string): { text: string; damage: TextDamage[] } {
  const damage: TextDamage[] = [];
  let count = 0;
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  const lineAt = (index: number): void => {
    for (; scanned < index; scanned++) {
      const c = text.charCodeAt(scanned);
      if (c === 10 || (c === 13 && text.charCodeAt(scanned + 1) !== 10)) {
        line++;
        lineStart = scanned + 1;
      }
    }
  };
  const out = text.replace(DAMAGED, (char, index: number) => {
    count++;
    lineAt(index);
    if (damage.length < MAX_DAMAGE_REPORTS) {
      const end = text.slice(lineStart).search(/\r|\n/);
      const raw = text.slice(lineStart, end < 0 ? undefined : lineStart + end).slice(0, 120);
      const unreadable = char === '\ufffd';
      damage.push({
        line,
        code: unreadable ? 'CHARACTER_UNREADABLE' : 'CONTROL_CHARACTER',
        message: unreadable
          ? '此处有无法解码的字节（文件可能被截断或损坏），已删去该字符，其余内容照常读取'
          : `此处有控制字符 U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}（如 Word 的手动换行符），已换成空格`,
        raw,
      });
    }
    return char === '\ufffd' ? '' : ' ';
  });
  if (count > damage.length) {
    const last = damage[damage.length - 1];
    last.message += `；全文共 ${count} 处，只列出前 ${damage.length} 处`;
  }
  return { text: out, damage };
}

function unreadable(file: string, bytes: Uint8Array): ReadError {
  const guess = chardet.detect(bytes);
  const hint = guess ? `（检测结果像是 ${guess}）` : '';
  return new ReadError(
    'ENCODING_UNKNOWN',
    file,
    `文件 ${file} 的编码无法识别：既不是 UTF-8 也不是 GB18030/GBK${hint}，请另存为 UTF-8 后再导入`,
  );
}

function checked(file: string, bytes: Uint8Array, text: string, encoding: TextEncoding): DecodedText {
  if (tooDamaged(text)) throw unreadable(file, bytes);
  return { ...repaired(text), encoding };
}

export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (startsWith(bytes, UTF8_BOM)) return checked(file, bytes, new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8-bom');
  if (startsWith(bytes, [0xff, 0xfe])) return checked(file, bytes, new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return checked(file, bytes, new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null) return checked(file, bytes, utf8, 'utf-8');
  // Nearly valid UTF-8 (cut mid-character, a flipped byte) is UTF-8 with damage, not GBK.
  const lenient = new TextDecoder('utf-8').decode(bytes);
  if (!tooDamaged(lenient)) return checked(file, bytes, lenient, 'utf-8');
  return checked(file, bytes, iconv.decode(Buffer.from(bytes), 'gb18030'), 'gb18030');
}
