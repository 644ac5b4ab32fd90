// The planner's table of agency pairs, as data: one row per agency pair and overlap kind,
// exactly the edges the graph draws under the same filters (and with the graph's edge ids,
// so a row and an edge select each other), sortable and searchable; plus where each pair's
// findings were read. Pure, unit-tested; pairTable.ts draws it.

import type { Overlap, OverlapKind, OverlapMatrix } from '../api.js';
import { edgeKindOf, pairEdgeId, type OverlapFilter } from '../graph/elements.js';
import { strings } from '../strings.js';
import type { CsvCell, ExportTable } from '../export/table.js';
import { pairTableStrings as s } from './pairTableStrings.js';

export interface PairRow {
  /** The graph's edge id (pairEdgeId). */
  id: string;
  /** Full names of both agencies, in the edge id's order. */
  a: string;
  b: string;
  aKey: string;
  bKey: string;
  kind: OverlapKind;
  /** Number of findings between the two (the edge's strength). */
  strength: number;
  /** The strongest finding's score, 0–1. */
  maxScore: number;
  /** Matter titles (declared, contradiction) or shared terms (undeclared), strongest first. */
  matters: string[];
}

/** The rows of the graph's edges under `filter`, strongest first (ties by id: stable). */
export function pairRows(matrix: OverlapMatrix, filter: Omit<OverlapFilter, 'jurisdiction'>): PairRow[] {
  const byKey = new Map(matrix.agencies.map((a) => [a.key, a]));
  const rows: PairRow[] = [];
  for (const edge of matrix.edges) {
    if (!filter.kinds.includes(edge.kind) || edge.weight < filter.minStrength) continue;
    const ends = [edge.source, edge.target].map((key) => ({ key, name: byKey.get(key)?.name ?? key }));
    if (filter.agency && !ends.some((end) => end.name === filter.agency)) continue;
    const [x, y] = ends[0]!.name < ends[1]!.name ? [ends[0]!, ends[1]!] : [ends[1]!, ends[0]!];
    rows.push({
      id: pairEdgeId(edgeKindOf(edge.kind), x.name, y.name),
      a: x.name,
      b: y.name,
      aKey: x.key,
      bKey: y.key,
      kind: edge.kind,
      strength: edge.weight,
      maxScore: edge.maxScore,
      matters: edge.labels,
    });
  }
  return rows.sort((p, q) => q.strength - p.strength || q.maxScore - p.maxScore || (p.id < q.id ? -1 : 1));
}

export type PairColumn = 'a' | 'b' | 'kind' | 'strength' | 'maxScore' | 'matterCount';

const kindOrder: Record<OverlapKind, number> = { CONTRADICTION: 0, UNDECLARED: 1, DECLARED: 2 };

function compare(p: PairRow, q: PairRow, column: PairColumn): number {
  switch (column) {
    case 'a':
      return p.a.localeCompare(q.a, 'zh');
    case 'b':
      return p.b.localeCompare(q.b, 'zh');
    case 'kind':
      return kindOrder[p.kind] - kindOrder[q.kind];
    case 'strength':
      return p.strength - q.strength;
    case 'maxScore':
      return p.maxScore - q.maxScore;
    case 'matterCount':
      return p.matters.length - q.matters.length;
  }
}

/** Sorted by one column; ties keep the strongest-first order (the sort is stable). */
export function sortRows(rows: readonly PairRow[], column: PairColumn, descending: boolean): PairRow[] {
  return [...rows].sort((p, q) => (descending ? -1 : 1) * compare(p, q, column));
}

/** Rows whose agencies, kind or matters contain every word of `text` (spaces separate words). */
export function searchRows(rows: readonly PairRow[], text: string): PairRow[] {
  const words = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...rows];
  return rows.filter((row) => {
    const haystack = [row.a, row.b, strings.kinds[row.kind] ?? row.kind, strings.kindShort[row.kind] ?? '', ...row.matters]
      .join('\n')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** Where a pair's findings were read. */
export interface PairSource {
  file: string;
  line: number;
  title: string | null;
}

/** The key of a pair of one kind, whichever way round the agencies come. */
export function pairSourceKey(kind: OverlapKind, key1: string, key2: string): string {
  return key1 < key2 ? `${kind}|${key1}|${key2}` : `${kind}|${key2}|${key1}`;
}

/**
 * Every source of every finding, by pair (a finding naming three agencies counts for each pair
 * of them, as the matrix counts it), each source once, in file and line order.
 */
export function sourcesByPair(findings: readonly Overlap[]): Map<string, PairSource[]> {
  const out = new Map<string, Map<string, PairSource>>();
  for (const finding of findings) {
    const keys = [...new Set(finding.agencies.map((a) => a.key))];
    const sources = [...finding.items.map((item) => item.source), ...finding.divisions.map((row) => row.source)];
    for (let i = 0; i < keys.length; i += 1)
      for (let j = i + 1; j < keys.length; j += 1) {
        const pair = pairSourceKey(finding.kind, keys[i]!, keys[j]!);
        const seen = out.get(pair) ?? new Map<string, PairSource>();
        for (const source of sources)
          seen.set(`${source.file}:${source.line}`, { file: source.file, line: source.line, title: source.title ?? null });
        out.set(pair, seen);
      }
  }
  const sorted = new Map<string, PairSource[]>();
  for (const [pair, seen] of out)
    sorted.set(
      pair,
      [...seen.values()].sort((x, y) => x.file.localeCompare(y.file) || x.line - y.line),
    );
  return sorted;
}

const fileName = (file: string): string => file.split(/[\\/]/).pop() ?? file;

/** 《衡阳市蒸湘区卫生局责任清单》第 12 行, else the file's own name and line. */
export function sourceText(source: PairSource): string {
  return `${source.title ? `《${source.title}》` : fileName(source.file)}第 ${source.line} 行`;
}

/** The lists a pair's findings were read in (one entry per list, its lines counted). */
export function listsOf(sources: readonly PairSource[]): string[] {
  const lists = new Map<string, number>();
  for (const source of sources) {
    const name = source.title ? `《${source.title}》` : fileName(source.file);
    lists.set(name, (lists.get(name) ?? 0) + 1);
  }
  return [...lists].map(([name, lines]) => s.listLines(name, lines));
}

/** The whole table as a file: every row (not just the visible ones), each source with its line. */
export function pairTableExport(
  title: string,
  rows: readonly PairRow[],
  sources: ReadonlyMap<string, readonly PairSource[]> | null,
): ExportTable {
  const c = s.columns;
  return {
    title,
    header: [c.a, c.b, c.kind, c.strength, c.maxScore, c.matterCount, c.matters, c.sources],
    rows: rows.map((row): CsvCell[] => [
      row.a,
      row.b,
      strings.kinds[row.kind] ?? row.kind,
      row.strength,
      Number(row.maxScore.toFixed(3)),
      row.matters.length,
      row.matters.join('；'),
      (sources?.get(pairSourceKey(row.kind, row.aKey, row.bKey)) ?? []).map(sourceText).join('；'),
    ]),
  };
}
