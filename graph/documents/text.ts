// A loaded document's own lines, read back around a source line (the 原文 panel), and the
// document a name denotes: its stored key, its file as loaded, or the file name answers
// show (api/server.ts strips server paths to it).
import { readRows, type Row } from '../repositories/read.js';
import { num, str, strOrNull } from '../repositories/values.js';
import * as Q from './queries.js';

export interface NamedDocument {
  key: string;
  file: string;
  title: string | null;
  /** Lines stored (DocumentText); null when the document was loaded before its text was kept. */
  textLines: number | null;
}

export type DocumentMatch =
  | { kind: 'found'; document: NamedDocument }
  | { kind: 'unknown' }
  /** The name fits several documents (two 000.txt in different folders): the files as loaded. */
  | { kind: 'ambiguous'; files: string[] };

interface Candidate extends NamedDocument {
  /** The name is the key or the file as loaded, not only their tail. */
  exact: boolean;
}

/** Exact key/file matches win; otherwise the name must be the tail of exactly one document. Pure. */
export function pickDocument(candidates: readonly Candidate[]): DocumentMatch {
  const exact = candidates.filter((c) => c.exact);
  const pool = exact.length > 0 ? exact : candidates;
  if (pool.length === 0) return { kind: 'unknown' };
  if (pool.length > 1) return { kind: 'ambiguous', files: pool.map((c) => c.file) };
  const { exact: _, ...document } = pool[0]!;
  return { kind: 'found', document };
}

export async function documentNamed(name: string): Promise<DocumentMatch> {
  const trimmed = name.trim();
  if (!trimmed) return { kind: 'unknown' };
  const rows = await readRows(Q.DOCUMENTS_NAMED, { name: trimmed, tail: `/${trimmed.replace(/^\/+/, '')}` });
  return pickDocument(
    rows.map((r: Row) => ({
      key: str(r.key),
      file: str(r.file),
      title: strOrNull(r.title),
      textLines: r.textLines == null ? null : num(r.textLines),
      exact: r.exact === true,
    })),
  );
}

export interface NumberedLine {
  number: number;
  text: string;
}

/** Lines `from`..`to` (1-based, inclusive) of a document's stored text; lines it lacks are left out. */
export async function documentLines(docKey: string, from: number, to: number): Promise<NumberedLine[]> {
  const chunks = await readRows(Q.TEXT_CHUNKS, { docKey, from, to });
  const out: NumberedLine[] = [];
  for (const chunk of chunks) {
    const start = num(chunk.from);
    (Array.isArray(chunk.lines) ? chunk.lines : []).forEach((text, i) => {
      const number = start + i;
      if (number >= from && number <= to) out.push({ number, text: str(text) });
    });
  }
  return out;
}

/** The last line of the record (a boundary row, duty, service, rule) that starts at `line`, or null. */
export async function recordEndLine(docKey: string, line: number): Promise<number | null> {
  const [row] = await readRows(Q.RECORD_END, { docKey, line });
  return row?.endLine == null ? null : num(row.endLine);
}
