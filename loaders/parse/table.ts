// Rebuilds the logical rows of one section's table from the blocks the tokenizer made.
//
// The export is unreliable about row boundaries: a blank line can fall inside a row
// (after the 序号 cell, or inside a 相关依据 cell holding five laws), a paragraph of a
// cell can end up after that blank line, and the header itself can be cut into pieces
// (管理 / 事项). Once the header tells how many columns there are, fragments are glued
// back together while the row is short, and a paragraph between fragments continues the
// last cell. Header rows repeated mid-table are recognised and skipped.
import type { Block, Cell } from '../blocks';
import { HEADER_LABELS, NOISE_LINE, NOTE, PHONE, PLACEHOLDER, SEQ_CELL, type ColumnRole } from '../rules';
import { declaredName } from './headings';
import { label, repairHeaderCells, restoreMissingColumns, splitMergedLabel } from './header';
import { clean, joinContinuation } from './text';

export interface Header {
  labels: string[];
  roles: (ColumnRole | null)[];
  line: number;
  endLine: number;
  /** Damage repaired by content (HEADER_REPAIRED), in words. */
  repairs: string[];
  /** Damage that could not be repaired (HEADER_DAMAGED): the rows under it are not read. */
  damage: string | null;
  /** The header's cells as written, TAB-separated. */
  raw: string;
}

export interface TableRow {
  cells: Cell[];
  header: Header;
  line: number;
  endLine: number;
}

export interface AssembledTable {
  rows: TableRow[];
  /** Header rows seen (the first and every repetition). */
  headers: Header[];
  /** Paragraphs of the section that belong to no row: notes (注：…), placeholders (......). */
  leftovers: Block[];
  /** Row fragments met before any header: the caller decides what they are. */
  headerless: Block[];
}

type RowBlock = Extract<Block, { kind: 'row' }>;

const LABELS = Object.keys(HEADER_LABELS);

/** Header labels are a few characters; most cells are long prose and are ruled out at once. */
const MAX_LABEL_SOURCE = 24;

/** A whole header label, or a piece of one cut by a line break (管理 / 事项, 承办 / 机构). */
export function isLabelPiece(text: string): boolean {
  if (text.length > MAX_LABEL_SOURCE) return false;
  const l = label(text);
  if (l.length === 0) return false;
  return (
    l in HEADER_LABELS || (l.length <= 4 && LABELS.some((full) => full.startsWith(l) || full.endsWith(l))) || splitMergedLabel(l) !== null
  );
}

/** Cells that are whole header labels: two or more in a row that is not a header mean a header that was not recognised. */
export function headerLabelCount(cells: Cell[]): number {
  return cells.filter((c) => c.text.length <= MAX_LABEL_SOURCE && (label(c.text) in HEADER_LABELS || splitMergedLabel(c.text) !== null))
    .length;
}

function isHeaderFragment(cells: Cell[]): boolean {
  if (cells.some((c) => c.text.length > MAX_LABEL_SOURCE)) return false;
  const filled = cells.filter((c) => label(c.text).length > 0);
  return filled.length > 0 && filled.every((c) => isLabelPiece(c.text));
}

function startsHeader(cells: Cell[]): boolean {
  if (cells.length < 2 || cells.some((c) => c.text.length > MAX_LABEL_SOURCE)) return false;
  const filled = cells.filter((c) => label(c.text).length > 0);
  return filled.length >= 2 && isHeaderFragment(cells) && filled.some((c) => label(c.text) in HEADER_LABELS);
}

function toHeader(written: Cell[], dataWidth: number | null): Header {
  const repaired = repairHeaderCells(written);
  let cells = repaired.cells;
  const repairs = [...repaired.repairs];
  const restored = repaired.damage ? null : restoreMissingColumns(cells, dataWidth);
  if (restored) {
    cells = restored.cells;
    repairs.push(restored.repair);
  }
  const labels = cells.map((c) => label(c.text));
  return {
    labels,
    roles: labels.map((l) => HEADER_LABELS[l] ?? null),
    line: written[0].line,
    endLine: Math.max(...written.map((c) => c.endLine)),
    repairs,
    damage: repaired.damage,
    raw: written.map((c) => c.text).join('\t'),
  };
}

