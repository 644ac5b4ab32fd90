// One generated list as its author laid it out: paragraphs and tables in reading order.
// The generator builds this once; render-text.ts writes it as the Word text export and
// render-office.ts as a .docx or .xlsx, so every format carries the same content.

/** A table cell may hold several paragraphs, separated by '\n'. */
export interface ListTable {
  kind: 'table';
  header: string[];
  rows: string[][];
}

export interface ListParagraph {
  kind: 'paragraph';
  text: string;
}

export type ListBlock = ListParagraph | ListTable;

export interface ListDocument {
  blocks: ListBlock[];
}

export function paragraph(text: string): ListParagraph {
  return { kind: 'paragraph', text };
}

export function isHeaderRow(table: ListTable, row: string[]): boolean {
  return row.length === table.header.length && row.every((c, i) => c === table.header[i]);
}
