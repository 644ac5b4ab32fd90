import { listDateLabel } from '../../domain/list-date.js';
import type { ListDate as ListDateRecord } from '../../domain/records.js';
import { type SourceTitle, type SourceTitleLookup, sourceTitles } from '../../graph/documents/titles.js';
import { documentLines, documentNamed, type NamedDocument, recordEndLine } from '../../graph/documents/text.js';
import { apiError } from '../errors.js';
import type { ListDate } from './list-date.type.js';
import type { SourceText } from './source-text.type.js';
import type { Source } from './source.type.js';

/** One lookup per request: every Source of an answer shares one graph version read. */
const perRequest = new WeakMap<object, Promise<SourceTitleLookup>>();

export async function sourceTitle(ctx: object, source: Pick<Source, 'file' | 'line'>): Promise<SourceTitle> {
  let lookup = perRequest.get(ctx);
  if (!lookup) {
    lookup = sourceTitles();
    perRequest.set(ctx, lookup);
    lookup.catch(() => perRequest.delete(ctx));
  }
  return (await lookup)(source.file, source.line);
}

/** A list's date as the API shows it, with its Chinese label (2016年3月15日, 日期不详). */
export function listDateView(d: ListDateRecord): ListDate {
  return { year: d.year, date: d.date, origin: d.origin, line: d.line, label: listDateLabel(d) };
}

/** The date of the list holding a line (line 0: the document's own date), from the per-request lookup. */
export async function sourceListDate(ctx: object, source: Pick<Source, 'file' | 'line'>): Promise<ListDate> {
  return listDateView((await sourceTitle(ctx, source)).listDate);
}

export const SOURCE_TEXT_DEFAULTS = { before: 8, after: 12, max: 100 } as const;

function span(value: number | null | undefined, fallback: number, argumentName: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > SOURCE_TEXT_DEFAULTS.max) {
    throw apiError('BAD_USER_INPUT', `参数 ${argumentName} 必须在 0 到 ${SOURCE_TEXT_DEFAULTS.max} 之间，收到 ${n}`, { argumentName });
  }
  return n;
}

/** The document a name denotes (key, file as loaded, or the file name answers show), else BAD_USER_INPUT. */
export async function namedDocument(name: string, argumentName: string): Promise<NamedDocument | null> {
  const match = await documentNamed(name);
  if (match.kind === 'ambiguous') {
    // Folder and file name only: the server's paths are nobody's business outside it (api/server.ts).
    const files = match.files.map((f) => f.split('/').slice(-2).join('/')).join('、');
    throw apiError('BAD_USER_INPUT', `“${name}”对应 ${match.files.length} 个已加载的文件（${files}），请写明所在目录`, {
      argumentName,
    });
  }
  return match.kind === 'found' ? match.document : null;
}

export async function sourceText(
  ctx: object,
  args: { file: string; line: number; before: number | null; after: number | null },
): Promise<SourceText> {
  const before = span(args.before, SOURCE_TEXT_DEFAULTS.before, 'before');
  const after = span(args.after, SOURCE_TEXT_DEFAULTS.after, 'after');
  const document = await namedDocument(args.file, 'file');
  if (!document) throw apiError('BAD_USER_INPUT', `没有已加载的文件“${args.file}”`, { argumentName: 'file' });
  if (document.textLines === null) {
    throw apiError('BAD_USER_INPUT', `文件“${args.file}”加载时未保存原文，请重新加载该文件`, { argumentName: 'file' });
  }
  if (!Number.isInteger(args.line) || args.line < 1 || args.line > document.textLines) {
    throw apiError('BAD_USER_INPUT', `行号 ${args.line} 超出文件“${args.file}”的范围（1–${document.textLines}）`, {
      argumentName: 'line',
    });
  }
  const endLine = await recordEndLine(document.key, args.line);
  const from = Math.max(1, args.line - before);
  // A record's own lines are shown whole, up to `max` of them (a duty may run for pages).
  const recordEnd = Math.min(endLine ?? args.line, args.line + SOURCE_TEXT_DEFAULTS.max);
  const to = Math.min(document.textLines, recordEnd + after);
  const [lines, titled] = await Promise.all([
    documentLines(document.key, from, to),
    sourceTitle(ctx, { file: document.key, line: args.line }),
  ]);
  const { title, department } = titled;
  return { file: document.file, title, department, line: args.line, endLine, lineCount: document.textLines, lines };
}
