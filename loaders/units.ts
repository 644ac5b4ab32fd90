// Cutting a long, sorted run of files into units of work for a streamed load: each unit is
// a run of consecutive files that is resolved together (agency names are merged across the
// files of one unit, as loadDocuments does across a whole load) and written in one
// transaction. Consecutive files of the same jurisdiction stay together while they fit the
// row budget, because agency merging only ever happens within one jurisdiction; a file is
// never split, so one file over the budget is a unit of its own. Only the unit being filled
// is held in memory, never the whole country.
import type { Department, Diagnostic } from '../domain/records';
import { type FileOutcome, type LoadOptions, type LoadRun, loadOne, resolveRun } from './load';

export interface LoadUnit {
  /** Files skipped unparsed while this unit was filled (`UnitOptions.unchanged`), in order. */
  skipped: string[];
  /** May be empty: a unit of skipped files only. */
  files: string[];
  run: LoadRun;
  /** Estimated graph rows of the unit (estimatedRows), what the budget counts. */
  rows: number;
}

export interface UnitOptions extends LoadOptions {
  /** Estimated rows per unit; a unit is closed before a file would take it past this. */
  batchRows: number;
  /** Stop reading further files (an interrupted load): the unit being filled is still yielded. */
  stopped?: () => boolean;
  /** True for a file already stored exactly as this parser would write it: it is not parsed. */
  unchanged?: (file: string) => boolean;
}

/** Skipped files are handed on at least this often, so progress moves through a resumed country. */
const SKIPPED_PER_UNIT = 200;

/** The document's own lines are stored in chunks of this many (graph/load/rows.ts TEXT_CHUNK_LINES). */
const TEXT_LINES_PER_ROW = 200;

function departmentRows(d: Department): number {
  const assignments = d.boundaryMatters.flatMap((m) => m.assignments);
  const citations = d.boundaryMatters.reduce((n, m) => n + m.bases.length, 0) + assignments.reduce((n, a) => n + a.bases.length, 0);
  return (
    1 + // the list
    d.duties.length +
    d.duties.reduce((n, duty) => n + duty.items.length, 0) +
    d.boundaryMatters.length +
    assignments.length +
    citations * 2 + // the Basis and the RESTS_ON that cites it
    d.boundaryMatters.reduce((n, m) => n + m.cases.length, 0) +
    d.services.length +
    d.supervision.length
  );
}

/**
 * About how many rows (nodes and relationships created by UNWIND) the file becomes in the
 * graph: what the writer's transaction holds in memory. An estimate from the parse, so the
 * budget is known before agencies are resolved; close to the writer's own row count.
 */
export function estimatedRows(outcome: FileOutcome): number {
  const text = Math.ceil((outcome.document?.sourceLines.length ?? 0) / TEXT_LINES_PER_ROW);
  return 1 + text + outcome.diagnostics.length + outcome.departments.reduce((n, d) => n + departmentRows(d), 0);
}

/** The jurisdiction a file's lists belong to (its first list's); null for a file without lists. */
export function placeOf(departments: Department[]): string | null {
  const j = departments[0]?.jurisdiction;
  return j ? [j.province, j.city, j.county].map((x) => x ?? '').join('/') : null;
}

/**
 * Reads and parses `files` one at a time and yields them as units in the same order.
 * A file that cannot be read or parsed travels in a unit like any other: its error
 * diagnostic is written with its Document, and the others still load.
 */
export async function* loadUnits(files: Iterable<string>, options: UnitOptions): AsyncGenerator<LoadUnit> {
  let outcomes: FileOutcome[] = [];
  let names: string[] = [];
  let skipped: string[] = [];
  let rows = 0;
  let place: string | null = null;
  const close = (): LoadUnit => {
    const unit = { skipped, files: names, run: resolveRun(outcomes, options.strict), rows };
    outcomes = [];
    names = [];
    skipped = [];
    rows = 0;
    place = null;
    return unit;
  };
  for (const file of files) {
    if (options.stopped?.()) break;
    if (options.unchanged?.(file)) {
      skipped.push(file);
      if (skipped.length >= SKIPPED_PER_UNIT && names.length === 0) yield close();
      continue;
    }
    const outcome = await loadOne(file, options);
    const weight = estimatedRows(outcome);
    const filePlace = placeOf(outcome.departments);
    const otherPlace = filePlace !== null && place !== null && filePlace !== place;
    if (names.length > 0 && (otherPlace || rows + weight > options.batchRows)) yield close();
    outcomes.push(outcome);
    names.push(file);
    rows += weight;
    place ??= filePlace;
  }
  if (names.length > 0 || skipped.length > 0) yield close();
}

/** Every diagnostic of a unit's run about one file (resolution adds some after parsing). */
export function diagnosticsOf(run: LoadRun, file: string): Diagnostic[] {
  return run.result.diagnostics.filter((d) => d.file === file);
}
