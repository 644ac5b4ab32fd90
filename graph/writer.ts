// Writes a LoadResult into Neo4j. The contract the loader CLI relies on:
//   writeLoad(result, docs) -> WriteReport
// - A document whose sha256 and facts hash match the stored ones is skipped (loading twice
//   changes nothing); the facts hash makes a parser change reach the graph without --force.
// - Every changed document is replaced (its facts deleted by docKey, then re-created) and
//   shared nodes the deleted facts pointed at and nothing points at any more are pruned,
//   all in ONE write transaction: a failure anywhere leaves the graph exactly as it was.
//   A country is loaded as many such calls (cli/load-stream.ts), each a unit of whole files.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ManagedTransaction } from 'neo4j-driver';
import { UNKNOWN_LIST_DATE } from '../domain/list-date.js';
import type { Department, Diagnostic, DocumentInfo, LoadResult } from '../domain/records.js';
import { appendAudit, type AuditEntry } from './audit/audit.js';
import { withWriteTransaction } from './driver.js';
import {
  aliasIndex,
  buildDocumentRows,
  documentTextRows,
  listDateProperties,
  mergeRows,
  rowCount,
  type DocumentRows,
} from './load/rows.js';
import * as Q from './queries/load.js';
import { FACT_LABELS } from './schema/indexes.js';
import { bumpVersions } from './version.js';

export type DocumentStatus = 'created' | 'replaced' | 'unchanged';

export interface DocumentWrite {
  key: string;
  file: string;
  sha256: string;
  status: DocumentStatus;
  /** Parameter rows written (0 when unchanged). */
  rows: number;
  diagnostics: number;
}

export interface WriteReport {
  documents: DocumentWrite[];
  rowsWritten: number;
  ms: number;
}

export interface WriteOptions {
  /** Rewrite documents even when their sha256 is unchanged (benchmarks, repair). */
  force?: boolean;
  /** Rows per UNWIND statement. */
  batchSize?: number;
  /** A write through the API: appended to the audit log in the load's own transaction. */
  audit?: AuditEntry;
  /**
   * Stops the write at the next statement: the transaction is rolled back and the call
   * rejects with WriteInterrupted (Ctrl-C during `npm run load`).
   */
  signal?: AbortSignal;
  /**
   * Stored on every written Document: what parsed it (cli/parse-stamp.ts). A later load
   * skips a file whose sha256 and stamp both match without parsing it again.
   */
  parseStamp?: string | null;
}

/** The write was stopped through `WriteOptions.signal`; nothing of it was committed. */
export class WriteInterrupted extends Error {
  constructor() {
    super('写入已中断，本批事务已回滚');
    this.name = 'WriteInterrupted';
  }
}

function stopIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new WriteInterrupted();
}

/** A document is identified by its resolved path: the same file loaded twice is one Document. */
export function documentKey(file: string): string {
  return path.resolve(file);
}

interface PlannedDocument {
  doc: DocumentInfo;
  key: string;
  /** sha256 of the rows the document becomes: changes when the parser reads the same bytes differently. */
  factsHash: string;
  rows: DocumentRows;
}

export async function writeLoad(result: LoadResult, docs: DocumentInfo[], options: WriteOptions = {}): Promise<WriteReport> {
  const started = performance.now();
  const planned = planDocuments(result, docs);
  const batchSize = options.batchSize ?? 500;
  const { stored, changed } = await withWriteTransaction(async (tx) => {
    // Loads serialise on one lock node: a concurrent load of the same file waits, then
    // finds it unchanged instead of colliding with half-written facts.
    await tx.run(Q.TAKE_LOAD_LOCK);
    const stored = await storedShas(
      tx,
      planned.map((p) => p.key),
    );
    const changed = planned.filter((p) => options.force || stored.get(p.key) !== `${p.doc.sha256}/${p.factsHash}`);
    if (changed.length > 0) {
      // Only documents stored before had facts that can have been the last to point at a shared node.
      const candidates = await pruneCandidates(
        tx,
        changed.filter((p) => stored.has(p.key)).map((p) => p.key),
      );
      await replaceDocuments(tx, changed, batchSize, options);
      await pruneSharedNodes(tx, candidates);
      stopIfAborted(options.signal);
      // The places the old facts were in and those the new ones are in: their caches are stale.
      await bumpVersions(tx, [...candidates.jurisdictions, ...changed.flatMap((p) => p.rows.jurisdictions.map((j) => j.key))]);
    }
    // A document this parser reproduces exactly gets its stamp, so the next load skips it unparsed.
    const confirmed = planned.filter((p) => !changed.includes(p) && stored.has(p.key)).map((p) => p.key);
    if (options.parseStamp && confirmed.length > 0) await tx.run(Q.STAMP_DOCUMENTS, { keys: confirmed, stamp: options.parseStamp });
    // Audited even when nothing changed: the editor asked for the write and it was accepted.
    if (options.audit) await appendAudit(tx, options.audit);
    return { stored, changed };
  });
  const changedKeys = new Set(changed.map((p) => p.key));
  const documents = planned.map(
    (p): DocumentWrite => ({
      key: p.key,
      file: p.doc.file,
      sha256: p.doc.sha256,
      status: !changedKeys.has(p.key) ? 'unchanged' : stored.has(p.key) ? 'replaced' : 'created',
      rows: changedKeys.has(p.key) ? rowCount(p.rows) : 0,
      diagnostics: p.rows.diagnostics.length,
    }),
  );
  return {
    documents,
    rowsWritten: documents.reduce((n, d) => n + d.rows, 0),
    ms: Math.round(performance.now() - started),
  };
}

