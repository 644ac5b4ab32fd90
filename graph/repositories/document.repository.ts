import * as Q from '../queries/document.js';
import { readRows } from './read.js';
import { num, str, strOrNull } from './values.js';

export interface DocumentView {
  key: string;
  file: string;
  title: string | null;
  sha256: string;
  format: string;
  encoding: string | null;
  loadedAt: string;
  lines: number;
  rows: number;
  lists: number;
  diagnosticCount: number;
}

export interface DiagnosticView {
  key: string;
  severity: string;
  code: string;
  message: string;
  raw: string;
  file: string;
  line: number;
}

export interface DocumentListView {
  key: string;
  department: string;
  title: string | null;
  agencyKey: string;
  inferred: boolean;
  line: number;
  endLine: number;
}

function toDocument(r: Record<string, unknown>): DocumentView {
  return {
    key: str(r.key),
    file: str(r.file),
    title: strOrNull(r.title),
    sha256: str(r.sha256),
    format: str(r.format),
    encoding: strOrNull(r.encoding),
    loadedAt: str(r.loadedAt),
    lines: num(r.lines),
    rows: num(r.rows),
    lists: num(r.lists),
    diagnosticCount: num(r.diagnosticCount),
  };
}

export async function listDocuments(): Promise<DocumentView[]> {
  return (await readRows(Q.LIST_DOCUMENTS, {})).map(toDocument);
}

/** By key (resolved path) or by the file name as loaded. */
export async function documentByKeyOrFile(key: string): Promise<DocumentView | null> {
  const [row] = await readRows(Q.DOCUMENT_BY_KEY_OR_FILE, { key });
  return row ? toDocument(row) : null;
}

export async function documentDiagnostics(key: string, filter: { severity: string | null; limit: number }): Promise<DiagnosticView[]> {
  return (await readRows(Q.DOCUMENT_DIAGNOSTICS, { key, ...filter })).map((r) => ({
    key: str(r.key),
    severity: str(r.severity),
    code: str(r.code),
    message: str(r.message),
    raw: str(r.raw),
    file: str(r.file),
    line: num(r.line),
  }));
}

export async function documentLists(key: string): Promise<DocumentListView[]> {
  return (await readRows(Q.DOCUMENT_LISTS, { key })).map((r) => ({
    key: str(r.key),
    department: str(r.department),
    title: strOrNull(r.title),
    agencyKey: str(r.agencyKey),
    inferred: r.inferred === true,
    line: num(r.line),
    endLine: num(r.endLine),
  }));
}
