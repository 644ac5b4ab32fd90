// The name an uploaded list is stored under. The document's identity in the graph is its
// path (graph/writer.ts documentKey), so the name decides whether an upload creates a new
// document or replaces one: it must be a plain file name in the uploads directory, never
// a path out of it.
import { apiError } from '../errors.js';

/** The formats the loader reads, by extension (the extension decides the reader). */
export const UPLOAD_EXTENSIONS = ['.txt', '.docx', '.xlsx', '.csv'] as const;

/** Characters of a name: well under the 255 bytes a file system allows, with room for CJK. */
export const MAX_NAME_LENGTH = 80;

/**
 * The last segment of what the client sent (browsers may send C:\fakepath\x.txt), without
 * control characters and surrounding blanks; refused when empty, hidden (leading dot: also
 * `.` and `..`), too long, or not a list format.
 */
export function uploadName(raw: unknown): string {
  if (typeof raw !== 'string' || raw.trim() === '') {
    throw apiError('BAD_USER_INPUT', '缺少文件名：请在 name 参数中给出，例如 ?name=蒸湘区卫生局责任清单.docx', { argumentName: 'name' });
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
  const name = (raw.split(/[/\\]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (name === '' || name.startsWith('.')) {
    throw apiError('BAD_USER_INPUT', `文件名 “${raw.slice(0, MAX_NAME_LENGTH)}” 无效`, { argumentName: 'name' });
  }
  if ([...name].length > MAX_NAME_LENGTH) {
    throw apiError('BAD_USER_INPUT', `文件名过长：最多 ${MAX_NAME_LENGTH} 个字符`, { argumentName: 'name' });
  }
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot).toLowerCase() : '';
  if (!(UPLOAD_EXTENSIONS as readonly string[]).includes(extension)) {
    throw apiError('BAD_USER_INPUT', `不支持的文件类型 “${extension || '（无扩展名）'}”：只接受 ${UPLOAD_EXTENSIONS.join('、')} 文件`, {
      argumentName: 'name',
    });
  }
  return name;
}
