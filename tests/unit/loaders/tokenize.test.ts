import { describe, expect, it } from 'vitest';
import type { Block } from '../../../loaders/blocks';
import { tokenize } from '../../../loaders/tokenize';

const T = '\t';

function rows(blocks: Block[]): string[][] {
  return blocks.filter((b) => b.kind === 'row').map((b) => (b.kind === 'row' ? b.cells.map((c) => c.text) : []));
}

describe('tokenize', () => {
  it('cell_per_tab_line: each TAB line is a cell, a blank line ends the row', () => {
    const blocks = tokenize([`${T}1`, `${T}经济运行调节`, '', `${T}2`, `${T}工业规划`].join('\n'));
    expect(rows(blocks)).toEqual([
      ['1', '经济运行调节'],
      ['2', '工业规划'],
    ]);
    expect(blocks.map((b) => [b.line, b.endLine])).toEqual([
      [1, 2],
      [4, 5],
    ]);
  });

  it('cell_continues_on_untabbed_line: the next paragraph of a cell has no TAB', () => {
    const blocks = tokenize([`${T}运行一科`, '运行二科', `${T}82012711`, '82012353'].join('\n'));
    expect(rows(blocks)).toEqual([['运行一科\n运行二科', '82012711\n82012353']]);
    const [row] = blocks;
    expect(row.kind === 'row' && row.cells.map((c) => [c.line, c.endLine])).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('empty_cell_then_text: an empty TAB line followed by text is one cell (002 header: ⇥ / 职责分工)', () => {
    expect(rows(tokenize([`${T}序号`, `${T}`, '职责分工'].join('\n')))).toEqual([['序号', '\n职责分工']]);
  });

  it('paragraph_outside_table: untabbed lines after a blank line are text blocks, one per line', () => {
    const blocks = tokenize(['安化县工业和信息化局责任清单', '', '一、部门职责', '', `${T}序号`].join('\n'));
    expect(blocks.map((b) => b.kind)).toEqual(['text', 'text', 'row']);
    expect(blocks[1]).toEqual({ kind: 'text', text: '一、部门职责', line: 3, endLine: 3 });
  });

  it('space_tab_starts_row: a cell line led by spaces starts a new row even without a blank line (004:5070)', () => {
    const text = [`${T}`, `${T}`, `${T}区环保局`, `${T}加大监督检查`, ` ${T}建立市级居民家庭经济状况信息共享机制`, `${T}区民政局`].join(
      '\n',
    );
    expect(rows(tokenize(text))).toEqual([
      ['', '', '区环保局', '加大监督检查'],
      ['建立市级居民家庭经济状况信息共享机制', '区民政局'],
    ]);
  });

  it('bookmark_artifact: [bookmark: …] leaked by Word is removed (002:558)', () => {
    const blocks = tokenize('[bookmark: _Toc400826490]（二）行政处罚裁量权规范');
    expect(blocks).toEqual([{ kind: 'text', text: '（二）行政处罚裁量权规范', line: 1, endLine: 1 }]);
  });

  it('fullwidth_space_cell: a cell holding only 　 stays a cell; a line of only 　 is blank', () => {
    expect(rows(tokenize([`${T}1`, `${T}　`, '　', `${T}2`].join('\n')))).toEqual([['1', '　'], ['2']]);
  });

  it('bom_and_crlf: a UTF-8 BOM and CRLF line ends do not leak into the text', () => {
    expect(rows(tokenize(`\uFEFF${T}序号\r\n${T}管理事项\r\n`))).toEqual([['序号', '管理事项']]);
  });
});
