import { describe, expect, it } from 'vitest';
import { bookTitle, datedBookTitle, fileLineLabel, sourceLabel } from '../../../web/src/ui/dom.js';

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

  it("names the list's date after its title, also when the date is unknown (issue 13)", () => {
    expect(sourceLabel({ file: '004.txt', line: 8747, title: '衡阳市蒸湘区卫生局责任清单', listDate: { label: '日期不详' } })).toBe(
      '《衡阳市蒸湘区卫生局责任清单》（日期不详）第 8747 行',
    );
    expect(sourceLabel({ file: '001.txt', line: 5, title: '衡阳市蒸湘区食品药品监督管理局责任清单', listDate: { label: '2016年' } })).toBe(
      '《衡阳市蒸湘区食品药品监督管理局责任清单》（2016年）第 5 行',
    );
    // A derived title keeps its note right after the 《》, the date after that.
    expect(datedBookTitle('湖南省洪江区经信局责任清单（标题为推断）', { label: '2019年3月15日' })).toBe(
      '《湖南省洪江区经信局责任清单》（标题为推断）（2019年3月15日）',
    );
    expect(sourceLabel({ file: '/srv/lists/a.txt', line: 12, title: null, listDate: { label: '2016年' } })).toBe('a.txt（2016年）第 12 行');
    // The tooltip's file and line stay plain.
    expect(fileLineLabel({ file: '/srv/lists/a.txt', line: 12, title: null, listDate: { label: '2016年' } })).toBe('a.txt 第 12 行');
  });
});
