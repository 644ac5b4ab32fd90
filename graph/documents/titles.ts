// Titles of sources: a fact's file + line falls in one list's line range, and is cited with
// that list's title and department (衡阳市蒸湘区卫生局责任清单, 衡阳市蒸湘区卫生局); a line outside
// every list (a file-level diagnostic, a preamble) with the document's title. Read once per
// graph version (one committed state) and kept: every Source of every answer asks.
// The same lookup gives the list's date (issue 13: a 2016 list and a 2023 one must be told
// apart wherever they are cited), the one home of dates read back from the graph.
import { UNKNOWN_LIST_DATE } from '../../domain/list-date.js';
import type { ListDate } from '../../domain/records.js';
import { readRows, type Row } from '../repositories/read.js';
import { num, str, strOrNull } from '../repositories/values.js';
import { type GraphVersion, graphVersion, VersionedCache } from '../version.js';
import * as Q from './queries.js';

export interface SourceTitle {
  /** The list's title, else the document's; null for a source that is no loaded document. */
  title: string | null;
  /** The department whose list holds the line; null outside every list. */
  department: string | null;
  /** The date of the list holding the line, else of the document; unknown for a source that is no loaded document. */
  listDate: ListDate;
}

export type SourceTitleLookup = (file: string, line: number) => SourceTitle;

export interface TitledList {
  line: number;
  endLine: number;
  title: string | null;
  department: string;
  date: ListDate;
}

export interface TitledDocument {
  key: string;
  file: string;
  title: string | null;
  date: ListDate;
  /** In line order. */
  lists: TitledList[];
}

const NO_TITLE: SourceTitle = { title: null, department: null, listDate: UNKNOWN_LIST_DATE };

/**
 * Sources that are no loaded document: a general-function answer cites the department
 * profiles (graph/search/whoHandles.ts), which say what such a department usually does.
 */
const NON_DOCUMENT_SOURCES: ReadonlyMap<string, SourceTitle> = new Map([
  ['domain/department-profiles.ts', { title: '此类部门的通常职能（本地清单未载明）', department: null, listDate: UNKNOWN_LIST_DATE }],
]);

/** The lookup over `documents`, by a fact's file as loaded or by the document key. Pure. */
export function titleLookup(documents: readonly TitledDocument[]): SourceTitleLookup {
  const byName = new Map<string, TitledDocument>();
  for (const d of documents) {
    byName.set(d.key, d);
    if (!byName.has(d.file)) byName.set(d.file, d);
  }
  return (file, line) => {
    const doc = byName.get(file);
    if (!doc) return NON_DOCUMENT_SOURCES.get(file) ?? NO_TITLE;
    // Lists do not overlap; the last one starting at or before the line is the candidate.
    let holder: TitledList | undefined;
    for (const l of doc.lists) if (l.line <= line && line <= l.endLine) holder = l;
    if (holder) return { title: holder.title ?? doc.title, department: holder.department, listDate: holder.date };
    return { title: doc.title, department: null, listDate: doc.date };
  };
}

function toDocument(r: Row): TitledDocument {
  const lists = (Array.isArray(r.lists) ? (r.lists as Row[]) : []).map((l) => ({
    line: num(l.line),
    endLine: num(l.endLine),
    title: strOrNull(l.title),
    department: str(l.department),
    date: storedListDate(l),
  }));
  return { key: str(r.key), file: str(r.file), title: strOrNull(r.title), date: storedListDate(r), lists };
}

const ORIGINS: ReadonlySet<string> = new Set<ListDate['origin']>(['text', 'given', 'unknown']);

/** A ListDate from the node properties graph/load/rows.ts `listDateProperties` writes; unknown on a node loaded before dates were. */
export function storedListDate(r: Row): ListDate {
  const date = strOrNull(r.date);
  const origin = strOrNull(r.dateOrigin);
  if (!date || !origin || !ORIGINS.has(origin) || origin === 'unknown') return UNKNOWN_LIST_DATE;
  return {
    year: r.dateYear === null || r.dateYear === undefined ? null : num(r.dateYear),
    date,
    origin: origin as ListDate['origin'],
    line: r.dateLine === null || r.dateLine === undefined ? null : num(r.dateLine),
  };
}

const lookups = new VersionedCache<SourceTitleLookup>(4);

/** The title and department of any source line, for the graph as of `version` (default: now). */
export async function sourceTitles(version?: GraphVersion): Promise<SourceTitleLookup> {
  return lookups.getAtOneVersion(
    version ?? (await graphVersion()),
    'all',
    () => readRows(Q.DOCUMENT_TITLES),
    (rows) => titleLookup(rows.map(toDocument)),
  );
}
