// The JSON export: ONE object, {format, formatVersion, exportedAt, graphVersion, jurisdiction,
// jurisdictionKeys, tables: {<table>: [rows]}, counts}, written a row per line so it can be
// streamed out (and grepped) without holding the country in memory. Pieces here, the order
// in export.ts. Not NDJSON: one object reads back with JSON.parse for any county-sized export,
// and streaming JSON parsers read a national one (docs/export.md).
import type { TableName } from './tables.js';

export const JSON_FORMAT = { format: 'jurisgraph-export', formatVersion: 1 } as const;

export interface ExportHeader {
  exportedAt: string;
  graphVersion: number;
  /** The jurisdiction as asked for; null: everything. */
  jurisdiction: string | null;
  /** The jurisdiction and everything below it; null: everything. */
  jurisdictionKeys: string[] | null;
}

/** Everything before the first table, ending inside "tables". */
export function jsonOpening(header: ExportHeader): string {
  const head = JSON.stringify({ ...JSON_FORMAT, ...header });
  return `${head.slice(0, -1)},\n"tables":{`;
}

/** A table's opening; `first`: no comma before it. */
export function jsonTableOpening(table: TableName, first: boolean): string {
  return `${first ? '' : ','}\n${JSON.stringify(table)}:[`;
}

/** One row; `first` in its table: no comma before it. */
export function jsonRow(row: unknown, first: boolean): string {
  return `${first ? '\n' : ',\n'}${JSON.stringify(row)}`;
}

export function jsonTableClosing(): string {
  return '\n]';
}

/** After the last table: the row count of each, then the end of the object. */
export function jsonClosing(counts: Partial<Record<TableName, number>>): string {
  return `},\n"counts":${JSON.stringify(counts)}}\n`;
}
