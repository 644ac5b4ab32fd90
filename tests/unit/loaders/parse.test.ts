// The parser on small hand-written fixtures (tests/unit/loaders/fixtures/), one per kind of
// table, each reproducing the oddities met in the seeds. Expected values are read off the
// fixture text, and line numbers are looked up in it, so the tests say what the text says.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReadDocument } from '../../../loaders/blocks';
import { parseDocument, type ParseOptions } from '../../../loaders/parse/index';
import { tokenize } from '../../../loaders/tokenize';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

function fixture(name: string): { text: string; doc: ReadDocument } {
  const text = readFileSync(path.join(FIXTURES, `${name}.txt`), 'utf8');
  return { text, doc: { file: `${name}.txt`, format: 'txt', encoding: 'utf-8', blocks: tokenize(text) } };
}

/** 1-based line of the first line containing `needle` (after `from`). */
function lineOf(text: string, needle: string, from = 0): number {
  const index = text.split('\n').findIndex((l, i) => i >= from && l.includes(needle));
  if (index < 0) throw new Error(`not in fixture: ${needle}`);
  return index + 1;
}

function parse(name: string, options?: ParseOptions) {
  const { text, doc } = fixture(name);
  return { text, ...parseDocument(doc, options) };
}

describe('boundary table', () => {
  const { text, departments, diagnostics } = parse('boundary_table');
  const [dept] = departments;
  const [first, second, third] = dept.boundaryMatters;

  it('title names the department and its county; the province comes from the bases cited', () => {
    expect(departments).toHaveLength(1);
    expect(dept.name).toBe('某某县工业和信息化局');
    expect(dept.jurisdiction).toEqual({ province: '湖南省', city: null, county: '某某县' });
    expect(dept.inferred).toBe(false);
  });

  it('header_split_over_lines and repeated_header_row: 管理/事项 is one column, the repeated header is no matter', () => {
    expect(dept.boundaryMatters.map((m) => [m.seq, m.title])).toEqual([
      ['1', '经济运行调节'],
      ['2', '墙体材料革新'],
      [null, '校车安全管理'],
    ]);
    expect(diagnostics.filter((d) => d.code === 'ROW_UNREADABLE')).toEqual([]);
  });

  it('case_after_blank_line: a case cut from its row by a blank line stays on that row', () => {
    const [lead] = first.assignments;
    expect(lead.agencyRaw).toBe('县工信局');
    expect(lead.role).toBe('lead');
    expect(lead.case).toBe('如县工信局负责制定工业经济发展目标');
    expect(lead.source).toEqual({ file: 'boundary_table.txt', line: lineOf(text, '\t1'), endLine: lineOf(text, '如县工信局') });
    expect(first.cases).toEqual(['如县工信局负责制定工业经济发展目标']);
  });

  it('multi_agency_cell: one row naming three agencies is one assignment with three agencies', () => {
    const cooperating = first.assignments[1];
    expect(cooperating.agencyRaw).toBe('县财政局、县国税局、县地税局');
    expect(cooperating.agencies).toEqual(['县财政局', '县国税局', '县地税局']);
    expect(cooperating.generic).toBe(false);
    expect(cooperating.role).toBe('cooperate');
    expect(cooperating.bases).toEqual([]);
  });

  it('basis_spans_lines: three numbered laws over blank lines are three citations, kept on the first row and on the matter', () => {
    const [lead, others] = second.assignments;
    expect(lead.bases.map((b) => b.title)).toEqual(['循环经济促进法', '湖南省新型墙体材料推广应用条例', '民用建筑节能条例']);
    expect(second.bases.map((b) => b.title)).toEqual(['循环经济促进法', '湖南省新型墙体材料推广应用条例', '民用建筑节能条例']);
    expect(lead.case).toBe('某企业使用粘土砖被查处');
    expect(others.agencyRaw).toBe('其他有关部门');
    expect(others.generic).toBe(true);
    expect(others.agencies).toEqual([]);
  });

  it('missing_seq_number and shifted_columns: an unnumbered matter; a row missing its 管理事项 cell is put back in place', () => {
    expect(third.assignments.map((a) => [a.agencyRaw, a.division, a.case])).toEqual([
      ['县交通局', '负责审核校车许可申请', '某校申请校车许可'],
      ['县教育局', '负责指导学校建立接送安全管理制度', '某校申请校车许可'],
      ['区工商分局', '协助查处非法改装车辆', null],
    ]);
    const shiftedLine = lineOf(text, '县教育局') - 1;
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'COLUMNS_SHIFTED', line: shiftedLine, severity: 'info' }));
  });

  it('agency_wrapped_over_lines: 区工商 / 分局 is one agency', () => {
    expect(third.assignments[2].agencies).toEqual(['区工商分局']);
    expect(third.assignments[2].role).toBe('cooperate');
  });
});

