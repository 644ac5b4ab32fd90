// The full per-file report of a large load, written as it goes so it never has to be held:
// plain text, one fact a line, made to be grepped —
//   FILE<TAB>file<TAB>status<TAB>rows<TAB>errors<TAB>warnings
//   file:line<TAB>级别<TAB>CODE<TAB>message<TAB>raw excerpt
// (`grep '^FILE' report.txt`, `grep 错误 report.txt`, `grep ROW_UNREADABLE report.txt`).
// The terminal only gets the summary (ReportTally.summaryLines).
import { createWriteStream, type WriteStream } from 'node:fs';
import type { Diagnostic, Severity } from '../domain/records';
import { sortDiagnostics } from '../loaders/summary';

const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const RAW_LENGTH = 120;
const PROBLEM_FILES_SHOWN = 5;

/** `load-report-20261201-204455.txt`: the default report name, in the current directory. */
export function defaultReportName(at = new Date()): string {
  const stamp = at.toISOString().replace(/\..*$/, '').replace(/[-:]/g, '').replace('T', '-');
  return `load-report-${stamp}.txt`;
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

export function diagnosticLine(d: Diagnostic): string {
  return [`${d.file}:${d.line}`, SEVERITY_LABEL[d.severity], d.code, oneLine(d.message, 400), oneLine(d.raw, RAW_LENGTH)].join('\t');
}

export type FileStatus = '新建' | '替换' | '未变化' | '已解析' | '未写入';

/** Counts over the whole load, for the terminal summary: bounded whatever the number of files. */
export class ReportTally {
  files = { ok: 0, warnings: 0, failed: 0 };
  readonly byCode = new Map<string, { severity: Severity; n: number }>();
  readonly problemFiles: string[] = [];
  problemFileCount = 0;

  add(file: string, diagnostics: Diagnostic[]): void {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
    if (errors > 0) this.files.failed++;
    else if (warnings > 0) this.files.warnings++;
    else this.files.ok++;
    if (errors + warnings > 0) {
      this.problemFileCount++;
      if (this.problemFiles.length < PROBLEM_FILES_SHOWN) this.problemFiles.push(`${file}（错误 ${errors}，警告 ${warnings}）`);
    }
    for (const d of diagnostics) {
      const entry = this.byCode.get(d.code) ?? { severity: d.severity, n: 0 };
      entry.n++;
      this.byCode.set(d.code, entry);
    }
  }

  summaryLines(): string[] {
    const lines = [`文件：无问题 ${this.files.ok}，有警告 ${this.files.warnings}，有错误 ${this.files.failed}`];
    const codes = [...this.byCode.entries()].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]));
    if (codes.length > 0) {
      lines.push('诊断（按代码）：');
      for (const [code, { severity, n }] of codes) lines.push(`  ${code}（${SEVERITY_LABEL[severity]}）${n} 条`);
    }
    if (this.problemFiles.length > 0) {
      const more = this.problemFileCount - this.problemFiles.length;
      lines.push(`有问题的文件（前 ${this.problemFiles.length} 个${more > 0 ? `，另有 ${more} 个` : ''}）：`);
      for (const f of this.problemFiles) lines.push(`  ${f}`);
    }
    return lines;
  }
}

export interface ReportFile {
  path: string;
  file: (file: string, status: FileStatus, rows: number, diagnostics: Diagnostic[]) => void;
  close: () => Promise<void>;
}

export function openReportFile(path: string): ReportFile {
  const out: WriteStream = createWriteStream(path, { encoding: 'utf8' });
  return {
    path,
    file: (file, status, rows, diagnostics) => {
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
      let text = `FILE\t${file}\t${status}\t${rows}\t错误 ${errors}\t警告 ${warnings}\n`;
      for (const d of sortDiagnostics(diagnostics)) text += `${diagnosticLine(d)}\n`;
      out.write(text);
    },
    close: () => new Promise((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve()))),
  };
}
