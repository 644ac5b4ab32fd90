import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../loaders/read/encoding';

const TEXT = '衡阳市蒸湘区发展和改革局\t序号\n𠀀鿏者';

describe('decodeText', () => {
  it.each([
    ['utf-8', Buffer.from(TEXT, 'utf8')],
    ['utf-8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])],
    ['gb18030', iconv.encode(TEXT, 'gb18030')],
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
  ])('decodes %s, four-byte GB18030 characters included', (encoding, bytes) => {
    expect(decodeText(bytes, 'x.txt')).toEqual({ text: TEXT, encoding, damage: [] });
  });

  it('reads GBK bytes as GB18030, its superset', () => {
    expect(decodeText(iconv.encode('区财政局、区国税分局', 'gbk'), 'x.txt')).toEqual({
      text: '区财政局、区国税分局',
      encoding: 'gb18030',
      damage: [],
    });
  });

  it('prefers UTF-8 when the bytes are valid UTF-8', () => {
    // Valid UTF-8 Chinese would also decode as (wrong) GB18030 text: UTF-8 must win.
    expect(decodeText(Buffer.from('职责边界', 'utf8'), 'x.txt').encoding).toBe('utf-8');
  });

  it('refuses binary data, naming the file', () => {
    expect(() => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'scan.png')).toThrow(/scan\.png/);
  });
});
