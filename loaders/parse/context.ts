// What every parse stage shares: the file name for provenance and the diagnostics list.
import type { Diagnostic, Severity, SourceRef } from '../../domain/records';

export interface ParseContext {
  file: string;
  diagnostics: Diagnostic[];
}

export function report(ctx: ParseContext, severity: Severity, code: string, line: number, message: string, raw: string): void {
  ctx.diagnostics.push({ file: ctx.file, line, severity, code, message, raw });
}

export function sourceRef(ctx: ParseContext, line: number, endLine: number = line): SourceRef {
  return { file: ctx.file, line, endLine: Math.max(line, endLine) };
}

/** Widens a record's line range to cover a continuation row. */
export function extend(source: SourceRef, endLine: number): void {
  source.endLine = Math.max(source.endLine, endLine);
}
