// The audit log: one (:AuditEntry) per accepted write (a ruling, an upload, an unload),
// created inside the write's own transaction so the entry and the change commit together
// or not at all. The API can list entries; nothing in the API edits or deletes them.
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { readRows } from '../repositories/read.js';
import { num, str, strOrNull } from '../repositories/values.js';
import { APPEND_AUDIT, LIST_AUDIT } from './queries.js';

/** What the caller knows about a write when it makes it. */
export interface AuditEntry {
  /** Token name of the editor (the operator's label for it, never the token). */
  actor: string;
  role: string;
  /** recordRuling, withdrawRuling, uploadList, unloadDocument … */
  action: string;
  /** What was written: a ruling reference, a document file, a matter key. */
  target: string;
  /** The client's address as the server saw it (behind a proxy: the proxy's, unless trusted). */
  address: string;
  requestId: string;
  /** One line, Chinese, for people reading the log. */
  summary: string;
}

export interface AuditRecord extends AuditEntry {
  key: string;
  /** ISO timestamp, the server's clock at commit time. */
  at: string;
  /** Monotonic within the log: the order entries were appended. */
  seq: number;
}

/** Appends one entry inside `tx`; returns its key. */
export async function appendAudit(tx: ManagedTransaction, entry: AuditEntry): Promise<string> {
  const key = randomUUID();
  await tx.run(APPEND_AUDIT, { key, ...entry });
  return key;
}

/** Newest first; `before` is the seq of the last entry of the previous page. */
export async function listAudit(first: number, before: number | null): Promise<AuditRecord[]> {
  const rows = await readRows(LIST_AUDIT, { first, before });
  return rows.map((r) => ({
    key: str(r.key),
    seq: num(r.seq),
    at: str(r.at),
    actor: str(r.actor),
    role: str(r.role),
    action: str(r.action),
    target: str(r.target),
    address: str(r.address),
    requestId: str(r.requestId),
    summary: strOrNull(r.summary) ?? '',
  }));
}
