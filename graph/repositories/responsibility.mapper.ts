// Maps responsibility rows (matter and basis queries return the same shape).
import type { AgencyRef, BasisRef, SourceLine } from '../search/types.js';
import { num, str, strOrNull, strs } from './values.js';

export interface ResponsibilityView {
  key: string;
  agencyRaw: string;
  generic: boolean;
  agencies: AgencyRef[];
  matter: { key: string; title: string };
  division: string;
  role: 'lead' | 'cooperate' | null;
  case: string | null;
  listKey: string;
  bases: BasisRef[];
  source: SourceLine;
}

type Row = Record<string, unknown>;

export function toResponsibility(r: Row): ResponsibilityView {
  return {
    key: str(r.key),
    agencyRaw: str(r.agencyRaw),
    generic: r.generic === true,
    agencies: rowsOf(r.agencies).map((a) => ({
      key: str(a.key),
      name: str(a.name),
      aliases: strs(a.aliases),
      jurisdiction: str(a.jurisdiction),
    })),
    matter: { key: str(r.matterKey), title: str(r.matterTitle) },
    division: str(r.division),
    role: r.role === 'lead' || r.role === 'cooperate' ? r.role : null,
    case: strOrNull(r.case),
    listKey: str(r.listKey),
    bases: rowsOf(r.bases).map(toBasisRef),
    source: toSource(r),
  };
}

export function toBasisRef(b: Row): BasisRef {
  return {
    key: str(b.key),
    title: strOrNull(b.title),
    docNumber: strOrNull(b.docNumber),
    kind: strOrNull(b.kind),
    articles: strs(b.articles),
  };
}

export function toSource(r: Row): SourceLine {
  return { file: str(r.file), line: num(r.line), endLine: num(r.endLine) };
}

export function rowsOf(v: unknown): Row[] {
  return Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as Row[]) : [];
}
