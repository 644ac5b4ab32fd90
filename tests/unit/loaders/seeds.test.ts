// The parser on the five real seed documents (read from ../shared/seeds, never copied).
//
// Every expected number below was derived from the raw text, not from the parser: the
// comment next to it says how (grep over line ranges, or rows read by hand). Conventions:
//   - duty     = a row whose 主要职责 cell is filled. Counted as the 序号 cells of the duty
//                table (grep -c $'^\t *[0-9]\{1,3\} *$' over the section's lines), minus the
//                numbered rows whose 主要职责 is empty (listed where they occur).
//   - items    = 具体工作事项 cells, or the numbered lines inside one (1、… 2、…): first rows
//                that hold an item + continuation rows (⇥ / ⇥ / ⇥text after a blank line).
//   - matter   = a row with a 管理事项 (numbered or not); assignment = one agency row.
//   - service  = a row with a 服务事项; rows with empty 序号 and 服务事项 continue the one above.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../loaders/parse/index';
import type { BoundaryMatter, Department, Diagnostic } from '../../../domain/records';
import { tokenize } from '../../../loaders/tokenize';

const REPO = path.resolve(import.meta.dirname, '../../..');
const SEEDS = path.resolve(REPO, '../shared/seeds');

interface Seed {
  file: string;
  lines: string[];
  departments: Department[];
  diagnostics: Diagnostic[];
}

