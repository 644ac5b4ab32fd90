// Hostile and broken documents, built by the tests themselves: each one once took the
// loader down or ate the machine (issue 11). Shared by the limit tests and the fuzz suite.
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { buildDocxFromBody, officePackage } from './read/fixture-files';

export interface HostileFile {
  /** File name, named by what it does. */
  name: string;
  /** What the loader must say about it: the diagnostic code, and a word of its message. */
  code: string;
  mentions: string;
  build: () => Promise<Buffer>;
}

interface RawEntry {
  name: string;
  /** Deflated bytes. */
  data: Buffer;
  crc: number;
  /** The uncompressed size written in the headers, true or not. */
  declaredSize: number;
}

/** A zip written by hand, so headers can lie about sizes. */
export function rawZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function entry(name: string, text: string): RawEntry {
  const bytes = Buffer.from(text, 'utf8');
  return { name, data: deflateRawSync(bytes), crc: crc32(bytes), declaredSize: bytes.length };
}

/** `total` bytes of `<w:p/>` deflated as a stream: the bomb is built without holding it. */
async function deflatedRepeat(unit: string, total: number): Promise<Buffer> {
  const chunk = Buffer.from(unit.repeat(Math.ceil((1 << 20) / unit.length)));
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  for (let written = 0; written < total; written += chunk.length) {
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return Buffer.concat(out);
}

const DOC_HEAD = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="w"><w:body>';
const DOC_TAIL = '</w:body></w:document>';

/** A zip bomb: word/document.xml inflates to 256 MiB (four times the limit); `honest` says so in its headers, else it claims 1 KB. */
async function zipBomb(honest: boolean): Promise<Buffer> {
  const size = 256 << 20;
  const data = await deflatedRepeat('<w:p/>', size);
  return rawZip([{ name: 'word/document.xml', data, crc: 0, declaredSize: honest ? size : 1024 }]);
}

const cell = (props: string, text: string): string => `<w:tc><w:tcPr>${props}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;

async function compactDocx(body: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('word/document.xml', DOC_HEAD + body + DOC_TAIL);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

export const HOSTILE_FILES: HostileFile[] = [
  {
    name: 'grid_span_1e8.docx',
    code: 'LIMIT_EXCEEDED',
    mentions: 'gridSpan',
    build: () => compactDocx(`<w:tbl><w:tr>${cell('<w:gridSpan w:val="100000000"/>', '序号')}</w:tr></w:tbl>`),
  },
  {
    name: 'grid_before_1e7.docx',
    code: 'LIMIT_EXCEEDED',
    mentions: 'gridBefore',
    build: () => compactDocx(`<w:tbl><w:tr><w:trPr><w:gridBefore w:val="10000000"/></w:trPr>${cell('', '序号')}</w:tr></w:tbl>`),
  },
  {
    name: 'million_paragraphs.docx',
    code: 'LIMIT_EXCEEDED',
    mentions: '行数',
    build: () => compactDocx('<w:p/>'.repeat(1_000_000)),
  },
  {
    name: 'zip_bomb_declared.docx',
    code: 'LIMIT_EXCEEDED',
    mentions: '解压后大小',
    build: () => zipBomb(true),
  },
  {
    name: 'zip_bomb_lying.docx',
    code: 'LIMIT_EXCEEDED',
    mentions: '声明',
    build: () => zipBomb(false),
  },
  {
    name: 'deeply_nested.docx',
    code: 'LIMIT_EXCEEDED',
    mentions: 'XML 嵌套层数',
    build: () => compactDocx('<w:sdt><w:sdtContent>'.repeat(100_000) + '</w:sdtContent></w:sdt>'.repeat(100_000)),
  },
  {
    name: 'doctype_external_entity.docx',
    code: 'FORMAT_BROKEN',
    mentions: 'DOCTYPE',
    build: async () =>
      rawZip([
        entry(
          'word/document.xml',
          `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/hostname">]>${DOC_HEAD.replace(/^<\?xml[^>]*>/, '')}<w:p><w:r><w:t>&x;</w:t></w:r></w:p>${DOC_TAIL}`,
        ),
      ]),
  },
  {
    name: 'cells_200k_in_one_row.docx',
    code: 'LIMIT_EXCEEDED',
    mentions: '每行单元格数',
    build: () => compactDocx(`<w:tbl><w:tr>${cell('', '序号').repeat(200_000)}</w:tr></w:tbl>`),
  },
  {
    name: 'cells_200k_in_one_row.csv',
    code: 'LIMIT_EXCEEDED',
    mentions: '每行单元格数',
    build: async () => Buffer.from(`${'序号,'.repeat(200_000)}\n`),
  },
  {
    name: 'rows_200k.csv',
    code: 'LIMIT_EXCEEDED',
    mentions: '行数',
    build: async () => Buffer.from('序号,管理事项,相关部门\n' + '1,事项,区财政局\n'.repeat(200_000)),
  },
  {
    name: 'cells_200k_in_one_row.txt',
    code: 'LIMIT_EXCEEDED',
    mentions: '每行单元格数',
    build: async () => Buffer.from('一、部门职责\n' + '\t序号\n'.repeat(200_000)),
  },
  {
    name: 'wide_column_xfd.xlsx',
    code: 'LIMIT_EXCEEDED',
    mentions: '每行单元格数',
    build: async () => {
      const rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>序号</t></is></c><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>';
      return xlsxWithSheet(rows);
    },
  },
];

/** An .xlsx whose only sheet holds the given `<row>` elements. */
export async function xlsxWithSheet(rows: string): Promise<Buffer> {
  const zip = officePackage('xl/workbook.xml', [
    ['/xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'],
    ['/xl/worksheets/sheet1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml'],
  ]);
  zip.file(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A harmless oddity: a `<__proto__>` element (and attribute) inside an otherwise good .docx. */
export async function protoElementDocx(): Promise<Buffer> {
  const p = (t: string): string => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
  const row = (cells: string[]): string => `<w:tr>${cells.map((c) => `<w:tc>${p(c)}</w:tc>`).join('')}</w:tr>`;
  return buildDocxFromBody(
    `${p('衡阳市蒸湘区统计局责任清单')}<__proto__ __proto__="1"><constructor/></__proto__>${p('一、部门职责')}` +
      `<w:tbl>${row(['序号', '主要职责', '具体工作事项', '备注'])}${row(['1', '负责统计调查', '组织实施统计调查', ''])}</w:tbl>`,
  );
}