/**
 * Each document's rows, from its own departments and diagnostics (one pass over the load).
 * Jurisdictions arrive completed: the loader completes them once, for the whole load.
 */
export function planDocuments(result: LoadResult, docs: DocumentInfo[]): PlannedDocument[] {
  const aliases = aliasIndex(result.agencyMerges);
  const byFile = new Map<string, { doc: DocumentInfo; departments: Department[]; diagnostics: Diagnostic[] }>();
  const entry = (file: string) => {
    // A department or diagnostic naming a file the caller did not pass still gets a Document.
    let found = byFile.get(file);
    if (!found) {
      const doc: DocumentInfo = {
        file,
        format: 'txt',
        encoding: null,
        sha256: '',
        lines: 0,
        title: null,
        titleInferred: false,
        date: UNKNOWN_LIST_DATE,
        sourceLines: [],
      };
      found = { doc, departments: [], diagnostics: [] };
      byFile.set(file, found);
    }
    return found;
  };
  for (const doc of docs) entry(doc.file).doc = doc;
  for (const d of result.departments) entry(d.source.file).departments.push(d);
  for (const d of result.diagnostics) entry(d.file).diagnostics.push(d);
  return [...byFile.values()].map(({ doc, departments, diagnostics }) => {
    const key = documentKey(doc.file);
    const rows = buildDocumentRows(key, departments, diagnostics, aliases);
    // The text is part of the rows, so the facts hash also changes when a reader numbers lines differently.
    rows.texts = documentTextRows(key, doc.file, doc.sourceLines);
    // The document's date too: a document without lists may still be given one (--as-of).
    const factsHash = createHash('sha256')
      .update(JSON.stringify(rows))
      .update(JSON.stringify(doc.date ?? null))
      .digest('hex');
    return { doc, key, factsHash, rows };
  });
}

async function storedShas(tx: ManagedTransaction, keys: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const { records } = await tx.run(Q.DOCUMENT_SHAS, { keys });
  for (const r of records) found.set(r.get('key') as string, `${r.get('sha256') as string}/${r.get('factsHash') as string}`);
  return found;
}

/** Deletes the documents' old facts and writes the new ones, all documents' rows batched together. */
async function replaceDocuments(
  tx: ManagedTransaction,
  changed: PlannedDocument[],
  batchSize: number,
  options: Pick<WriteOptions, 'signal' | 'parseStamp'>,
): Promise<void> {
  const docKeys = changed.map((p) => p.key);
  for (const label of FACT_LABELS) await tx.run(Q.DELETE_FACTS[label], { docKeys });
  stopIfAborted(options.signal);
  const loadedAt = new Date().toISOString();
  await tx.run(Q.UPSERT_DOCUMENTS, {
    rows: changed.map((p) => ({
      key: p.key,
      file: p.doc.file,
      sha256: p.doc.sha256,
      factsHash: p.factsHash,
      format: p.doc.format,
      encoding: p.doc.encoding,
      lines: p.doc.lines,
      title: p.doc.title,
      titleInferred: p.doc.titleInferred,
      ...listDateProperties(p.doc.date ?? UNKNOWN_LIST_DATE),
      textLines: p.doc.sourceLines.length,
      loadedAt,
      rows: rowCount(p.rows),
      diagnostics: p.rows.diagnostics.length,
      parseStamp: options.parseStamp ?? null,
    })),
  });
  await writeRows(tx, mergeRows(changed.map((p) => p.rows)), batchSize, options.signal);
}

