import { describe, expect, it } from 'vitest';
import { bookTitle, sourceLabel } from '../../../web/src/ui/dom.js';

describe('how a source reads', () => {
  it('by its list title and line, not by a file name', () => {
    expect(sourceLabel({ file: '004_de25f4f62373e26f.txt', line: 8748, title: '衡阳市蒸湘区卫生局责任清单' })).toBe(
      '《衡阳市蒸湘区卫生局责任清单》第 8748 行',
    );
  });

  it('a derived title says so outside the 《》', () => {
    expect(bookTitle('湖南省洪江区经信局责任清单（标题为推断）')).toBe('《湖南省洪江区经信局责任清单》（标题为推断）');
    expect(sourceLabel({ file: 'a.txt', line: 3, title: '湖南省洪江区经信局责任清单（标题为推断）' })).toBe(
      '《湖南省洪江区经信局责任清单》（标题为推断）第 3 行',
    );
  });

  it('without a title: the file name alone, never the server path', () => {
    expect(sourceLabel({ file: '/srv/lists/004_de25f4f62373e26f.txt', line: 12, title: null })).toBe('004_de25f4f62373e26f.txt 第 12 行');
  });
});
