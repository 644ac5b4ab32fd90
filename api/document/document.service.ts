import * as repo from '../../graph/repositories/document.repository.js';
import { pageSize } from '../guards.js';
import type { DepartmentList, Diagnostic, Document } from './document.type.js';
import type { SourceText } from './source-text.type.js';
import type { ListDate } from './list-date.type.js';
import { namedDocument, sourceListDate, sourceText as textAround } from './source.service.js';

export const documents = (): Promise<Document[]> => repo.listDocuments();
/** By key, file as loaded or the file name answers show; a name several documents end in is refused. */
export async function document(key: string): Promise<Document | null> {
  const named = await namedDocument(key, 'key');
  return named ? repo.documentByKeyOrFile(named.key) : null;
}
export const sourceText = (ctx: object, args: Parameters<typeof textAround>[1]): Promise<SourceText> => textAround(ctx, args);
export const diagnostics = (d: Document, args: { severity: string | null; first: number | null }): Promise<Diagnostic[]> =>
  repo.documentDiagnostics(d.key, { severity: args.severity || null, limit: pageSize(args.first, 100) });
export const departments = async (d: Document): Promise<DepartmentList[]> =>
  (await repo.documentLists(d.key)).map((l) => ({ ...l, docKey: d.key }));
/** Line 0 lies outside every list: the lookup answers with the document's own date. */
export const documentDate = (ctx: object, d: Document): Promise<ListDate> => sourceListDate(ctx, { file: d.key, line: 0 });
export const listDate = (ctx: object, l: DepartmentList): Promise<ListDate> => sourceListDate(ctx, { file: l.docKey, line: l.line });