/** The statements in dependency order; also used by the bench for the bare-insert baseline. */
export async function writeRows(tx: ManagedTransaction, rows: DocumentRows, batchSize: number, signal?: AbortSignal): Promise<void> {
  const run = async (cypher: string, list: readonly object[]) => {
    for (let i = 0; i < list.length; i += batchSize) {
      stopIfAborted(signal);
      await tx.run(cypher, { rows: list.slice(i, i + batchSize) });
    }
  };
  await run(Q.MERGE_JURISDICTIONS, rows.jurisdictions);
  await run(Q.MERGE_AGENCIES, rows.agencies);
  await run(Q.CREATE_LISTS, rows.lists);
  await run(Q.MERGE_MATTERS, rows.matters);
  await run(Q.CREATE_RESPONSIBILITIES, rows.responsibilities);
  await run(Q.MERGE_BASES, rows.bases);
  await run(Q.CREATE_RESTS_ON, rows.restsOn);
  await run(Q.CREATE_CASES, rows.cases);
  await run(Q.CREATE_DUTIES, rows.duties);
  await run(Q.CREATE_WORK_ITEMS, rows.workItems);
  await run(Q.CREATE_SERVICES, rows.services);
  await run(Q.CREATE_RULES, rows.rules);
  await run(Q.CREATE_DIAGNOSTICS, rows.diagnostics);
  await run(Q.CREATE_TEXTS, rows.texts);
}

/**
 * Unloads documents: their facts, their Document nodes, and shared nodes nothing points at
 * any more, in one transaction. Returns how many Document nodes were removed.
 */
export async function removeDocuments(files: string[], audit?: AuditEntry): Promise<number> {
  const docKeys = files.map(documentKey);
  return withWriteTransaction(async (tx) => {
    await tx.run(Q.TAKE_LOAD_LOCK);
    const { records } = await tx.run(Q.DOCUMENT_SHAS, { keys: docKeys });
    const candidates = await pruneCandidates(tx, docKeys);
    for (const label of FACT_LABELS) await tx.run(Q.DELETE_FACTS[label], { docKeys });
    await tx.run(Q.DELETE_DOCUMENTS, { docKeys });
    await pruneSharedNodes(tx, candidates);
    await bumpVersions(tx, candidates.jurisdictions);
    if (audit) await appendAudit(tx, audit);
    return records.length;
  });
}

/** The shared nodes that may lose their last reference when these documents' facts are deleted. */
interface PruneCandidates {
  matters: string[];
  bases: string[];
  agencies: string[];
  jurisdictions: string[];
}

/** Read before the facts are deleted: afterwards nothing leads from the documents to them. */
async function pruneCandidates(tx: ManagedTransaction, docKeys: string[]): Promise<PruneCandidates> {
  if (docKeys.length === 0) return { matters: [], bases: [], agencies: [], jurisdictions: [] };
  const first = async (cypher: string, params: Record<string, unknown>, field: string) =>
    ((await tx.run(cypher, params)).records[0]?.get(field) as string[] | undefined) ?? [];
  const shared = (await tx.run(Q.PRUNE_CANDIDATES_MATTERS_BASES, { docKeys })).records[0];
  const matters = (shared?.get('matters') as string[] | undefined) ?? [];
  const bases = (shared?.get('bases') as string[] | undefined) ?? [];
  const agencies = await first(Q.PRUNE_CANDIDATES_AGENCIES, { docKeys }, 'agencies');
  const jurisdictions = await first(Q.PRUNE_CANDIDATES_JURISDICTIONS, { agencies, matters }, 'jurisdictions');
  return { matters, bases, agencies, jurisdictions };
}

async function pruneSharedNodes(tx: ManagedTransaction, candidates: PruneCandidates): Promise<void> {
  if (candidates.matters.length > 0) await tx.run(Q.PRUNE_MATTERS, { keys: candidates.matters });
  if (candidates.bases.length > 0) await tx.run(Q.PRUNE_BASES, { keys: candidates.bases });
  if (candidates.agencies.length > 0) await tx.run(Q.PRUNE_AGENCIES, { keys: candidates.agencies });
  if (candidates.jurisdictions.length === 0) return;
  for (const level of ['county', 'city', 'province']) {
    await tx.run(Q.PRUNE_JURISDICTIONS, { level, keys: candidates.jurisdictions });
  }
}
