import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../web/src/api.js';
import { byList } from '../../../web/src/views/overlapDetail.js';

const row = (listKey: string, file: string, line: number, agency: string): Assignment => ({
  agency: { key: `k|${agency}`, name: agency, aliases: [] },
  agencyRaw: agency,
  division: `${agency} ${line}`,
  role: null,
  case: null,
  bases: [],
  listKey,
  listDepartment: listKey,
  source: { file, line, endLine: line, title: `${listKey}责任清单`, listDate: { label: listKey === '卫生局' ? '2016年' : '日期不详' } },
});

describe('rows of a shared matter or a contradiction, list by list', () => {
  it('never merges two lists, orders lists by where they stand and rows by line, whatever order they came in', () => {
    const rows = [
      row('计生局', '004.txt', 9836, '药监局'),
      row('卫生局', '004.txt', 8768, '药监局'),
      row('计生局', '004.txt', 9822, '计生局'),
      row('卫生局', '004.txt', 8747, '卫生局'),
      row('卫生局', '004.txt', 8761, '公安局'),
    ];
    const shuffled = [rows[4]!, rows[2]!, rows[0]!, rows[3]!, rows[1]!];
    for (const input of [rows, shuffled]) {
      const lists = byList(input);
      expect(lists.map((l) => l.key)).toEqual(['卫生局', '计生局']);
      expect(lists.map((l) => l.label)).toEqual(['《卫生局责任清单》（2016年）', '《计生局责任清单》（日期不详）']);
      expect(lists.map((l) => l.rows.map((r) => r.source.line))).toEqual([
        [8747, 8761, 8768],
        [9822, 9836],
      ]);
    }
  });
});