describe('duty table', () => {
  const { text, departments, diagnostics } = parse('duty_table');
  const [dept] = departments;

  it('department_name_line: 部门名称（盖章）… names the department', () => {
    expect(dept.name).toBe('石家庄市某某区工业和信息化局');
    expect(dept.jurisdiction).toEqual({ province: null, city: '石家庄市', county: '某某区' });
  });

  it('items_numbered_in_one_cell and continuation_rows: items split by number, offices of every row kept', () => {
    const [one] = dept.duties;
    expect(one.seq).toBe('1');
    expect(one.text).toBe('负责全区电力行业管理');
    expect(one.items).toEqual(['研究拟定电力行业发展规划。', '协调电力建设中的重大问题。', '依法查处电力违法行为。']);
    expect(one.office).toBe('电力科、运行一科');
    expect(one.remarks).toBeNull();
  });

  it('seq_alone_in_fragment and main_duty_cut_by_blank_line: the row is glued back together', () => {
    const two = dept.duties[1];
    expect(two.seq).toBe('2');
    expect(two.text).toBe('组织推进全区知识产权保护工作，促进科研成果产业化。');
    expect(two.items[0]).toBe('推进知识产权保护。');
    expect(two.remarks).toBeNull(); // a cell of one full-width space is empty
  });

  it('numbered_row_without_duty: its item joins the duty above, with a warning', () => {
    expect(dept.duties).toHaveLength(2);
    expect(dept.duties[1].items).toEqual(['推进知识产权保护。', '负责工业20强各项工作。']);
    expect(dept.duties[1].office).toBe('运行二科、运行一科');
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: 'DUTY_TEXT_MISSING', severity: 'warning', line: lineOf(text, '\t3') }),
    );
  });

  it('note_under_table: 注：… is reported as text outside the table, not read as a row', () => {
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: 'TEXT_NOT_IN_TABLE', severity: 'info', line: lineOf(text, '注：') }),
    );
    expect(diagnostics.filter((d) => d.severity === 'warning').map((d) => d.code)).toEqual(['DUTY_TEXT_MISSING']);
  });
});

describe('service table', () => {
  const { departments } = parse('service_table', { department: '某某县工业和信息化局' });
  const services = departments[0].services;

  it('units_and_phones_wrap: one per line, a name cut by Word is glued back, a number cut after its area code too', () => {
    expect(services.map((s) => [s.title, s.units, s.phones])).toEqual([
      ['企业走访活动', ['运行一科', '运行二科'], ['82012711', '82012353']],
      ['信息化知识培训', ['信息化管理办公室'], ['0745-7622012']],
      ['无线电管理法规宣传', ['信息技术股'], ['28277998', '28277128']],
      ['提供农业技术服务和培训', ['农经局', '农业局'], ['28270001']],
      ['食品诚信管理体系建设培训', ['经济运行股'], ['28270002']],
    ]);
  });

  it('service_continuation_row: empty 序号 and 服务事项 add content and a unit to the service above', () => {
    expect(services[3].content).toBe('组织开展人员培训\n做好村级农民培训技术服务工作');
  });

  it('department option names a list that has no title', () => {
    expect(departments[0].name).toBe('某某县工业和信息化局');
    expect(departments[0].inferred).toBe(false);
  });
});

describe('untitled document', () => {
  it('infers the department from the agency in every boundary matter and the county from the text', () => {
    const { departments, diagnostics } = parse('untitled_document');
    expect(departments).toHaveLength(1);
    const [dept] = departments;
    expect(dept.name).toBe('临高县工信局');
    expect(dept.jurisdiction).toEqual({ province: '海南省', city: null, county: '临高县' });
    expect(dept.inferred).toBe(true);
    const inferred = diagnostics.filter((d) => d.code === 'DEPARTMENT_INFERRED');
    expect(inferred).toHaveLength(1);
    expect(inferred[0].severity).toBe('info');
    expect(inferred[0].message).toContain('临高县工信局');
  });

  it('overrides replace the inferred name and the given jurisdiction levels only', () => {
    const { departments, diagnostics } = parse('untitled_document', {
      department: '临高县工业和信息化局',
      jurisdiction: { city: '某市' },
    });
    expect(departments[0].name).toBe('临高县工业和信息化局');
    expect(departments[0].inferred).toBe(false);
    expect(departments[0].jurisdiction).toEqual({ province: '海南省', city: '某市', county: '临高县' });
    expect(diagnostics.filter((d) => d.code === 'DEPARTMENT_INFERRED')).toEqual([]);
  });

  it('supervision_outline: each paragraph group keeps the heading path above it', () => {
    const { text, departments } = parse('untitled_document');
    expect(departments[0].supervision).toEqual([
      {
        path: ['事中事后监督管理制度', '（三）工业和信息产业县重点项目建设监管', '1.监督检查对象'],
        text: '临高县工业和信息产业重点项目。',
        source: { file: 'untitled_document.txt', line: lineOf(text, '临高县工业和'), endLine: lineOf(text, '临高县工业和') },
      },
      {
        path: ['事中事后监督管理制度', '（三）工业和信息产业县重点项目建设监管', '2.监督检查内容'],
        text: '重点项目推进情况。\n承办县委、县政府交办的其他工作。',
        source: { file: 'untitled_document.txt', line: lineOf(text, '重点项目推进'), endLine: lineOf(text, '承办县委') },
      },
    ]);
  });
});

