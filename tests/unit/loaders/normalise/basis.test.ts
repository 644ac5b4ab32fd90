import { describe, expect, it } from 'vitest';
import { normaliseDocNumber, parseBasisCell } from '../../../../loaders/normalise/basis';
import { seedCell } from './seed-cells';

const titles = (cell: string): (string | null)[] => parseBasisCell(cell).map((c) => c.title);

describe('parseBasisCell on real seed cells', () => {
  it('splits five numbered citations of one regulation and a staffing document (003:245-246)', () => {
    const citations = parseBasisCell(seedCell('003', 245, 246));
    expect(citations.map((c) => [c.title, c.articles, c.kind])).toEqual([
      ['海南省电力建设与保护条例', ['第三条第三款'], 'regulation'],
      ['海南省电力建设与保护条例', ['第三条第四款'], 'regulation'],
      ['海南省电力建设与保护条例', ['第五条第一款'], 'regulation'],
      ['海南省电力建设与保护条例', ['第五条第二款'], 'regulation'],
      ['海南省工业和信息化厅主要职责内设机构和人员编制规定', [], 'staffing'],
    ]);
  });

  it('splits six citations numbered 1. to 6., the last without 《》 (002:426)', () => {
    const citations = parseBasisCell(seedCell('002', 426));
    expect(citations).toHaveLength(6);
    expect(citations[2]).toMatchObject({ title: '民用爆炸物品进出口管理办法', docNumber: '海关总署令第21号', kind: 'rule' });
    expect(citations[3]).toMatchObject({ docNumber: '中央编办发〔2005〕6号', kind: 'normative' });
    expect(citations[4].title).toBe('生产安全事故应急处置评估暂行办法');
    expect(citations[5]).toMatchObject({ docNumber: '石政办发〔2009〕70号', kind: 'staffing' });
    expect(citations[5].raw.startsWith('石家庄市人民政府办公厅关于印发')).toBe(true);
  });

  it('splits seven citations separated only by 、, keeping order numbers (004:4266)', () => {
    const citations = parseBasisCell(seedCell('004', 4266));
    expect(citations.map((c) => c.docNumber)).toEqual([
      '主席令第六十三号',
      '国办发〔1999〕34号',
      '国务院令第250号',
      '国务院令第251号',
      '国务院令第400号',
      '湘办发〔2014〕7号',
      '湖南省政府令第244号',
    ]);
    expect(citations[0]).toMatchObject({ title: '行政处罚法', kind: 'law' });
    expect(citations[2].kind).toBe('regulation');
  });

  it('keeps quoted article text with its citation and reads only the cited article (001:431-437)', () => {
    const citations = parseBasisCell(seedCell('001', 431, 437));
    expect(citations.map((c) => [c.title, c.articles])).toEqual([
      ['湖南省散装水泥条例', ['第二十三条']],
      ['湖南省散装水泥条例', ['第二十四条']],
    ]);
    expect(citations[0].raw).toContain('违反本条例第十四条第四款');
  });

  it('does not split on a title mentioned inside quoted article text, nor on numbers in it (004:8786)', () => {
    const citations = parseBasisCell(seedCell('004', 8786));
    expect(citations.map((c) => c.title)).toEqual(['水法', '城区供水水质管理规定', '生活饮用水卫生监督管理办法', '生活饮用水卫生标准']);
    expect(citations[0].articles).toEqual(['第五十九条']);
    expect(citations[1].docNumber).toBe('建设部令第156号');
    expect(citations[2]).toMatchObject({ docNumber: '建设部、卫生部令第53号', articles: ['第十六条'], kind: 'rule' });
  });

  it('does not split inside parenthesised article text that cites another title (004:8729)', () => {
    const citations = parseBasisCell(seedCell('004', 8729));
    expect(citations.map((c) => [c.title, c.articles])).toEqual([
      ['食品安全法', ['第七十六条']],
      ['食品安全法实施条例', ['第四十八条']],
      ['消毒管理办法', ['第三十九条']],
      ['卫生部工商总局国家食品药品监督局关于加强餐饮具集中消毒单位监督管理的通知', []],
    ]);
    expect(citations[3].docNumber).toBe('卫监督发〔2010〕25号');
  });

  it('reads an article quoted in parentheses after the title, after up to two groups (004:8751)', () => {
    const citations = parseBasisCell(seedCell('004', 8751));
    expect(citations.map((c) => [c.title, c.articles])).toEqual([
      ['人口与计划生育法', ['第三十五条']],
      ['计划生育服务管理条例', ['第十八条']],
      ['关于禁止非医学需要的胎儿性别鉴定和选择性别的人工终止妊娠的规定', ['第三条']],
      ['湖南省人口与计划生育条例', ['第四十条']],
      ['湖南省禁止非医学需要鉴定胎儿性别和选择性别终止妊娠规定', ['第五条']],
      ['关于综合治理出生人口性别比升高问题的意见', []],
      ['集中整治“两非”专项行动实施方案的通知', []],
    ]);
    expect(citations[4]).toMatchObject({ docNumber: '省政府令第194号', kind: 'rule' });
  });

  it('keeps a six-issuer joint order number whole (004:1792)', () => {
    const [citation] = parseBasisCell(seedCell('004', 1792));
    expect(citation.docNumber).toBe('商务部、国家发改委、公安部、国家工商总局、环保部、住建部令2007年第8号');
  });

  it('classifies provincial implementing measures by their order number, in a five-law cell (004:4965-4972)', () => {
    const citations = parseBasisCell(seedCell('004', 4965, 4972));
    expect(citations.map((c) => [c.title, c.docNumber, c.kind])).toEqual([
      ['殡葬管理条例', '国务院令第628号', 'regulation'],
      ['湖南省实施〈殡葬管理条例〉办法', '湖南省人民政府令第154号', 'rule'],
      ['衡阳市殡葬管理实施细则', '衡政发〔2013〕33号', 'normative'],
      ['关于党员干部带头推动殡葬改革的意见', '中办发〔2013〕23号', 'normative'],
      ['关于党员干部带头推动殡葬改革的实施意见', '湘办发〔2014〕26号', 'normative'],
    ]);
    expect(parseBasisCell('《湖南省实施〈中华人民共和国人民防空法〉办法》第31条')[0].kind).toBe('regulation');
  });

  it('does not take running text before a bare number as its issuer (004:7518)', () => {
    expect(parseBasisCell(seedCell('004', 7518))[0].docNumber).toBe('湘办〔2013〕39号');
  });

  it('reads chapter-qualified article lists, including ones missing 条 (004:9149)', () => {
    const [first, second, third] = parseBasisCell(seedCell('004', 9149));
    expect(first.articles).toEqual(['第四章第三十九条', '第五章第四十八', '第五章第四十九条']);
    expect(second.docNumber).toBe('国食药监械〔2008〕766号');
    expect(second.articles).toEqual(['第二章第六条', '第四章第二十七', '第四章第二十八条', '第五章第三十三条']);
    expect(third).toMatchObject({ title: '医疗器械临床使用安全管理规范', docNumber: '卫医管发〔2010〕4号' });
  });

  it('splits laws on separate numbered lines with blank lines between (001:404-408)', () => {
    expect(titles(seedCell('001', 404, 408))).toEqual(['循环经济促进法', '湖南省新型墙体材料推广应用条例', '民用建筑节能条例']);
  });

  it('reads numbers glued to 《 and nested 〈〉 titles (000:365, 000:414)', () => {
    expect(titles(seedCell('000', 365))).toEqual(['湖南省信息化条例', '国家电子政务工程建设项目管理暂行办法']);
    const [law, plan] = parseBasisCell(seedCell('000', 414));
    expect(law).toMatchObject({ title: '节约能源法', kind: 'law' });
    expect(plan).toMatchObject({
      title: '湖南省人民政府关于印发〈湖南省“十二五”节能减排综合性工作方案〉的通知',
      docNumber: '湘政发〔2011〕46号',
      kind: 'normative',
    });
  });

  it('recovers a title whose 《 is missing (004:4320)', () => {
    const citations = parseBasisCell(seedCell('004', 4320));
    expect(citations.map((c) => [c.title, c.docNumber])).toEqual([
      ['退役士兵安置条例', '国务院中央军事委员会令第608号'],
      ['湖南省退役士兵职业教育和技能培训办法', '湘政发〔2012〕17号'],
    ]);
  });

  it('reads an unclosed title with its number and article after it (004:11426)', () => {
    const citations = parseBasisCell(seedCell('004', 11426));
    expect(citations.map((c) => [c.title, c.docNumber, c.articles])).toEqual([
      ['人民防空法', null, ['第二条']],
      ['关于加强人民防空工作的决定', '湘发〔2001〕15号', ['第5条']],
    ]);
  });

  it('treats a bare 机构编制委员会 file as staffing with no title (001:306)', () => {
    expect(parseBasisCell(seedCell('001', 306))).toEqual([
      {
        raw: '安化县机构编制委员会文件（安编发〔2011〕34号）',
        title: null,
        docNumber: '安编发〔2011〕34号',
        articles: [],
        kind: 'staffing',
      },
    ]);
  });

  it('returns nothing for an empty cell', () => {
    expect(parseBasisCell('')).toEqual([]);
    expect(parseBasisCell('  \n ')).toEqual([]);
  });
});

