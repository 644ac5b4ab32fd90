// Puts each cell of an assembled row under the column it belongs to.
//
// Most rows line up with the header. Some do not: a boundary row whose 管理事项 cell
// went missing has the agency one column to the left (…|区教文体局|负责指导…|《…》|某校…|),
// a row that opens a matter without a number has no 序号 cell, and a 案例 can slide into
// the 相关依据 column when the basis is blank. Content decides: an agency name looks like
// one (ends in 局/办/部门…), a case opens with 某/如/例如, a basis names a document.
import type { Cell } from '../blocks';
import { AGENCY_LIKE, BASIS_LIKE, CASE_LIKE, PROSE_PUNCTUATION, SEQ_CELL, type ColumnRole } from '../rules';
import { report, type ParseContext } from './context';
import type { TableRow } from './table';
import { clean } from './text';

export interface AlignedRow {
  /** Cleaned text of the cell in that column ('' when absent). */
  text(role: ColumnRole): string;
  cell(role: ColumnRole): Cell | undefined;
  line: number;
  endLine: number;
  /** The row's cells as written, TAB-separated: what a diagnostic quotes. */
  raw: string;
  /** Cells beyond the header's columns, if any (the caller reports them). */
  extra: Cell[];
  /** Why the cells were moved, when they were (for an info diagnostic). */
  realigned: string | null;
}

/** Reports cells beyond the header's columns; `fate` says what became of them. */
export function reportExtraCells(ctx: ParseContext, r: AlignedRow, fate: string): void {
  if (r.extra.length > 0) report(ctx, 'warning', 'ROW_EXTRA_CELLS', r.line, `该行单元格多于表头列数，${fate}`, r.raw);
}

const EMPTY: Cell = { text: '', line: 0, endLine: 0 };

export function isAgencyLike(text: string): boolean {
  const t = clean(text).replace(/\n/g, '');
  return t.length > 0 && t.length <= 40 && !PROSE_PUNCTUATION.test(t.replace(/[：:]$/, '')) && AGENCY_LIKE.test(t);
}

function isEmpty(cell: Cell | undefined): boolean {
  return !cell || clean(cell.text).length === 0;
}

function build(row: TableRow, cells: Cell[], realigned: string | null): AlignedRow {
  const { roles } = row.header;
  const byRole = new Map<ColumnRole, Cell>();
  roles.forEach((role, i) => {
    if (role && cells[i] && !byRole.has(role)) byRole.set(role, cells[i]);
  });
  const extra = cells.slice(roles.length).filter((c) => !isEmpty(c));
  return {
    text: (role) => clean(byRole.get(role)?.text ?? ''),
    cell: (role) => byRole.get(role),
    line: row.line,
    endLine: row.endLine,
    // Only diagnostics quote it: built on demand.
    get raw() {
      return row.cells.map((c) => c.text).join('\t');
    },
    extra,
    realigned,
  };
}

/** Tables whose cells stay where the header puts them (duties, services). */
export function alignByPosition(row: TableRow): AlignedRow {
  return build(row, row.cells, null);
}

/** Boundary rows: find the agency cell by its look and rebuild the columns around it. */
export function alignBoundaryRow(row: TableRow): AlignedRow {
  const { roles } = row.header;
  const agencyCol = roles.indexOf('agency');
  const titleCol = roles.indexOf('title');
  const seqCol = roles.indexOf('seq');
  let cells = [...row.cells];
  let realigned: string | null = null;

  const agencyHere = cells[agencyCol];
  const agencyLeft = cells[agencyCol - 1];
  if (agencyCol > 0 && !isEmpty(agencyHere) && !isAgencyLike(agencyHere.text) && agencyLeft && isAgencyLike(agencyLeft.text)) {
    const first = clean(cells[0].text);
    if (titleCol === agencyCol - 1 && seqCol === 0 && (first === '' || SEQ_CELL.test(first))) {
      cells.splice(titleCol, 0, EMPTY);
      realigned = '管理事项列缺失，相关部门等列左移了一列，已按内容复位';
    } else if (seqCol === 0) {
      cells.splice(0, 0, EMPTY);
      realigned = '序号列缺失，整行左移了一列，已按内容复位';
    }
    // The export often leaves an empty cell at the end of such a row: drop it.
    while (cells.length > roles.length && isEmpty(cells[cells.length - 1])) cells = cells.slice(0, -1);
  }

  const basisCol = roles.indexOf('basis');
  const caseCol = roles.indexOf('case');
  if (basisCol >= 0 && caseCol >= 0 && cells[basisCol] && isEmpty(cells[caseCol])) {
    const basis = clean(cells[basisCol].text);
    if (CASE_LIKE.test(basis) && !BASIS_LIKE.test(basis.slice(0, 30))) {
      cells = [...cells];
      while (cells.length <= caseCol) cells.push(EMPTY);
      cells[caseCol] = cells[basisCol];
      cells[basisCol] = EMPTY;
      realigned = `${realigned ? `${realigned}；` : ''}案例写在了相关依据列，已移到案例列`;
    }
  }
  return build(row, cells, realigned);
}
