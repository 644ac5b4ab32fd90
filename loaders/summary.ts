// What the loader CLI shows a person after a load: per-department counts and the
// diagnostics report. Pure functions over a LoadResult, so they are tested without a terminal.
import type { Department, Diagnostic, LoadResult, Severity } from '../domain/records';

export interface DepartmentSummary {
  name: string;
  jurisdiction: string;
  inferred: boolean;
  duties: number;
  matters: number;
  assignments: number;
  /** Distinct concrete agencies named in the department's boundary table. */
  agencies: number;
  /** Distinct legal bases (by document number, else title, else raw text). */
  bases: number;
  services: number;
  warnings: number;
}

function within(d: Diagnostic, department: Department): boolean {
  const s = department.source;
  return d.file === s.file && d.line >= s.line && d.line <= s.endLine;
}

export function summarise(result: LoadResult): DepartmentSummary[] {
  return result.departments.map((d) => {
    const assignments = d.boundaryMatters.flatMap((m) => m.assignments);
    const citations = d.boundaryMatters.flatMap((m) => [...m.bases, ...m.assignments.flatMap((a) => a.bases)]);
    const j = d.jurisdiction;
    return {
      name: d.name,
      jurisdiction: [j.province, j.city, j.county].filter(Boolean).join(''),
      inferred: d.inferred,
      duties: d.duties.length,
      matters: d.boundaryMatters.length,
      assignments: assignments.length,
      agencies: new Set(assignments.flatMap((a) => a.agencies)).size,
      bases: new Set(citations.map((c) => c.docNumber ?? c.title ?? c.raw)).size,
      services: d.services.length,
      warnings: result.diagnostics.filter((x) => x.severity === 'warning' && within(x, d)).length,
    };
  });
}

const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const EXCERPT_LENGTH = 80;

function excerpt(raw: string): string {
  const flat = raw.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat;
}

/** Errors first, then warnings, then notes; by file and line within each (the report's order). */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.file.localeCompare(b.file) || a.line - b.line,
  );
}

/** One entry per diagnostic, errors first: `file:line [级别] CODE message` and the raw excerpt. */
export function formatDiagnostics(diagnostics: Diagnostic[]): string[] {
  return sortDiagnostics(diagnostics).map((d) => {
    const head = `${d.file}:${d.line} [${SEVERITY_LABEL[d.severity]}] ${d.code} ${d.message}`;
    const raw = excerpt(d.raw);
    return raw ? `${head}\n    ${raw}` : head;
  });
}

export function countBySeverity(diagnostics: Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}
