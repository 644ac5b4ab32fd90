import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block, ReadDocument } from '../../../../loaders/blocks';
import { parseCsv } from '../../../../loaders/read/csv';
import { ReadError } from '../../../../loaders/read/errors';
import { readDocument } from '../../../../loaders/read/index';
import { SAMPLE_LIST, buildDocx, buildDocxFromBody, buildXlsx, exportCsv, exportTxt } from './fixture-files';

let dir: string;
const file = (name: string): string => path.join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'jurisgraph-read-'));
  const txt = exportTxt(SAMPLE_LIST);
  writeFileSync(file('list.txt'), txt);
  writeFileSync(file('list-bom.txt'), `\uFEFF${txt}`);
  writeFileSync(file('list-gb.txt'), iconv.encode(txt, 'gb18030'));
  writeFileSync(file('list.docx'), await buildDocx(SAMPLE_LIST));
  writeFileSync(file('list.xlsx'), await buildXlsx(SAMPLE_LIST));
  writeFileSync(file('list.csv'), exportCsv(SAMPLE_LIST));
  writeFileSync(file('list-gb.csv'), iconv.encode(exportCsv(SAMPLE_LIST), 'gbk'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What every format must agree on: text lines and table cells, positions aside. */
function content(blocks: Block[]): Array<string | string[]> {
  return blocks.map((b) => (b.kind === 'text' ? b.text.trim() : b.cells.map((c) => c.text.trim())));
}

async function read(name: string): Promise<ReadDocument> {
  return readDocument(file(name), name);
}

describe('readDocument', () => {
  it('reads the Word text export as the title, three headings and ten rows', async () => {
    const doc = await read('list.txt');
    expect(doc).toMatchObject({ file: 'list.txt', format: 'txt', encoding: 'utf-8' });
    const rows = content(doc.blocks).filter(Array.isArray);
    expect(rows).toHaveLength(10);
    expect(rows[5]).toEqual(['', '', '区财政局、区国税分局、区地税分局', '负责资金保障和税收政策落实', '', '']);
  });

  it.each([
    ['list-bom.txt', 'txt', 'utf-8-bom'],
    ['list-gb.txt', 'txt', 'gb18030'],
    ['list.docx', 'docx', null],
    ['list.xlsx', 'xlsx', null],
    ['list.csv', 'csv', 'utf-8'],
    ['list-gb.csv', 'csv', 'gb18030'],
  ])('reads %s (%s, %s) to the same content as the .txt export', async (name, format, encoding) => {
    const [reference, doc] = await Promise.all([read('list.txt'), read(name)]);
    expect(doc.format).toBe(format);
    expect(doc.encoding).toBe(encoding);
    expect(content(doc.blocks)).toEqual(content(reference.blocks));
  });

  it('numbers .docx lines by paragraph, cells included, and spans multi-paragraph cells', async () => {
    const doc = await read('list.docx');
    const [title, heading, header, first] = doc.blocks;
    expect([title.line, heading.line, header.line, header.endLine]).toEqual([1, 3, 4, 7]);
    // First duty row: paragraphs 8..12, its work-items cell holding two paragraphs (10, 11).
    expect(first.kind === 'row' && first.cells[2]).toMatchObject({ line: 10, endLine: 11 });
    expect(first).toMatchObject({ line: 8, endLine: 12 });
  });

  it('numbers .xlsx lines by row and .csv lines by physical line, multi-line cells spanning two', async () => {
    const xlsx = await read('list.xlsx');
    expect(xlsx.blocks.map((b) => b.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    const csv = await read('list.csv');
    expect(csv.blocks.map((b) => [b.line, b.endLine])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 5],
      [6, 6],
      [7, 7],
      [8, 8],
      [9, 10],
      [11, 11],
      [12, 12],
      [13, 13],
      [14, 14],
      [15, 15],
      [16, 16],
    ]);
  });

  it('rejects bytes that are neither UTF-8 nor GB18030, naming the file', async () => {
    writeFileSync(file('binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0x80, 0xff, 0xfe, 0x00, 0x1b, 0x9c]));
    const error = await read('binary.txt').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).code).toBe('ENCODING_UNKNOWN');
    expect((error as ReadError).message).toContain('binary.txt');
  });

  it('rejects a missing file and a legacy .doc with a message naming the file', async () => {
    await expect(read('missing.txt')).rejects.toMatchObject({ code: 'FILE_UNREADABLE', message: expect.stringContaining('missing.txt') });
    writeFileSync(file('old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    await expect(read('old.doc')).rejects.toMatchObject({ code: 'FORMAT_UNSUPPORTED', message: expect.stringContaining('old.doc') });
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks (RFC 4180)', () => {
    const rows = parseCsv('a,"b,1","say ""hi"""\r\n"two\r\nlines",,x\n');
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['a', 'b,1', 'say "hi"'],
      ['two\nlines', '', 'x'],
    ]);
    expect(rows.map((r) => [r.line, r.endLine])).toEqual([
      [1, 1],
      [2, 3],
    ]);
  });

  it('keeps a last row that has no line break', () => {
    expect(parseCsv('a,b').map((r) => r.cells.map((c) => c.text))).toEqual([['a', 'b']]);
  });
});

describe('docx table structure', () => {
  const p = (text: string): string => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const tc = (props: string, body: string): string => `<w:tc><w:tcPr>${props}</w:tcPr>${body}</w:tc>`;

  it('keeps grid columns through gridBefore, gridSpan and hMerge, and reads runs as Word shows them', async () => {
    const body =
      `<w:sdt><w:sdtContent>${p('标题')}</w:sdtContent></w:sdt>` +
      '<w:tbl><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>' +
      tc('<w:gridSpan w:val="2"/>', p('跨两列')) +
      tc('', '<w:p><w:r><w:t>一行</w:t><w:br/><w:t>二行</w:t></w:r><w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del></w:p>') +
      tc('<w:hMerge w:val="restart"/>', p('横向合并')) +
      tc('<w:hMerge/>', p('')) +
      '</w:tr></w:tbl>';
    writeFileSync(file('structure.docx'), await buildDocxFromBody(body));
    const doc = await read('structure.docx');
    expect(content(doc.blocks)).toEqual(['标题', ['', '跨两列', '', '一行\n二行', '横向合并', '']]);
    const row = doc.blocks[1];
    expect(row.kind === 'row' && row.cells.map((c) => c.line)).toEqual([2, 2, 2, 3, 4, 5]);
  });
});
