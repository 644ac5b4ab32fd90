// Uploading a list: the bytes are staged and parsed by the same loader `npm run load` runs,
// and the editor gets the same report (every diagnostic with file:line) with nothing
// written. Committing moves the file into the uploads directory, whose path is the
// document's identity (a revised list under the same name replaces the old one), and writes
// it in one audited transaction.
import { createHash } from 'node:crypto';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { type LoadReport, loadReport, parseFile } from '../../cli/load-report.js';
import { writeRun } from '../../cli/write.js';
import type { Actor } from '../auth/actor.js';
import { auditEntryFor } from '../auth/editor.js';
import type { ApiContext } from '../context.js';
import { apiError } from '../errors.js';
import { logger } from '../logger.js';
import { withoutServerPaths } from '../server-paths.js';
import { oneCommitPerName } from './commit-lock.js';
import { uploadName } from './upload-name.js';
import { STAGING_TTL_MS, type StagedUpload, UploadStaging, uploadDir } from './staging.js';

/** Diagnostics listed in one report; the rest are counted (diagnosticsOmitted). */
const MAX_REPORTED_DIAGNOSTICS = 1_000;

export interface UploadReport extends LoadReport {
  id: string;
  file: string;
  format: string | null;
  encoding: string | null;
  sha256: string;
  title: string | null;
  /** Errors in the report: an upload with any cannot be committed. */
  errors: number;
  expiresAt: string;
}

export interface CommitReport {
  id: string;
  file: string;
  /** The document as `documents` shows it (and as unloadDocument accepts it). */
  document: string;
  status: 'created' | 'replaced' | 'unchanged';
  rows: number;
  diagnostics: number;
  ms: number;
}

let staging: UploadStaging | undefined;
const uploads = (): UploadStaging => (staging ??= new UploadStaging(uploadDir()));

/** The dry run: stages the bytes, parses them, reports; writes nothing to the graph. */
export async function stageUpload(actor: Actor, rawName: unknown, bytes: Uint8Array): Promise<UploadReport> {
  const name = uploadName(rawName);
  if (bytes.length === 0) throw apiError('BAD_USER_INPUT', '上传的文件是空的', { argumentName: 'body' });
  const { id, file } = await uploads().put(name, bytes);
  try {
    const run = await parseFile(file);
    // The report names the file as the editor knows it, not where it waits on the server.
    const report = loadReport(run, { rename: (text) => text.split(file).join(name), maxDiagnostics: MAX_REPORTED_DIAGNOSTICS });
    const doc = run.documents[0];
    const sha256 = doc?.sha256 ?? createHash('sha256').update(bytes).digest('hex');
    const expiresAt = Date.now() + STAGING_TTL_MS;
    const reported: UploadReport = {
      id,
      file: name,
      format: doc?.format ?? null,
      encoding: doc?.encoding ?? null,
      sha256,
      title: doc?.title ?? null,
      ...report,
      errors: report.counts.error,
      expiresAt: new Date(expiresAt).toISOString(),
    };
    const kept = await uploads().keep({ id, actor: actor.name, name, file, sha256, failed: run.failed, report: reported });
    // What cannot be committed need not wait on disk: the report is all the editor gets from it.
    if (run.failed) await rm(file, { force: true });
    return { ...reported, expiresAt: new Date(kept.expiresAt).toISOString() };
  } catch (error) {
    await uploads().drop(id);
    throw error;
  }
}

/** Commits a staged upload of this editor's: one audited write transaction. */
export async function commitUpload(context: ApiContext, actor: Actor, id: string): Promise<CommitReport> {
  const entry = await stagedFor(actor, id);
  return oneCommitPerName(uploads().dir, entry.name, async () => {
    // A second commit of the same upload (on this process or another) waited for the first: by now it is gone.
    const current = await stagedFor(actor, id);
    const report = await moveAndWrite(context, actor, current);
    await uploads().drop(id);
    return report;
  });
}

async function stagedFor(actor: Actor, id: string): Promise<StagedUpload> {
  const entry = await uploads().get(id);
  if (!entry) throw apiError('NOT_FOUND', '没有这个上传，或已过期（30 分钟）：请重新上传', { argumentName: 'id' });
  if (entry.actor !== actor.name) throw apiError('FORBIDDEN', '只能提交自己上传的文件', {});
  if (entry.failed) {
    // The writer would store what could be read and drop the rest; staff asked to see the
    // list whole before it is written, so a list with errors is fixed and uploaded again.
    throw apiError('BAD_USER_INPUT', '加载报告中有错误，不能提交：请按报告修改文件后重新上传', { argumentName: 'id' });
  }
  return entry;
}

async function moveAndWrite(context: ApiContext, actor: Actor, entry: StagedUpload): Promise<CommitReport> {
  const dir = uploads().dir;
  const target = path.join(dir, entry.name);
  const previous = path.join(path.dirname(entry.file), '.previous');
  await mkdir(dir, { recursive: true });
  const replacing = await stat(target).then(
    () => true,
    () => false,
  );
  if (replacing) await rename(target, previous);
  await rename(entry.file, target);
  try {
    const run = await parseFile(target);
    const doc = run.documents[0];
    if (run.failed || doc?.sha256 !== entry.sha256) {
      throw apiError('BAD_USER_INPUT', '文件在提交前发生了变化或无法读取，未写入：请重新上传', { argumentName: 'id' });
    }
    const shown = withoutServerPaths(target);
    const audit = auditEntryFor(context, actor, {
      action: 'uploadList',
      target: shown,
      summary: `上传清单 ${entry.name}（sha256 ${entry.sha256.slice(0, 12)}…，${run.result.departments.length} 个部门，诊断 ${run.result.diagnostics.length} 条）`,
    });
    const written = await writeRun(run, { force: false, audit, log: (line) => logger.info(withoutServerPaths(line)) });
    const d = written.documents.find((w) => w.key === target) ?? written.documents[0];
    return {
      id: entry.id,
      file: entry.name,
      document: shown,
      status: d?.status ?? 'unchanged',
      rows: d?.rows ?? 0,
      diagnostics: d?.diagnostics ?? 0,
      ms: written.ms,
    };
  } catch (error) {
    // Nothing was written (one transaction): put the files back as they were.
    await rename(target, entry.file).catch(() => undefined);
    if (replacing) await rename(previous, target).catch(() => undefined);
    throw error;
  }
}
