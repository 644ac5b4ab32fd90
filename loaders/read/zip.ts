// A bounded reader for the zip container of .docx and .xlsx. It reads the central
// directory itself, so every entry's declared size is known before anything is
// inflated, and inflates with a hard cap on the output (zlib's maxOutputLength), so a
// zip bomb stops at the limit instead of filling memory. Sizes that lie (more bytes
// than declared) are refused too.
import { inflateRawSync } from 'node:zlib';
import { limitExceeded, type ParseLimits } from '../limits';
import { ReadError } from './errors';

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** A zip64 size or offset: more than this reader is willing to handle in a list document. */
const ZIP64_MARK = 0xffffffff;

export class BoundedZip {
  private readonly entries = new Map<string, ZipEntry>();
  private inflated = 0;

  private constructor(
    private readonly bytes: Uint8Array,
    readonly file: string,
    private readonly limits: ParseLimits,
  ) {}

  /** Reads the directory; refuses the file when its declared sizes add up to more than the limit. */
  static open(bytes: Uint8Array, file: string, limits: ParseLimits): BoundedZip {
    const zip = new BoundedZip(bytes, file, limits);
    zip.readDirectory();
    return zip;
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's bytes, inflated within what is left of the decompression budget. */
  read(name: string): Uint8Array {
    const entry = this.entries.get(name);
    if (!entry) throw this.broken(`缺少 ${name}`);
    const view = this.view();
    const at = entry.localOffset;
    if (at + 30 > this.bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) throw this.broken(`${name} 的本地文件头损坏`);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw this.broken(`${name} 的数据被截断`);
    const compressed = this.bytes.subarray(start, end);
    // Inflating stops one byte past the declared size (or the budget): a lying header costs nothing.
    const cap = Math.min(this.limits.decompressedBytes - this.inflated, entry.uncompressedSize) + 1;
    const larger = (): ReadError =>
      limitExceeded(this.file, this.limits, 'decompressedBytes', `解压后超过声明的 ${entry.uncompressedSize} 字节`, `解压 ${name} 时`);
    let out: Uint8Array;
    if (entry.method === 0) {
      out = compressed;
    } else if (entry.method === 8) {
      try {
        out = inflateRawSync(compressed, { maxOutputLength: cap });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw larger();
        throw this.broken(`${name} 无法解压：${(error as Error).message}`);
      }
    } else {
      throw this.broken(`${name} 使用了不支持的压缩方式 ${entry.method}`);
    }
    if (out.length > entry.uncompressedSize) throw larger();
    this.inflated += out.length;
    if (this.inflated > this.limits.decompressedBytes) {
      throw limitExceeded(this.file, this.limits, 'decompressedBytes', `超过 ${this.limits.decompressedBytes}`, `解压 ${name} 时`);
    }
    return out;
  }

  readText(name: string): string {
    return new TextDecoder('utf-8').decode(this.read(name));
  }

  private view(): DataView {
    return new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
  }

  private broken(why: string): ReadError {
    return new ReadError('FORMAT_BROKEN', this.file, `文件 ${this.file} 是损坏的压缩包（${why}）`);
  }

  private readDirectory(): void {
    const view = this.view();
    const length = this.bytes.length;
    let eocd = -1;
    for (let i = length - 22; i >= Math.max(0, length - 22 - 0xffff); i--) {
      if (view.getUint32(i, true) === EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw this.broken('找不到中央目录');
    const count = view.getUint16(eocd + 10, true);
    let at = view.getUint32(eocd + 16, true);
    let declared = 0;
    for (let n = 0; n < count; n++) {
      if (at + 46 > length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw this.broken('中央目录损坏');
      const nameLength = view.getUint16(at + 28, true);
      const entry: ZipEntry = {
        flags: view.getUint16(at + 8, true),
        method: view.getUint16(at + 10, true),
        compressedSize: view.getUint32(at + 20, true),
        uncompressedSize: view.getUint32(at + 24, true),
        localOffset: view.getUint32(at + 42, true),
        name: new TextDecoder('utf-8').decode(this.bytes.subarray(at + 46, at + 46 + nameLength)),
      };
      if ([entry.compressedSize, entry.uncompressedSize, entry.localOffset].includes(ZIP64_MARK)) {
        throw limitExceeded(this.file, this.limits, 'decompressedBytes', '为 ZIP64 大文件', entry.name);
      }
      if (entry.flags & 1) throw this.broken(`${entry.name} 已加密`);
      declared += entry.uncompressedSize;
      if (declared > this.limits.decompressedBytes) {
        throw limitExceeded(this.file, this.limits, 'decompressedBytes', `声明为 ${declared} 以上`, entry.name);
      }
      if (!this.entries.has(entry.name)) this.entries.set(entry.name, entry);
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
  }
}
