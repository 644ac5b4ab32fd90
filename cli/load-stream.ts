// The streamed load behind `npm run load`: files are read and parsed one at a time, cut into
// units of work (loaders/units.ts) and each unit is written in its own transaction
// (graph/writer.ts writeLoad), so memory stays bounded by one unit whatever the number of
// files and a failure or Ctrl-C loses at most the unit being written. Each file is atomic:
// its facts are committed with the rest of its unit or not at all. A rerun finds committed
// files unchanged and skips them.
import type { Diagnostic, Severity } from '../domain/records';
import type { DocumentStatus, WriteReport } from '../graph/writer';
import type { LoadOptions, LoadRun } from '../loaders/load';
import { type DepartmentSummary, summarise } from '../loaders/summary';
import { type LoadUnit, loadUnits } from '../loaders/units';
import type { LoadProgress } from './load-progress';
import type { FileStatus, ReportFile, ReportTally } from './load-report-file';

export interface StreamOptions {
  load: LoadOptions;
  batchRows: number;
  /** A file stored exactly as this parser writes it (sha256 + parse stamp): skipped unparsed. */
  unchanged?: (file: string) => boolean;
  /** Writes one unit in one transaction; absent for --dry-run. */
  write?: (run: LoadRun, signal: AbortSignal) => Promise<WriteReport>;
  signal: AbortSignal;
  progress: LoadProgress;
  tally: ReportTally;
  report: ReportFile | null;
  /** Per-file lines on the terminal (a small load, as before streaming). */
  log?: (line: string) => void;
  /** Keep every department summary and diagnostic for the terminal table (small loads only). */
  keepForTable: boolean;
}

export interface StreamOutcome {
  filesDone: number;
  /** Files whose unit was committed (created, replaced or found unchanged). */
  filesCommitted: number;
  /** Files skipped without parsing (already stored by this parser). */
  skipped: number;
  rowsWritten: number;
  units: number;
  documents: number;
  departments: number;
  merges: number;
  counts: Record<Severity, number>;
  /** Any error in the input (the exit code 1 case). */
  inputErrors: boolean;
  interrupted: boolean;
  /** The transaction that failed (database down): the load stopped there. */
  writeError?: Error;
  /** For the small-load table: kept only when `keepForTable`. */
  summaries: DepartmentSummary[];
  diagnostics: Diagnostic[];
}

const STATUS: Record<DocumentStatus, FileStatus> = { created: '新建', replaced: '替换', unchanged: '未变化' };

/** The unit's diagnostics by file; one naming no file of the unit stays with the unit's first file. */
function diagnosticsByFile(unit: LoadUnit): Map<string, Diagnostic[]> {
  const byFile = new Map<string, Diagnostic[]>(unit.files.map((f) => [f, []]));
  for (const d of unit.run.result.diagnostics) (byFile.get(d.file) ?? byFile.get(unit.files[0]))?.push(d);
  return byFile;
}

export async function streamLoad(files: string[], options: StreamOptions): Promise<StreamOutcome> {
  const outcome: StreamOutcome = {
    filesDone: 0,
    filesCommitted: 0,
    skipped: 0,
    rowsWritten: 0,
    units: 0,
    documents: 0,
    departments: 0,
    merges: 0,
    counts: { error: 0, warning: 0, info: 0 },
    inputErrors: false,
    interrupted: false,
    summaries: [],
    diagnostics: [],
  };
  const stopped = () => options.signal.aborted;
  for await (const unit of loadUnits(files, {
    ...options.load,
    batchRows: options.batchRows,
    stopped,
    unchanged: options.unchanged,
  })) {
    if (stopped()) {
      outcome.interrupted = true;
      break;
    }
    let written: WriteReport | undefined;
    if (options.write && unit.files.length > 0) {
      try {
        written = await options.write(unit.run, options.signal);
      } catch (error) {
        if ((error as Error).name === 'WriteInterrupted') outcome.interrupted = true;
        else outcome.writeError = error as Error;
        break;
      }
    }
    record(unit, written, options, outcome, files.length);
  }
  options.progress.stop();
  return outcome;
}

function record(
  unit: LoadUnit,
  written: WriteReport | undefined,
  options: StreamOptions,
  outcome: StreamOutcome,
  filesTotal: number,
): void {
  const { result, documents } = unit.run;
  for (const file of unit.skipped) {
    options.report?.file(file, '未变化', 0, []);
    options.tally.add(file, []);
    options.log?.(`${file}：未变化，跳过（已按同一解析器导入，未重新解析）`);
  }
  outcome.filesDone += unit.skipped.length;
  outcome.filesCommitted += unit.skipped.length;
  const byDocument = new Map((written?.documents ?? []).map((d) => [d.file, d]));
  for (const [file, diagnostics] of diagnosticsByFile(unit)) {
    const w = byDocument.get(file);
    const status: FileStatus = !options.write ? '已解析' : w ? STATUS[w.status] : '未写入';
    options.report?.file(file, status, w?.rows ?? 0, diagnostics);
    options.tally.add(file, diagnostics);
    if (w) options.log?.(`${file}：${STATUS_LINE[w.status]}（写入 ${w.rows} 行，诊断 ${w.diagnostics} 条）`);
  }
  if (unit.files.length > 0) outcome.units++;
  outcome.filesDone += unit.files.length;
  if (written) outcome.filesCommitted += unit.files.length;
  outcome.skipped += unit.skipped.length;
  outcome.rowsWritten += written?.rowsWritten ?? 0;
  outcome.documents += documents.length;
  outcome.departments += result.departments.length;
  outcome.merges += result.diagnostics.filter((d) => d.code === 'AGENCY_MERGED').length;
  for (const d of result.diagnostics) outcome.counts[d.severity]++;
  if (unit.run.failed) outcome.inputErrors = true;
  if (options.keepForTable) {
    outcome.summaries.push(...summarise(result));
    outcome.diagnostics.push(...result.diagnostics);
  }
  options.progress.update({ filesDone: outcome.filesDone, filesTotal, rowsWritten: outcome.rowsWritten });
}

const STATUS_LINE: Record<DocumentStatus, string> = { created: '新建', replaced: '替换', unchanged: '未变化，跳过' };
