// One small responsibility list, written out as each format staff hand us: the
// Word text export (.txt), a real .docx table, an .xlsx sheet and a .csv. Tests
// build these files themselves so every reader is checked against the same content.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** A table cell; `null` continues the cell above (a vertical merge). */
export type FixtureCell = string | null;

export interface FixtureTable {
  heading: string;
  header: string[];
  rows: FixtureCell[][];
}

export interface FixtureList {
  title: string;
  tables: FixtureTable[];
}

const DUTIES: FixtureTable = {
  heading: '一、部门职责',
  header: ['序号', '主要职责', '具体工作事项', '备注'],
  rows: [
    ['1', '拟订并组织实施国民经济和社会发展战略', '组织拟订全区国民经济和社会发展规划\n监测分析宏观经济形势', ''],
    ['2', '负责全区固定资产投资管理', '审批、核准、备案固定资产投资项目', '区政府授权'],
  ],
};

const SERVICES: FixtureTable = {
  heading: '四、公共服务事项',
  header: ['序号', '服务事项', '主要内容', '承办机构', '联系电话'],
  rows: [['1', '企业投资项目备案', '为企业投资项目办理备案手续', '投资科', '0734-8888001']],
};

const BOUNDARY: FixtureTable = {
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

export const SAMPLE_LIST: FixtureList = {
  title: '衡阳市蒸湘区发展和改革局责任清单',
  tables: [DUTIES, BOUNDARY, SERVICES],
};

const text = (cell: FixtureCell): string => cell ?? '';

/** The Word "save as text" layout: TAB opens a cell, extra paragraphs continue untabbed, a blank line ends a row. */
export function exportTxt(list: FixtureList): string {
  const lines = [list.title, ''];
  for (const table of list.tables) {
    lines.push(table.heading);
    for (const row of [table.header, ...table.rows]) {
      for (const cell of row) lines.push(`\t${text(cell)}`);
      lines.push('');
    }
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

function docxTable(table: FixtureTable): string {
  const rows = [table.header, ...table.rows];
  const body = rows.map((row, r) => `<w:tr>${row.map((cell, c) => docxCell(cell, r, c, rows)).join('')}</w:tr>`).join('');
  const grid = '<w:gridCol w:w="1000"/>'.repeat(table.header.length);
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${body}</w:tbl>`;
}

/** A minimal .docx whose body holds the title, then each heading and its real w:tbl with merged cells. */
export async function buildDocx(list: FixtureList): Promise<Buffer> {
  const body = paragraph(list.title) + '<w:p/>' + list.tables.map((t) => paragraph(t.heading) + docxTable(t)).join('');
  return buildDocxFromBody(body);
}

/**
 * An Office package's skeleton: its content types (parts named with their types) and the
 * root relationship to its main part (word/document.xml, xl/workbook.xml).
 */
export function officePackage(mainPart: string, parts: ReadonlyArray<readonly [name: string, contentType: string]>): JSZip {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      parts.map(([name, type]) => `<Override PartName="${name}" ContentType="${type}"/>`).join('') +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${mainPart}"/></Relationships>`,
  );
  return zip;
}

/** A .docx package around the given w:body content. */
export async function buildDocxFromBody(body: string): Promise<Buffer> {
  const document =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    body +
    '<w:sectPr/></w:body></w:document>';
  const zip = officePackage('word/document.xml', [
    ['/word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'],
  ]);
  zip.file('word/document.xml', document);
  return zip.generateAsync({ type: 'nodebuffer' });
}

function addSheetTable(sheet: ExcelJS.Worksheet, table: FixtureTable): void {
  sheet.addRow([table.heading]);
  sheet.addRow(table.header);
  const first = sheet.rowCount + 1;
  const rows = table.rows;
  rows.forEach((row, r) => {
    // Continuation cells carry the text above until mergeCells folds them into the master.
    sheet.addRow(
      row.map(
        (cell, c) =>
          cell ??
          text(
            rows
              .slice(0, r)
              .reverse()
              .find((x) => x[c] !== null)?.[c] ?? '',
          ),
      ),
    );
  });
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell !== null && rows[r + 1]?.[c] === null) {
        let end = r + 1;
        while (rows[end + 1]?.[c] === null) end++;
        sheet.mergeCells(first + r, c + 1, first + end, c + 1);
      }
    }),
  );
}

/** An .xlsx sheet: a merged title row, then each table under its heading row, with vertically merged cells. */
export async function buildXlsx(list: FixtureList): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow([list.title]);
  sheet.mergeCells(1, 1, 1, Math.max(...list.tables.map((t) => t.header.length)));
  for (const table of list.tables) addSheetTable(sheet, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvField = (s: string): string => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** A .csv as a spreadsheet program writes it: title and heading as one-field rows, CRLF line ends. */
export function exportCsv(list: FixtureList): string {
  const rows = [[list.title], ...list.tables.flatMap((t) => [[t.heading], t.header, ...t.rows.map((r) => r.map(text))])];
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
