// The loader pipeline: read every file → parse it into departments → canonicalise
// agencies across all departments of a jurisdiction. Pure apart from reading the
// files: nothing here touches Neo4j. A file that cannot be read or parsed becomes
// an error diagnostic naming it, and the other files still load: whatever a reader or
// the parser throws on one file (a limit, a broken zip, a bug) stays with that file.
import { createHash } from 'node:crypto';
import { UNKNOWN_LIST_DATE } from '../domain/list-date';
import type { DocumentInfo } from '../domain/records';
import type { ReadDocument } from './blocks';
import { DEFAULT_LIMITS, type ParseLimits } from './limits';
import { resolveAgencies } from './normalise/agencies';
import { parseDocument } from './parse/index';
import { documentTitle } from './parse/title';
import { datesWithGiven } from './parse/given-date';
import { linesOfBlocks } from './read/source-lines';
import { readDocumentBytes, readFileBytes } from './read/index';
import { ReadError } from './read/errors';
import type { Department, Diagnostic, LoadResult } from '../domain/records';
import type { Jurisdiction } from '../domain/jurisdiction';

export interface LoadOptions {
  /** Department name for files whose list has no title. */
  department?: string;
  /** Province/city/county for files whose list has no title. */
  jurisdiction?: Partial<Jurisdiction>;
  /**
   * The date of lists whose text states none (`--as-of 2016`, YYYY[-MM[-DD]], checked by
   * domain/list-date.ts `calendarDate`): recorded with origin 'given'. A date in the text wins.
   */
  asOf?: string;
  /** Strict mode: any warning fails the load (see `failed`). */
  strict?: boolean;
  /** How much of one file the readers accept (defaults: DEFAULT_LIMITS). */
  limits?: Partial<ParseLimits>;
  /** Called after each file is read and parsed. */
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface LoadRun {
  result: LoadResult;
  /** The documents that could be read, in argument order (the graph writer needs them). */
  documents: DocumentInfo[];
  /** Any error, or under `strict` any warning: the load must not be written. */
  failed: boolean;
}

function fileError(file: string, code: string, message: string): Diagnostic {
  return { file, line: 0, severity: 'error', code, message, raw: '' };
}

export interface FileOutcome {
  document: DocumentInfo | null;
  departments: Department[];
  diagnostics: Diagnostic[];
}

/** Reads and parses one file; agencies are not resolved yet (that needs its neighbours: resolveRun). */
export async function loadOne(file: string, options: LoadOptions): Promise<FileOutcome> {
  let read: ReadDocument;
  let document: DocumentInfo;
  try {
    // The bytes are read once: the parser reads them, the writer compares their hash.
    const bytes = await readFileBytes(file);
    read = await readDocumentBytes(bytes, file, { ...DEFAULT_LIMITS, ...options.limits });
    document = documentInfo(read, bytes);
  } catch (error) {
    if (error instanceof ReadError) {
      return { document: null, departments: [], diagnostics: [fileError(file, error.code, error.message)] };
    }
    // A reader bug (or a stack overflow on a pathological file) is that file's error only.
    const message = `读取文件 ${file} 时程序出错：${(error as Error)?.message ?? String(error)}`;
    return { document: null, departments: [], diagnostics: [fileError(file, 'READ_FAILED', message)] };
  }
  const damage: Diagnostic[] = (read.damage ?? []).map((d) => ({ file, severity: 'warning', ...d }));
  let parsed: ReturnType<typeof parseDocument>;
  try {
    parsed = parseDocument(read, { department: options.department, jurisdiction: options.jurisdiction });
  } catch (error) {
    // A parser exception is a bug, but one bad file must not take the others down with it.
    const message = `解析文件 ${file} 时程序出错：${(error as Error)?.message ?? String(error)}`;
    return { document, departments: [], diagnostics: [...damage, fileError(file, 'PARSE_FAILED', message)] };
  }
  const diagnostics = [...damage, ...parsed.diagnostics];
  Object.assign(document, documentTitle(parsed.departments));
  document.date = datesWithGiven(file, parsed.departments, options.asOf ?? null, diagnostics);
  const reportedError = diagnostics.some((d) => d.file === file && d.severity === 'error');
  if (parsed.departments.length === 0 && !reportedError) {
    diagnostics.push(fileError(file, 'NO_LIST_FOUND', `文件 ${file} 中没有找到可识别的责任清单`));
  }
  return { document, departments: parsed.departments, diagnostics };
}

/** What the graph stores about the file itself; its title comes from the parse (`documentTitle`). */
export function documentInfo(read: ReadDocument, bytes: Uint8Array): DocumentInfo {
  return {
    file: read.file,
    format: read.format,
    encoding: read.encoding,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    lines: read.blocks.reduce((max, b) => Math.max(max, b.endLine), 0),
    title: null,
    titleInferred: false,
    date: UNKNOWN_LIST_DATE,
    sourceLines: read.sourceLines ?? linesOfBlocks(read.blocks),
  };
}

/** Reads, parses and resolves `files`; `result` is the export contract of `--dry-run --json`. */
export async function loadDocuments(files: string[], options: LoadOptions = {}): Promise<LoadRun> {
  const outcomes: FileOutcome[] = [];
  for (const [index, file] of files.entries()) {
    outcomes.push(await loadOne(file, options));
    options.onProgress?.(index + 1, files.length, file);
  }
  return resolveRun(outcomes, options.strict);
}

/** Resolves agencies across the files' departments: one LoadRun, as if the files were loaded together. */
export function resolveRun(outcomes: FileOutcome[], strict?: boolean): LoadRun {
  const documents: DocumentInfo[] = [];
  const departments: Department[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const outcome of outcomes) {
    if (outcome.document) documents.push(outcome.document);
    departments.push(...outcome.departments);
    diagnostics.push(...outcome.diagnostics);
  }
  const resolved = resolveSafely(departments, diagnostics);
  const result: LoadResult = {
    departments: resolved.departments,
    agencyMerges: resolved.merges,
    diagnostics: [...diagnostics, ...resolved.diagnostics],
  };
  return { result, documents, failed: loadFailed(result, strict) };
}

/**
 * Agencies are resolved across files, so a bug there cannot be pinned on one file up front:
 * on an exception each file is resolved alone, and a file that still fails keeps its
 * departments out of the load with an error naming it (NORMALISE_FAILED).
 */
function resolveSafely(departments: Department[], diagnostics: Diagnostic[]): ReturnType<typeof resolveAgencies> {
  try {
    return resolveAgencies(departments);
  } catch {
    const files = [...new Set(departments.map((d) => d.source.file))];
    const kept = files.filter((file) => {
      try {
        resolveAgencies(departments.filter((d) => d.source.file === file));
        return true;
      } catch (error) {
        const message = `归并文件 ${file} 中的单位名称时程序出错：${(error as Error)?.message ?? String(error)}`;
        diagnostics.push(fileError(file, 'NORMALISE_FAILED', message));
        return false;
      }
    });
    const rest = departments.filter((d) => kept.includes(d.source.file));
    try {
      return resolveAgencies(rest);
    } catch (error) {
      // Only files together fail: load them unresolved rather than not at all, and say so.
      const message = `跨文件归并单位名称时程序出错，单位名称未归并：${(error as Error)?.message ?? String(error)}`;
      return { departments: rest, merges: [], diagnostics: [fileError(kept.join('、'), 'NORMALISE_FAILED', message)] };
    }
  }
}

export async function loadFiles(files: string[], options: LoadOptions = {}): Promise<LoadResult> {
  return (await loadDocuments(files, options)).result;
}

/** A load fails on any error, and in strict mode on any warning too. */
export function loadFailed(result: LoadResult, strict = false): boolean {
  return result.diagnostics.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
}