describe('segmentation', () => {
  it('two_departments: a file holding several lists gives one department each, a title over two lines is one name', () => {
    const { text, departments, diagnostics } = parse('two_departments');
    expect(departments.map((d) => d.name)).toEqual([
      '衡阳市某某区民族宗教事务局',
      '衡阳市某某区经济贸易局（某某区旅游局、某某区招商合作局）',
      '衡阳市某某区人民防空办公室',
    ]);
    for (const d of departments) expect(d.jurisdiction).toEqual({ province: '湖南省', city: '衡阳市', county: '某某区' });
    expect(departments[1].source.line).toBe(lineOf(text, '衡阳市某某区经济贸易局'));
    expect(departments[0].source.endLine).toBeLessThan(departments[1].source.line);
    expect(departments.map((d) => [d.duties.length, d.boundaryMatters.length, d.services.length])).toEqual([
      [1, 0, 0],
      [1, 0, 1],
      [0, 1, 1],
    ]);
    // The placeholder under 职责边界 is an empty section, not an unread row.
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'SECTION_EMPTY', line: lineOf(text, '2、 与相关部门的职责边界') }));
  });

  it('list_without_duties: a …清单 title over a boundary table starts a department; a caption before a second table is no cell text', () => {
    const { text, departments, diagnostics } = parse('two_departments');
    const civilDefence = departments[2];
    expect(civilDefence.source.line).toBe(lineOf(text, '人民防空办公室责任清单'));
    expect(civilDefence.boundaryMatters[0].assignments.map((a) => [a.agencyRaw, a.division, a.case])).toEqual([
      ['区人防办', '开展防空防灾进学校', null],
    ]);
    expect(civilDefence.services.map((s) => [s.title, s.units])).toEqual([['人防宣传教育', ['人秘股']]]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'TEXT_NOT_IN_TABLE', line: lineOf(text, '（一）防空警报设施') }));
  });

  it('no_list_found: a file without any list table is an error naming the file', () => {
    const doc: ReadDocument = {
      file: 'notes.txt',
      format: 'txt',
      encoding: 'utf-8',
      blocks: tokenize('会议纪要\n\n今天讨论了职责分工。'),
    };
    const { departments, diagnostics } = parseDocument(doc);
    expect(departments).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'NO_LIST_FOUND', severity: 'error', file: 'notes.txt' })]);
    expect(diagnostics[0].message).toContain('notes.txt');
  });

  it('header_missing: rows under a section heading without a header row are read in the usual column order, with a warning', () => {
    const text = ['二、与相关部门的职责边界', '', '\t1', '\t物流管理', '\t县工信局', '\t负责指导物流外包', '\t', '\t'].join('\n');
    const { departments, diagnostics } = parseDocument({ file: 'h.txt', format: 'txt', encoding: 'utf-8', blocks: tokenize(text) });
    expect(departments[0].boundaryMatters.map((m) => [m.title, m.assignments.map((a) => a.agencyRaw)])).toEqual([
      ['物流管理', ['县工信局']],
    ]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'HEADER_MISSING', severity: 'warning', line: 3 }));
  });

  it('headerless_spreadsheet: a table with a header row and no headings (as from .csv/.xlsx) is still a list', () => {
    const cells = (line: number, texts: string[]) => texts.map((t) => ({ text: t, line, endLine: line }));
    const doc: ReadDocument = {
      file: 'sheet.csv',
      format: 'csv',
      encoding: 'utf-8',
      blocks: [
        { kind: 'row', cells: cells(1, ['序号', '服务事项', '主要内容', '承办机构', '联系电话']), line: 1, endLine: 1 },
        { kind: 'row', cells: cells(2, ['1', '节能宣传', '组织节能宣传周活动', '发改股', '0734-8888888']), line: 2, endLine: 2 },
      ],
    };
    const { departments } = parseDocument(doc, { department: '某某区发改局' });
    expect(departments[0].services).toEqual([
      {
        seq: '1',
        title: '节能宣传',
        content: '组织节能宣传周活动',
        units: ['发改股'],
        phones: ['0734-8888888'],
        source: { file: 'sheet.csv', line: 2, endLine: 2 },
      },
    ]);
  });
});
