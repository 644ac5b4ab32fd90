// The intermediate every reader produces and every parser stage consumes.
// A .txt export, a .docx, an .xlsx and a .csv all become a flat list of blocks,
// so the section/table parsers are written once.

/** One table cell. `line`/`endLine` are 1-based positions in the source
 *  (text line for .txt, paragraph ordinal for .docx, row number for .xlsx/.csv). */
export interface Cell {
  text: string;
  line: number;
  endLine: number;
}

export type Block =
  /** One table row, cells in column order (a missing cell is simply absent or ''). */
  | { kind: 'row'; cells: Cell[]; line: number; endLine: number }
  /** A paragraph outside any table: titles, section headings, free text. */
  | { kind: 'text'; text: string; line: number; endLine: number };

/** What a reader hands to the parser: blocks plus how the bytes were decoded. */
export interface ReadDocument {
  /** The file as the user named it (used in every SourceRef and diagnostic). */
  file: string;
  format: 'txt' | 'docx' | 'xlsx' | 'csv';
  /** 'utf-8', 'utf-8-bom', 'gb18030'; null for zip-based formats. */
  encoding: string | null;
  blocks: Block[];
  /** The document's lines in the numbering of `line` (loaders/read/source-lines.ts), when the
   *  reader has them as text (.txt, .csv); otherwise they are rebuilt from `blocks`. */
  sourceLines?: string[];
  /** Damage the reader repaired (a stray control character, a truncated last character):
   *  each becomes a warning diagnostic, and the rest of the file loads. */
  damage?: { line: number; code: string; message: string; raw: string }[];
}
