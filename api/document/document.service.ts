import * as repo from '../../graph/repositories/document.repository.js';
import { pageSize } from '../guards.js';
import type { DepartmentList, Diagnostic, Document } from './document.type.js';
import type { SourceText } from './source-text.type.js';
import { namedDocument, sourceText as textAround } from './source.service.js';

export const documents = (): Promise<Document[]> => repo.listDocuments();
/** By key, file as loaded or the file name answers show; a name several documents end in is refused. */
export async function document(key: string): Promise<Document | null> {
  const named = await namedDocument(key, 'key');
  return named ? repo.documentByKeyOrFile(named.key) : null;
}
export const sourceText = (ctx: object, args: Parameters<typeof textAround>[1]): Promise<SourceText> => textAround(ctx, args);
export const diagnostics = (d: Document, args: { severity: string | null; first: number | null }): Promise<Diagnostic[]> =>
  repo.documentDiagnostics(d.key, { severity: args.severity || null, limit: pageSize(args.first, 100) });
export const departments = (d: Document): Promise<DepartmentList[]> => repo.documentLists(d.key);
