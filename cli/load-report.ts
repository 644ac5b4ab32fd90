// The load report a person reads before anything is written: per-department counts, every
// diagnostic with file:line, and one summary line. `npm run load` prints it (cli/load.ts);
// the upload API returns it as JSON before an upload is committed (api/upload). One report,
// from the same loader run, for both.
import type { Severity } from '../domain/records';
import { DEFAULT_LIMITS } from '../loaders/limits';
import { loadDocuments, type LoadRun } from '../loaders/load';
import { countBySeverity, type DepartmentSummary, sortDiagnostics, summarise } from '../loaders/summary';

/** The largest file the loader reads (loaders/limits.ts): the upload API's body limit too. */
export const MAX_FILE_BYTES = DEFAULT_LIMITS.fileBytes;

export interface ReportedDiagnostic {
  severity: Severity;
  code: string;
  message: string;
  file: string;
  line: number;
  raw: string;
}

export interface LoadReport {
  departments: DepartmentSummary[];
  /** Totals over all departments. */
  records: { departments: number; duties: number; matters: number; assignments: number; services: number };
  /** Errors first, then warnings, then notes; by file and line within each. */
  diagnostics: ReportedDiagnostic[];
  /** Diagnostics beyond `maxDiagnostics`, not listed (a damaged file can report thousands of rows). */
  diagnosticsOmitted: number;
  counts: Record<Severity, number>;
  /** The CLI's closing line: documents, departments, errors, warnings, notes, agency merges. */
  summary: string;
  /** Any error (or under strict, any warning): the load must not be written (LoadRun.failed). */
  failed: boolean;
}

/** `共 N 个文档、M 个部门；错误 …，警告 …，提示 …（单位合并 … 组）`. */
export function summaryLine(run: LoadRun, strict = false): string {
  const counts = countBySeverity(run.result.diagnostics);
  const merges = run.result.diagnostics.filter((d) => d.code === 'AGENCY_MERGED').length;
  return (
    `共 ${run.documents.length} 个文档、${run.result.departments.length} 个部门；` +
    `错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info}（单位合并 ${merges} 组）` +
    (strict ? '；严格模式' : '')
  );
}

export interface ReportOptions {
  strict?: boolean;
  /** How a file is named in the report (the upload API names the uploaded file, not where it is staged). */
  rename?: (text: string) => string;
  maxDiagnostics?: number;
}

export function loadReport(run: LoadRun, options: ReportOptions = {}): LoadReport {
  const rename = options.rename ?? ((text: string) => text);
  const departments = summarise(run.result);
  const sorted = sortDiagnostics(run.result.diagnostics);
  const max = options.maxDiagnostics ?? sorted.length;
  const sum = (pick: (d: DepartmentSummary) => number) => departments.reduce((n, d) => n + pick(d), 0);
  return {
    departments,
    records: {
      departments: departments.length,
      duties: sum((d) => d.duties),
      matters: sum((d) => d.matters),
      assignments: sum((d) => d.assignments),
      services: sum((d) => d.services),
    },
    diagnostics: sorted.slice(0, max).map((d) => ({
      severity: d.severity,
      code: d.code,
      message: rename(d.message),
      file: rename(d.file),
      line: d.line,
      raw: d.raw,
    })),
    diagnosticsOmitted: Math.max(0, sorted.length - max),
    counts: countBySeverity(run.result.diagnostics),
    summary: rename(summaryLine(run, options.strict)),
    failed: run.failed,
  };
}

/** Parses one file exactly as `npm run load -- --dry-run` does; writes nothing. */
export function parseFile(file: string): Promise<LoadRun> {
  return loadDocuments([file]);
}
