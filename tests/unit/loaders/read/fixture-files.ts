// One small responsibility list, written out as each format staff hand us: the
// Word text export (.txt), a real .docx table, an .xlsx sheet and a .csv. Tests
// build these files themselves so every reader is checked against the same content.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** A table cell; `null` continues the cell above (a vertical merge). */
export type FixtureCell = string | null;

export interface FixtureList {
  title: string;
  heading: string;
  header: string[];
  rows: FixtureCell[][];
}

export const BOUNDARY_LIST: FixtureList = {
  title: '衡阳市蒸湘区发展和改革局责任清单',
  heading: '二、与相关部门的职责边界',
  header: ['序号', '管理事项', '相关部门', '职责分工', '相关依据', '案例'],
  rows: [
    [
      '1',
      '经济运行调节',
      '区发改局',
      '负责监测宏观经济的运行\n协调解决经济运行中的重大问题',
      '1、《中华人民共和国节约能源法》；2、《湖南省人民政府关于印发<湖南省“十二五”节能减排综合性工作方案>的通知》(湘政发[2011]46号）',
      '如区发改局负责制定全区国民经济和社会发展计划',
    ],
    [null, null, '区财政局、区国税分局、区地税分局', '负责资金保障和税收政策落实', null, null],
    ['2', '公路建设项目申报', '县交通局县公路局', '负责项目申报和建设监管', '《公路法》第二十三条', ''],
    [null, null, '其他有关部门', '配合做好相关工作', null, null],
  ],
};

const text = (cell: FixtureCell): string => cell ?? '';

/** The Word "save as text" layout: TAB opens a cell, extra paragraphs continue untabbed, a blank line ends a row. */
export function exportTxt(list: FixtureList): string {
  const lines = [list.title, '', list.heading];
  for (const row of [list.header, ...list.rows]) {
    for (const cell of row) lines.push(`\t${text(cell)}`);
    lines.push('');
  }
  return lines.join('\n');
}

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function paragraph(content: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(content)}</w:t></w:r></w:p>`;
}

function docxCell(cell: FixtureCell, rowIndex: number, column: number, rows: FixtureCell[][]): string {
  const startsMerge = cell !== null && rows[rowIndex + 1]?.[column] === null;
  const merge = cell === null ? '<w:vMerge/>' : startsMerge ? '<w:vMerge w:val="restart"/>' : '';
  const body = text(cell).split('\n').map(paragraph).join('');
  return `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/>${merge}</w:tcPr>${body}</w:tc>`;
}

/** A minimal .docx whose body holds the title, the heading and a real w:tbl with merged cells. */
export async function buildDocx(list: FixtureList): Promise<Buffer> {
  const rows = [list.header, ...list.rows];
  const table = rows
    .map((row, r) => `<w:tr>${row.map((cell, c) => docxCell(cell, r, c, rows)).join('')}</w:tr>`)
    .join('');
  const document =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    paragraph(list.title) +
    '<w:p/>' +
    paragraph(list.heading) +
    `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(list.header.length)}</w:tblGrid>${table}</w:tbl>` +
    '<w:sectPr/></w:body></w:document>';
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file('word/document.xml', document);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** An .xlsx sheet: a merged title row, a heading row, then the table with vertically merged cells. */
export async function buildXlsx(list: FixtureList): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow([list.title]);
  sheet.mergeCells(1, 1, 1, list.header.length);
  sheet.addRow([list.heading]);
  sheet.addRow(list.header);
  const first = sheet.rowCount + 1;
  list.rows.forEach((row, r) => {
    // Continuation cells carry the text above until mergeCells folds them into the master.
    sheet.addRow(row.map((cell, c) => cell ?? text(list.rows.slice(0, r).reverse().find((x) => x[c] !== null)?.[c] ?? '')));
  });
  list.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell !== null && list.rows[r + 1]?.[c] === null) {
        let end = r + 1;
        while (list.rows[end + 1]?.[c] === null) end++;
        sheet.mergeCells(first + r, c + 1, first + end, c + 1);
      }
    }),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvField = (s: string): string => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** A .csv as a spreadsheet program writes it: title and heading as one-field rows, CRLF line ends. */
export function exportCsv(list: FixtureList): string {
  const rows = [[list.title], [list.heading], list.header, ...list.rows.map((r) => r.map(text))];
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
