// CSV for spreadsheets (Excel, WPS): the cell rules (RFC 4180 quoting, CRLF, BOM, formula
// injection neutralised) live in domain/csv-cell.ts, shared with the web page's downloads.
// List cells hold several values joined with ；. docs/export.md lists the columns.
import { CSV_BOM, type CsvCell, csvLine } from '../../domain/csv-cell.js';
import { type AgencyRef, basisLabel, type TableName, type TableRows } from './tables.js';

export { CSV_BOM, csvLine };

/** Several values in one cell. A full-width semicolon: no key, name or title we export contains one. */
export const CSV_LIST_SEPARATOR = '；';

type Cell = CsvCell;

interface Column<R> {
  name: string;
  cell: (row: R) => Cell;
}

const list = (values: readonly string[]): string => values.join(CSV_LIST_SEPARATOR);
const names = (agencies: readonly AgencyRef[]): string => list(agencies.map((a) => a.name));
const keys = (agencies: readonly AgencyRef[]): string => list(agencies.map((a) => a.key));

/** Every table's columns, in order: the header row is their names. */
export const CSV_COLUMNS: { [T in TableName]: Array<Column<TableRows[T]>> } = {
  jurisdictions: [
    { name: 'key', cell: (r) => r.key },
    { name: 'name', cell: (r) => r.name },
    { name: 'level', cell: (r) => r.level },
    { name: 'parentKey', cell: (r) => r.parentKey },
    { name: 'agencyCount', cell: (r) => r.agencyCount },
    { name: 'matterCount', cell: (r) => r.matterCount },
  ],
  agencies: [
    { name: 'key', cell: (r) => r.key },
    { name: 'name', cell: (r) => r.name },
    { name: 'jurisdictionKey', cell: (r) => r.jurisdictionKey },
    { name: 'aliases', cell: (r) => list(r.aliases) },
    { name: 'successors', cell: (r) => list(r.successors) },
  ],
  matters: [
    { name: 'key', cell: (r) => r.key },
    { name: 'title', cell: (r) => r.title },
    { name: 'seq', cell: (r) => r.seq },
    { name: 'jurisdictionKey', cell: (r) => r.jurisdictionKey },
  ],
  responsibilities: [
    { name: 'key', cell: (r) => r.key },
    { name: 'jurisdictionKey', cell: (r) => r.jurisdictionKey },
    { name: 'matterKey', cell: (r) => r.matterKey },
    { name: 'matter', cell: (r) => r.matter },
    { name: 'agency', cell: (r) => names(r.agencies) },
    { name: 'agencyKeys', cell: (r) => keys(r.agencies) },
    { name: 'agencyRaw', cell: (r) => r.agencyRaw },
    { name: 'generic', cell: (r) => r.generic },
    { name: 'division', cell: (r) => r.division },
    { name: 'role', cell: (r) => r.role },
    { name: 'case', cell: (r) => r.case },
    { name: 'bases', cell: (r) => list(r.bases.map(basisLabel)) },
    { name: 'basisKeys', cell: (r) => list(r.bases.map((b) => b.key)) },
    { name: 'basesInherited', cell: (r) => r.bases.length > 0 && r.bases.every((b) => b.inherited) },
    { name: 'listDepartment', cell: (r) => r.listDepartment },
    { name: 'listKey', cell: (r) => r.listKey },
    { name: 'file', cell: (r) => r.file },
    { name: 'line', cell: (r) => r.line },
    { name: 'endLine', cell: (r) => r.endLine },
  ],
  bases: [
    { name: 'key', cell: (r) => r.key },
    { name: 'title', cell: (r) => r.title },
    { name: 'docNumber', cell: (r) => r.docNumber },
    { name: 'kind', cell: (r) => r.kind },
    { name: 'citations', cell: (r) => r.citations },
  ],
  overlaps: [
    { name: 'id', cell: (r) => r.id },
    { name: 'kind', cell: (r) => r.kind },
    { name: 'score', cell: (r) => r.score },
    { name: 'jurisdictionKey', cell: (r) => r.jurisdictionKey },
    { name: 'matterKey', cell: (r) => r.matterKey },
    { name: 'matter', cell: (r) => r.matter },
    { name: 'agencies', cell: (r) => names(r.agencies) },
    { name: 'agencyKeys', cell: (r) => keys(r.agencies) },
    { name: 'explanation', cell: (r) => r.explanation },
    { name: 'sources', cell: (r) => list(r.items.map((i) => `${i.file}:${i.line}`)) },
  ],
  rulings: [
    { name: 'key', cell: (r) => r.key },
    { name: 'reference', cell: (r) => r.reference },
    { name: 'kind', cell: (r) => r.kind },
    { name: 'current', cell: (r) => r.current },
    { name: 'jurisdictionKey', cell: (r) => r.jurisdictionKey },
    { name: 'matterKey', cell: (r) => r.matterKey },
    { name: 'matter', cell: (r) => r.matter },
    { name: 'lead', cell: (r) => r.lead?.name ?? null },
    { name: 'leadKey', cell: (r) => r.lead?.agencyKey ?? null },
    { name: 'leadDivision', cell: (r) => r.lead?.division ?? null },
    { name: 'cooperating', cell: (r) => list(r.cooperating.map((c) => `${c.name}：${c.division}`)) },
    { name: 'cooperatingKeys', cell: (r) => list(r.cooperating.map((c) => c.agencyKey)) },
    { name: 'basis', cell: (r) => r.basis },
    { name: 'decidedBy', cell: (r) => r.decidedBy },
    { name: 'decidedOn', cell: (r) => r.decidedOn },
    { name: 'recordedAt', cell: (r) => r.recordedAt },
    { name: 'supersedes', cell: (r) => r.supersedes },
  ],
};

/** The header line of a table, BOM first: the start of its file. */
export function csvHeader(table: TableName): string {
  return CSV_BOM + csvLine(CSV_COLUMNS[table].map((c) => c.name));
}

/** One row of a table as a CSV line. */
export function csvRow<T extends TableName>(table: T, row: TableRows[T]): string {
  return csvLine((CSV_COLUMNS[table] as Array<Column<TableRows[T]>>).map((c) => c.cell(row)));
}