/** How many columns the rows below a header fill: the furthest non-empty cell of any row fragment. */
function dataWidthFrom(blocks: Block[], from: number): number | null {
  let width: number | null = null;
  for (let i = from; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind !== 'row') continue;
    if (startsHeader(block.cells)) break;
    let last = block.cells.length;
    while (last > 0 && clean(block.cells[last - 1].text) === '') last--;
    width = Math.max(width ?? 0, last);
  }
  return width;
}

function copyCells(block: RowBlock): Cell[] {
  return block.cells.map((c) => ({ ...c }));
}

function appendToLastCell(cells: Cell[], block: Block & { kind: 'text' }): void {
  const last = cells[cells.length - 1];
  last.text = joinContinuation(last.text, block.text);
  last.endLine = block.endLine;
}

/** A fragment that opens with a number in the 序号 column begins a row of its own. */
function opensRow(cells: Cell[]): boolean {
  return cells.length >= 2 && SEQ_CELL.test(label(cells[0].text)) && label(cells[0].text).length > 0;
}

export function assembleTable(blocks: Block[]): AssembledTable {
  const result: AssembledTable = { rows: [], headers: [], leftovers: [], headerless: [] };
  let header: Header | null = null;
  let headerCells: Cell[] | null = null;
  let current: Cell[] | null = null;

  const flushRow = (): void => {
    if (current && header) {
      result.rows.push({
        cells: current,
        header,
        line: current[0].line,
        endLine: Math.max(...current.map((c) => c.endLine)),
      });
    }
    current = null;
  };
  const closeHeader = (index: number): void => {
    if (headerCells) {
      header = toHeader(headerCells, dataWidthFrom(blocks, index));
      result.headers.push(header);
    }
    headerCells = null;
  };
  // For each block: is the next row a data row of this table (not a new header)? A paragraph
  // followed by a header row is a caption of the next table, not the tail of a cell.
  const dataRowFollows: boolean[] = new Array<boolean>(blocks.length).fill(false);
  for (let i = blocks.length - 2, follows = false; i >= 0; i--) {
    const next = blocks[i + 1];
    if (next.kind === 'row') follows = !startsHeader(next.cells);
    dataRowFollows[i] = follows;
  }

  blocks.forEach((block, index) => {
    if (block.kind === 'row') {
      if (headerCells && isHeaderFragment(block.cells)) {
        headerCells.push(...copyCells(block));
        return;
      }
      closeHeader(index);
      if (startsHeader(block.cells)) {
        flushRow();
        headerCells = copyCells(block);
        return;
      }
      if (!header) {
        result.headerless.push(block);
        return;
      }
      const width = (header as Header).labels.length;
      const fragment = copyCells(block);
      if (current && current.length < width && current.length + fragment.length <= width && !opensRow(fragment)) {
        current.push(...fragment);
        return;
      }
      flushRow();
      current = fragment;
      return;
    }

    const text = clean(block.text);
    if (text.length === 0) return;
    if (headerCells) {
      // 管理 / (blank) / 事项: the second half of a header label cut by a blank line.
      const last = headerCells[headerCells.length - 1];
      if (text.length <= 4 && isLabelPiece(last.text + text)) {
        last.text = label(last.text) + text;
        last.endLine = block.endLine;
        return;
      }
      closeHeader(index);
    }
    if (PLACEHOLDER.test(text) || NOISE_LINE.test(text) || NOTE.test(text) || declaredName(block) !== null) {
      result.leftovers.push(block);
      return;
    }
    if (current && (current as Cell[]).every((c) => clean(c.text) === '')) {
      // A stray empty cell before a paragraph (002 ends its duty table so): not a row to extend.
      current = null;
    }
    if (current && header) {
      const width = (header as Header).labels.length;
      const cells: Cell[] = current;
      const lastRole = (header as Header).roles[cells.length - 1];
      const phoneOnly = lastRole === 'phone' && text.replace(PHONE, '').trim().length === 0;
      if (cells.length < width || dataRowFollows[index] || phoneOnly) {
        appendToLastCell(cells, block);
        return;
      }
    }
    result.leftovers.push(block);
  });
  closeHeader(blocks.length);
  flushRow();
  return result;
}