const cache = new Map<string, Seed>();
function seed(prefix: string): Seed {
  const hit = cache.get(prefix);
  if (hit) return hit;
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix} in ${SEEDS}`);
  const text = readFileSync(path.join(SEEDS, file), 'utf8');
  const parsed = parseDocument({ file, format: 'txt', encoding: 'utf-8', blocks: tokenize(text) });
  const result = { file, lines: text.split('\n'), ...parsed };
  cache.set(prefix, result);
  return result;
}

type Counts = [name: string, duties: number, items: number, matters: number, assignments: number, services: number];

function counts(d: Department): Counts {
  return [
    d.name,
    d.duties.length,
    d.duties.reduce((n, x) => n + x.items.length, 0),
    d.boundaryMatters.length,
    d.boundaryMatters.reduce((n, m) => n + m.assignments.length, 0),
    d.services.length,
  ];
}

function matterAt(s: Seed, line: number): BoundaryMatter {
  const m = s.departments.flatMap((d) => d.boundaryMatters).find((x) => x.source.line === line);
  if (!m) throw new Error(`no matter at line ${line}`);
  return m;
}

describe('seed 000 (no title)', () => {
  const s = seed('000');

  it('one department, inferred: 洪江区经信局 is in every boundary matter, 湖南省 is the province the bases cite', () => {
    expect(s.departments.map(counts)).toEqual([
      // duties 19: 序号 cells 1–19 in lines 1–322. items 59: 19 first rows + 40 continuation rows.
      // matters 8: 序号 cells in lines 324–479. assignments 20: 8 + 12 continuation rows.
      // services 5: 序号 1–5 in lines 592–630.
      ['洪江区经信局', 19, 59, 8, 20, 5],
    ]);
    const [dept] = s.departments;
    expect(dept.inferred).toBe(true);
    expect(dept.jurisdiction).toEqual({ province: '湖南省', city: null, county: '洪江区' });
    expect(s.diagnostics.filter((d) => d.code === 'DEPARTMENT_INFERRED')).toHaveLength(1);
  });

  it('repeated_header_row: duty 4 follows the header repeated at 68–71 and is read whole (73–81)', () => {
    const duty = s.departments[0].duties[3];
    expect(duty).toEqual({
      seq: '4',
      text: '起草工业和信息化领域的规范性文件，对相关法律法规的执行情况进行监督检查；协调减轻企业负担工作；会同有关部门做好工业企业维护稳定工作。',
      items: ['参与工业和信息化领域有关地方性法规、规章的实施', '组织协调企业减负工作；会同有关部门做好工业企业维护稳定工作'],
      office: null,
      remarks: null,
      source: { file: s.file, line: 73, endLine: 81 },
    });
  });

  it('case_after_blank_line: matter 2 (346) has its case on line 352, after a blank line, kept on the first agency', () => {
    const m = matterAt(s, 346);
    expect(m.title).toBe('工业行业和通信业发展规划');
    const [jingxin, fagai] = m.assignments;
    expect(jingxin.agencyRaw).toBe('洪江区经信局');
    expect(jingxin.division).toBe('工业行业和通信业发展专项规划');
    expect(jingxin.bases.map((b) => b.title)).toEqual(['湖南省信息化条例']);
    expect(jingxin.case).toBe(
      '如区经济和信息化局编制工业和信息化发展规划；区发展和改革局负责工业和信息化发展规划与国民经济和社会发展总体规划的衔接平衡',
    );
    expect(jingxin.source).toEqual({ file: s.file, line: 346, endLine: 352 });
    expect([fagai.agencyRaw, fagai.bases, fagai.case]).toEqual(['洪江区发改局', [], null]);
    expect(m.cases).toEqual([jingxin.case]);
  });

  it('unit_wraps: 信息化管理 / 办公室 (621–622) is one unit', () => {
    const service = s.departments[0].services[3];
    expect([service.title, service.units, service.phones]).toEqual(['信息化知识与技能的培训', ['信息化管理办公室'], ['15874540552']]);
    expect(service.source).toEqual({ file: s.file, line: 618, endLine: 623 });
  });
});

describe('seed 001', () => {
  const s = seed('001');

  it('one department named by its title', () => {
    expect(s.departments.map(counts)).toEqual([
      // duties 11: 序号 1–11 in 3–291. items 56: 11 + 45 continuation rows.
      // matters 8: 序号 in 293–446. assignments 19: 8 + 11 continuation rows. services 3: 序号 in 840–864.
      ['安化县工业和信息化局', 11, 56, 8, 19, 3],
    ]);
    expect(s.departments[0].jurisdiction).toEqual({ province: '湖南省', city: null, county: '安化县' });
    expect(s.departments[0].inferred).toBe(false);
  });

  it('basis_spans_lines: 404–410 name three laws over blank lines; the case follows at 411', () => {
    const m = matterAt(s, 400);
    expect(m.title).toBe('指导墙体材料革新');
    const [first] = m.assignments;
    expect(first.bases.map((b) => b.title)).toEqual(['循环经济促进法', '湖南省新型墙体材料推广应用条例', '民用建筑节能条例']);
    expect(first.case?.startsWith('如某种非粘土砖要用于建筑工程')).toBe(true);
    expect(first.source).toEqual({ file: s.file, line: 400, endLine: 411 });
    expect(m.assignments.map((a) => a.agencyRaw)).toEqual(['县工信局', '县住建局', '县国土局']);
  });
});

describe('seed 002', () => {
  const s = seed('002');

  it('one department named by its 部门名称 line', () => {
    expect(s.departments.map(counts)).toEqual([
      // duties 21: 序号 1–21 in 1–345. items 55: 21 + 34 continuation rows.
      // matters 5: 序号 in 346–435. assignments 10: 5 + 5 continuation rows. services 4: 序号 1–4 in 447–482.
      ['石家庄市鹿泉区工业和信息化局', 21, 55, 5, 10, 4],
    ]);
    expect(s.departments[0].jurisdiction).toEqual({ province: '河北省', city: '石家庄市', county: '鹿泉区' });
  });

  it('office_column: duty 1 (9–55) has its items in two offices; duty 17 names its unit under 备注', () => {
    const [one] = s.departments[0].duties;
    expect(one.items).toHaveLength(8);
    expect(one.office).toBe('运行一科、电力科');
    const seventeen = s.departments[0].duties[16];
    expect([seventeen.seq, seventeen.text, seventeen.items, seventeen.office, seventeen.remarks]).toEqual([
      '17',
      '负责全区散装水泥管理工作',
      ['指导散装水泥工作。'],
      null,
      '散装水泥办公室（事业单位）',
    ]);
  });

  it('units_and_phones_wrap: service 1 (456–462) has two units and two phones, one per line', () => {
    const [one] = s.departments[0].services;
    expect([one.units, one.phones, one.source]).toEqual([
      ['运行一科', '运行二科'],
      ['82012711', '82012353'],
      { file: s.file, line: 456, endLine: 462 },
    ]);
  });

  it('suffix_shared_by_a_list: 发改、工信、科技、文体旅游局等… (388) names four agencies', () => {
    const m = matterAt(s, 374);
    expect(m.assignments[1].agencies).toEqual(['发改局', '工信局', '科技局', '文体旅游局']);
  });
});

describe('seed 003 (no title)', () => {
  const s = seed('003');

  it('one department, inferred: 县工信局 of 临高县 (named at 428), 海南省', () => {
    expect(s.departments.map(counts)).toEqual([
      // duties 10: 序号 1–10 in 1–208. items 39: 10 + 29 continuation rows.
      // matters 3: 序号 in 210–333. assignments 16: 3 + 13 continuation rows. services 7: 序号 1–7 in 698–751.
      ['临高县工信局', 10, 39, 3, 16, 7],
    ]);
    expect(s.departments[0].jurisdiction).toEqual({ province: '海南省', city: null, county: '临高县' });
    expect(s.departments[0].inferred).toBe(true);
  });

  it('row_split_by_blank_line: duty 3 has its 序号 alone at 47; duty 8 has its text cut mid-word at 176/178', () => {
    const duties = s.departments[0].duties;
    expect(duties[2].seq).toBe('3');
    expect(duties[2].text).toBe(
      '负责建立和完善全县工业和信息产业信息服务系统及联系渠道; 管理临高工业和信息化发展网站;参与拟订工业、信息产业、节能投资项目引导目录。',
    );
    expect(duties[2].source).toEqual({ file: s.file, line: 47, endLine: 56 });
    expect(duties[7].text).toBe(
      '组织工业和信息产业的重大科技项目攻关和引进技术的消化、吸收、创新,加强全县工业和信息行业知识产权保护, 促进科研成果产业化。',
    );
    expect(duties[7].items).toHaveLength(2);
  });

  it('basis cell of five citations and glued agencies: 电力设施保护 (241)', () => {
    const m = matterAt(s, 241);
    expect(m.assignments[0].bases).toHaveLength(5);
    expect(m.assignments.map((a) => a.agencyRaw)).toEqual([
      '县工信局',
      '县公安局',
      '县住建局',
      '县林业局',
      '县交通局县公路局',
      '县国土局',
      '县海渔局',
      '省农垦总局驻临高办事处',
    ]);
    expect(m.assignments[4].agencies).toEqual(['县交通局', '县公路局']);
  });

  it('phone_after_blank_line: 28277128 on 735, after the row of service 5, is its second phone', () => {
    const five = s.departments[0].services[4];
    expect([five.title, five.phones]).toEqual(['无线电管理法规宣传', ['28277998', '28277128']]);
  });
});

describe('seed 004 (19 departments of 衡阳市蒸湘区)', () => {
  const s = seed('004');

  it('counts per department', () => {
    expect(s.departments.map(counts)).toEqual([
      // 1–191: duties 11 (序号 in 3–106), items 47 (numbered lines in the item cells: 6+2+7+4+3+4+6+8+4+3+0),
      // matter 1 (117), assignment 1, service 1 (188).
      ['衡阳市蒸湘区人民政府法制办公室', 11, 47, 1, 1, 1],
      // 194–363: duties 6, items 10 (5 first rows with an item + 5 continuation rows), boundary is "......", service 1.
      ['衡阳市蒸湘区民族宗教事务局', 6, 10, 0, 0, 1],
      // 366–1083: 16 序号 − 5 numbered rows with empty 主要职责 (504, 524, 529, 534, 539) = 11 duties;
      // items 35 (15 numbered rows with an item + 20 continuation rows); matters 6 = 4 numbered + 校车安全管理 (649,
      // no number) + the 治超 matter whose title is missing (663); assignments 18 = 4 + 7 continuation rows +
      // 7 rows of 649–695; services 2.
      ['衡阳市蒸湘区发展改革和科学技术局（蒸湘区交通运输局）', 11, 35, 6, 18, 2],
      // 1086–2115: duties 32, items 128 (32 + 96), matters 3, assignments 12 (3 + 9), services 14.
      ['衡阳市蒸湘区经济贸易局（蒸湘区旅游局、蒸湘区招商合作局）', 32, 128, 3, 12, 14],
      // 2118–2577: duties 12, items 30 (10 numbered rows with an item — 10 and 11 have none — + 20), matter 1 with
      // 4 agencies, services 3.
      ['衡阳市蒸湘区农村工作办公室（蒸湘区水利农机局）', 12, 30, 1, 4, 3],
      // 2580–3177: duties 15, items 73 (15 + 58), matters 5, assignments 10 (5 + 5),
      // services 5 (序号 1–5; the 5 rows at 3149–3172 continue service 4).
      ['衡阳市蒸湘区农村工作办公室（蒸湘区农业局、蒸湘区林业局、蒸湘区畜牧水产局）', 15, 73, 5, 10, 5],
      // 3180–4219: duties 22, items 66 (21 + 45; duty 20 has none), one unnumbered matter (3537) with 7 agencies,
      // services 2 (under a heading without number, 4204).
      ['衡阳市蒸湘区教育文化体育局', 22, 66, 1, 7, 2],
      // 4222–5797: duties 27, items 34 (26 + 8), matters 14 = 12 numbered + 2 unnumbered starting mid-block
      // (5070, 5164); assignments 104 = 12 + 2 + 87 rows ⇥/⇥/⇥agency + 3 rows with a blank agency (4493, 4535,
      // 5059); services 9 (序号 1–10 without 8, three columns).
      ['衡阳市蒸湘区民政局', 27, 34, 14, 104, 9],
      // 5800–6293: duties 8, items 20 (7 + 13), boundary "......", services 3.
      ['衡阳市蒸湘区司法局', 8, 20, 0, 0, 3],
      // 6296–7267: duties 15, items 86 (14 + 72; duty 15 has none), matters 8, assignments 23 (8 + 15 rows,
      // among them 6866, 6879, 6919 cut over blank lines and 6927 with a blank agency), no service section.
      ['衡阳市蒸湘区财政局', 15, 86, 8, 23, 0],
      // 7268–7903: duties 10, items 39 (9 + 30), matters 4, assignments 13 (4 + 9), services 10.
      ['衡阳市蒸湘区人力资源和社会保障局', 10, 39, 4, 13, 10],
      // 7906–8116: duties 7, items 30 (7 + 23); 序号 全1 / 22 / 23 where "22" has no 管理事项 and continues 全1:
      // matters 2, assignments 3; services 2.
      ['衡阳市蒸湘区住房和城乡建设局', 7, 30, 2, 3, 2],
      // 8119–8322: duties 4, items 23 (4 + 19), matters 2, assignments 5 (2 + 3), services "......".
      ['衡阳市蒸湘区城市管理行政执法局', 4, 23, 2, 5, 0],
      // 8324–9680: duties 15, items 76 (15 + 61); matters 17 = 3 numbered + 14 unnumbered, each starting mid-block
      // (8793 … 9227); assignments 84 = 3 + 14 + 67 rows ⇥/⇥/⇥agency (the empty row 8754 is none); services 5.
      ['衡阳市蒸湘区卫生局', 15, 76, 17, 84, 5],
      // 9683–10067: duties 10, items 24 (10 + 14), matters 2, assignments 11 (2 + 9), services 6.
      ['衡阳市蒸湘区人口和计划生育局', 10, 24, 2, 11, 6],
      // 10070–10306: duties 12, items 43 (12 + 31), boundary "无", services "......".
      ['衡阳市蒸湘区审计局', 12, 43, 0, 0, 0],
      // 10308–10671: duties 13, items 24 (12 + 12; duty 13 has none), boundary "无", services 7 (no 序号 column).
      ['衡阳市蒸湘区统计局', 13, 24, 0, 0, 7],
      // 10674–11350: duties 14, items 36 (14 + 22), matters 4, assignments 20 (4 + 16; the empty row 10969 is none),
      // services 2.
      ['衡阳市蒸湘区安全生产监督管理局', 14, 36, 4, 20, 2],
      // 11353–11558: duties 10, items 29 (9 + 20; duty 10 has none), matter 1 with 2 agencies, services 2.
      ['衡阳市蒸湘区人民防空办公室', 10, 29, 1, 2, 2],
    ]);
    for (const d of s.departments) {
      expect(d.jurisdiction, d.name).toEqual({ province: '湖南省', city: '衡阳市', county: '蒸湘区' });
      expect(d.inferred).toBe(false);
    }
  });

  it('basis cell holding five laws over blank lines: 殡葬管理 (4961–4973)', () => {
    const m = matterAt(s, 4961);
    const [minzheng] = m.assignments;
    expect(minzheng.bases).toHaveLength(5);
    expect(minzheng.bases[0].title).toBe('殡葬管理条例');
    expect(minzheng.bases.slice(2).map((b) => b.docNumber)).toEqual(['衡政发〔2013〕33号', '中办发〔2013〕23号', '湘办发〔2014〕26号']);
    expect(minzheng.case?.startsWith('开展地方殡葬秩序整治')).toBe(true);
    expect(minzheng.source).toEqual({ file: s.file, line: 4961, endLine: 4973 });
    // The row of 区环保局 ends where the next matter starts without a blank line (5070).
    expect(m.assignments.at(-1)).toMatchObject({ agencyRaw: '区环保局', source: { line: 5066, endLine: 5069 } });
  });

  it('matter starting mid-block without number: 5070 (marked by a space before the TAB)', () => {
    const m = matterAt(s, 5070);
    expect([m.seq, m.title]).toEqual([null, '建立市级居民家庭经济状况信息共享机制和核对平台']);
    expect(m.assignments.map((a) => a.agencyRaw)).toEqual([
      '区民政局',
      '区公安分局',
      '区卫生局',
      '区人社局',
      '区住建局',
      '区国土发局',
      '区农办',
      '区林业局',
      '区工商分局',
      '区地税分局',
      '中国人民银行衡阳中心支行',
      '市金融办',
      '市银监局',
      '区统计局',
    ]);
    expect(m.assignments[0].bases.map((b) => b.docNumber)).toEqual([
      '国务院令第649号',
      '国发〔2012〕45号',
      '湘政发〔2013〕35号',
      '湘政办发〔2013〕58号',
    ]);
  });

  it('shifted_columns and untitled matter in 发改局 (649–695)', () => {
    const school = matterAt(s, 649);
    expect(school.title).toBe('校车安全管理');
    const jiaowenti = school.assignments[1];
    expect(jiaowenti.agencyRaw).toBe('区教文体局');
    expect(jiaowenti.division.startsWith('负责指导、监督学校建立健全学生接送安全管理制度')).toBe(true);
    expect(jiaowenti.bases).toHaveLength(3);
    expect(jiaowenti.case?.startsWith('某校决定开展校车接送学生工作')).toBe(true);

    const overload = matterAt(s, 663);
    expect(overload.seq).toBeNull();
    expect(overload.assignments.map((a) => a.agencyRaw)).toEqual([
      '区交通局',
      '蒸湘交警大队',
      '公安蒸湘分局',
      '城区公路局、蒸湘运管所',
      '工商蒸湘分局',
    ]);
    // 公安蒸湘分局 has no basis: its case slid into the basis column (680).
    expect(overload.assignments[2]).toMatchObject({ bases: [], case: expect.stringMatching(/^某超限运输检测站/) });
    expect(s.diagnostics).toContainEqual(expect.objectContaining({ code: 'MATTER_UNTITLED', line: 663, severity: 'warning' }));
  });

  it('agency cells: wrapped (1775–1776), two over a blank line (4790/4792), blank (4493), roles from 主办/协办 (1826/1835)', () => {
    expect(matterAt(s, 1752).assignments[3]).toMatchObject({ agencyRaw: '区工商分局', agencies: ['区工商分局'] });
    const community = matterAt(s, 4696);
    expect(community.assignments.find((a) => a.source.line === 4788)?.agencies).toEqual(['区卫生局', '区计生局']);
    expect(matterAt(s, 4479).assignments[2]).toMatchObject({ agencyRaw: '', agencies: [], generic: true });
    expect(matterAt(s, 4500).assignments[0].agencies).toEqual(['区财政局', '区国税分局', '区地税分局']);
    const retail = matterAt(s, 1824);
    expect(retail.assignments.map((a) => [a.agencies, a.role])).toEqual([
      [['区经贸局'], 'cooperate'],
      [['区统计局'], 'lead'],
    ]);
  });

  it('seq_without_title: 22 (8082) continues matter 全1; services without a 序号 column (统计局 10635)', () => {
    const housing = matterAt(s, 8075);
    expect(housing.assignments.map((a) => a.agencyRaw)).toEqual(['区财政局', '区民政局']);
    expect(s.diagnostics).toContainEqual(expect.objectContaining({ code: 'SEQ_WITHOUT_TITLE', line: 8082 }));
    const stats = s.departments.find((d) => d.name === '衡阳市蒸湘区统计局');
    expect(stats?.services[0]).toMatchObject({ seq: null, title: '统计人员培训服务', units: ['办公室'] });
  });
});

describe('supervision outlines', () => {
  const ruleAt = (prefix: string, line: number) =>
    seed(prefix)
      .departments.flatMap((d) => d.supervision)
      .find((r) => r.source.line === line);

  it('000:497–500: a nested （一） under 五、 stays nested; （二） at 515 opens the next top-level block', () => {
    expect(ruleAt('000', 498)?.path).toEqual([
      '经信局事中事后监管制度',
      '（一）对行政许可和非行政许可审批的监督管理',
      '五、监督检查措施',
      '（一）建立和完善行政许可监督检查内部责任制度',
    ]);
    expect(ruleAt('000', 517)?.path).toEqual([
      '经信局事中事后监管制度',
      '（二）对信息安全工程和使用财政性资金的信息工程的建设和竣工的监督检查',
      '一、监督检查对象',
    ]);
  });

  it('002:493–494: the table of contents is not an outline level; 558 keeps its heading without the bookmark', () => {
    expect(ruleAt('002', 519)?.path).toEqual(['事中事后监督管理制度', '（一）规范案件查处', '一、立案标准']);
    expect(ruleAt('002', 560)?.path).toEqual(['事中事后监督管理制度', '（二）行政处罚裁量权规范']);
  });

  it('004:3040–3096: （三） after （1）（2） is the third block of the same level', () => {
    const rule = seed('004')
      .departments.flatMap((d) => d.supervision)
      .find((r) => r.path.includes('（三）农民负担监督管理'));
    expect(rule?.path.slice(0, 2)).toEqual(['事中事后监管制度', '（三）农民负担监督管理']);
  });
});

/** Lines of the duty, boundary and service tables, found with a plain regex over the raw text. */
function tableSectionLines(lines: string[]): number[] {
  const heading =
    /^\s*(?:(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．]\s*\S{0,10}?)?(部门职责|与相关部门的职责边界|职责边界|公共服务事项|事中事后监)/;
  const result: number[] = [];
  let inTable = false;
  lines.forEach((line, i) => {
    const untabbed = !/^ *\t/.test(line);
    const m = untabbed || /^ \t/.test(line) ? heading.exec(line.replace(/\t/g, '')) : null;
    if (m && line.trim().length < 40) {
      inTable = m[1] !== '事中事后监';
      return;
    }
    if (inTable) result.push(i + 1);
  });
  return result;
}

const HEADER_PIECES =
  /^(序号|主要职责|具体工作事项|责任科室|备注|管理|事项|管理事项|相关|部门|相关部门|职责分工|相关依据|案例|服务事项|主要内容|主要工作内容|承办|机构|承办机构|联系电话)$/;

describe('every table row of every seed is a record or a diagnostic', () => {
  for (const prefix of ['000', '001', '002', '003', '004']) {
    it(`seed ${prefix}: no filled line of a table section is dropped silently`, () => {
      const s = seed(prefix);
      const covered = new Set<number>();
      const cover = (from: number, to: number) => {
        for (let l = from; l <= to; l++) covered.add(l);
      };
      for (const d of s.departments) {
        for (const x of d.duties) cover(x.source.line, x.source.endLine);
        for (const m of d.boundaryMatters) for (const a of m.assignments) cover(a.source.line, a.source.endLine);
        for (const x of d.services) cover(x.source.line, x.source.endLine);
      }
      for (const d of s.diagnostics) covered.add(d.line);
      const titles = s.departments.map((d) => d.name).join('|');
      const dropped = tableSectionLines(s.lines).filter((n) => {
        const text = s.lines[n - 1].replace(/^ *\t/, '').replace(/[\s\u3000]+/g, '');
        if (text === '' || HEADER_PIECES.test(text) || /^[.…]+$|^无$/.test(text)) return false;
        if (/^[()（）.…、]+$/.test(text)) return false; // stray brackets left by the export (002:487)
        if (/^(部门名称|单位)/.test(text)) return false; // 部门名称（盖章）…: names the department
        if (titles.includes(text.replace(/(责任|权力)清单$/, ''))) return false; // the next department's title
        return !covered.has(n);
      });
      expect(dropped.map((n) => `${n}: ${s.lines[n - 1].slice(0, 40)}`)).toEqual([]);
    });
  }
});
