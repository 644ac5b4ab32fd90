// Unloading a document: its facts, its Document node and the shared nodes nothing else
// points at, in one audited transaction (graph/writer.ts removeDocuments).
import path from 'node:path';
import { listDocuments } from '../../graph/repositories/document.repository.js';
import { removeDocuments } from '../../graph/writer.js';
import type { Actor } from '../auth/actor.js';
import { auditEntryFor } from '../auth/editor.js';
import type { ApiContext } from '../context.js';
import { apiError } from '../errors.js';
import { withoutServerPaths } from '../server-paths.js';

/**
 * The stored key of the document `file` names: the key itself, the file as loaded, the
 * name the API shows (repo-relative path, or the bare file name for a file outside the
 * repository), or its sha256 — the way to tell apart two files outside the repository
 * with one name, which the API shows alike. Two documents answering to one name are
 * refused, never guessed between.
 */
export async function documentKeyFor(file: string): Promise<string> {
  const wanted = file.trim();
  const matches = (await listDocuments()).filter((d) =>
    [d.key, d.file, withoutServerPaths(d.key), withoutServerPaths(d.file), path.basename(d.key), d.sha256].includes(wanted),
  );
  const keys = [...new Set(matches.map((d) => d.key))];
  if (keys.length === 0) throw apiError('BAD_USER_INPUT', `没有已加载的文件 “${wanted}”`, { argumentName: 'file' });
  if (keys.length > 1) {
    const shown = keys.map((k) => withoutServerPaths(k)).join('、');
    throw apiError('BAD_USER_INPUT', `“${wanted}” 对应多个已加载的文件（${shown}），请写出完整的文件路径或文件的 sha256`, {
      argumentName: 'file',
      candidates: matches.map((d) => ({ file: withoutServerPaths(d.key), sha256: d.sha256 })),
    });
  }
  return keys[0]!;
}

/** Removes the document; returns how many Document nodes went (1). */
export async function unloadDocument(context: ApiContext, actor: Actor, file: string): Promise<number> {
  const key = await documentKeyFor(file);
  const shown = withoutServerPaths(key);
  return removeDocuments([key], auditEntryFor(context, actor, { action: 'unloadDocument', target: shown, summary: `卸载文件 ${shown}` }));
}