describe('normaliseDocNumber', () => {
  it.each([
    ['湘政发〔2011〕46号', '湘政发〔2011〕46号'],
    ['湘政发[2011]46号', '湘政发〔2011〕46号'],
    ['湘政发【2011】46号', '湘政发〔2011〕46号'],
    ['湘政发(2011)46号', '湘政发〔2011〕46号'],
    ['湘政发（2011）46号', '湘政发〔2011〕46号'],
    ['中发﹝2001﹞9号', '中发〔2001〕9号'],
    ['湘政发［２０１１］４６号', '湘政发〔2011〕46号'],
    ['石政办发(2011)56 号', '石政办发〔2011〕56号'],
    ['国务院令427号', '国务院令第427号'],
    ['中华人民共和国国务院令第629号', '国务院令第629号'],
    ['商务部令2012年第9号', '商务部令2012年第9号'],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseDocNumber(raw)).toBe(expected);
  });

  it('returns null when there is no number', () => {
    expect(normaliseDocNumber('《湖南省信息化条例》')).toBeNull();
  });
});

describe('parseBasisCell on pathological input', () => {
  it('stays fast on a long cell of unclosed brackets and numbers', () => {
    const cell = '1、《'.repeat(2000) + '（2011'.repeat(2000) + '第一条、'.repeat(2000);
    const started = performance.now();
    parseBasisCell(cell);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
