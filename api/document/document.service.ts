import * as repo from '../../graph/repositories/document.repository.js';
import { pageSize } from '../guards.js';
import type { DepartmentList, Diagnostic, Document } from './document.type.js';

export const documents = (): Promise<Document[]> => repo.listDocuments();
export const document = (key: string): Promise<Document | null> => repo.documentByKeyOrFile(key);
export const diagnostics = (d: Document, args: { severity: string | null; first: number | null }): Promise<Diagnostic[]> =>
  repo.documentDiagnostics(d.key, { severity: args.severity || null, limit: pageSize(args.first, 100) });
export const departments = (d: Document): Promise<DepartmentList[]> => repo.documentLists(d.key);
