// Every named regular expression of loaders/rules.ts against inputs built to make a
// backtracking pattern blow up (long runs of what the pattern almost matches), plus the
// cases each rule exists for. The module is scanned, so a rule added later is covered too.
import { describe, expect, it } from 'vitest';
import * as rules from '../../../loaders/rules';

const patterns = Object.entries(rules).filter((e): e is [string, RegExp] => e[1] instanceof RegExp);
const outline = rules.OUTLINE_STYLES.map((s) => [`OUTLINE_STYLES.${s.style}`, s.pattern] as [string, RegExp]);

const N = 20_000;
const PATHOLOGICAL: Record<string, string> = {
  cjk: '区'.repeat(N),
  cjkNoEnd: `${'衡阳市蒸湘区'.repeat(N / 6)}。`,
  spaces: `${' '.repeat(N)}x`,
  fullWidthSpaces: `${'　'.repeat(N)}x`,
  tabsAndSpaces: ` \t`.repeat(N / 2),
  digits: `${'1'.repeat(N)}号`,
  brackets: `${'（'.repeat(N / 2)}${'）'.repeat(N / 2)}`,
  numbering: '一、'.repeat(N / 2),
  agencyish: `${'局、'.repeat(N / 2)}。`,
  bookmark: `[bookmark:${'x'.repeat(N)}`,
  phoneish: `${'0737-'.repeat(N / 5)}`,
  dots: '.'.repeat(N),
};

describe('rules: no pattern backtracks without end', () => {
  for (const [name, pattern] of [...patterns, ...outline]) {
    it(`${name} stays linear on long inputs`, () => {
      for (const [kind, input] of Object.entries(PATHOLOGICAL)) {
        const started = performance.now();
        pattern.lastIndex = 0;
        if (pattern.global) input.match(pattern);
        else pattern.exec(input);
        const ms = performance.now() - started;
        expect(ms, `${name} on ${kind} took ${ms.toFixed(1)} ms`).toBeLessThan(250);
      }
    });
  }
});

describe('rules: what each one is for', () => {
  it('section keywords take their variants and an agency infix, not sentences', () => {
    expect(rules.SECTION_KEYWORDS.boundary.test('职责边界登记表')).toBe(true);
    expect(rules.SECTION_KEYWORDS.boundary.test('与相关部门的职责边界')).toBe(true);
    expect(rules.SECTION_KEYWORDS.supervision.exec('经信局事中事后监管制度')?.groups?.infix).toBe('经信局');
    expect(rules.SECTION_KEYWORDS.supervision.test('事中事后监督管理制度')).toBe(true);
    expect(rules.SECTION_KEYWORDS.duties.test('明确部门职责，加强协作配合')).toBe(false);
  });

  it('SEQ_CELL (on trimmed cells): numbers, bracketed or with 、, not text or dates', () => {
    expect(['1', '12', '（3）', '( 3 )', '四、'].every((s) => rules.SEQ_CELL.test(s))).toBe(true);
    expect(['2014年', '1、《条例》', '全区'].some((s) => rules.SEQ_CELL.test(s))).toBe(false);
  });

  it('PLACE_PREFIX: province, city and county prefixes of an organisation name', () => {
    expect(rules.PLACE_PREFIX.exec('衡阳市蒸湘区人民政府法制办公室')?.groups).toMatchObject({ city: '衡阳市', county: '蒸湘区' });
    expect(rules.PLACE_PREFIX.exec('安化县工业和信息化局')?.groups).toMatchObject({ county: '安化县' });
    expect(rules.PLACE_PREFIX.exec('湖南省衡阳市蒸湘区民政局')?.groups).toMatchObject({ province: '湖南省', city: '衡阳市' });
    expect(rules.NOT_A_PLACE.test('城市')).toBe(true);
  });

  it('PHONE: area codes, mobiles, local numbers; not longer digit runs', () => {
    expect('0737-7230976 07457622012 13973079744 82012711'.match(rules.PHONE)).toEqual([
      '0737-7230976',
      '07457622012',
      '13973079744',
      '82012711',
    ]);
    expect('2827799828277128'.match(rules.PHONE)).toBeNull();
  });

  it('AGENCY_LIKE: names of agencies, not matters or prose', () => {
    for (const name of ['区教文体局', '蒸湘交警大队', '中国人民银行衡阳中心支行', '其他有关部门', '区统计局（主办）：']) {
      expect(rules.AGENCY_LIKE.test(name), name).toBe(true);
    }
    for (const text of ['校车安全管理', '学校公共卫生管理']) expect(rules.AGENCY_LIKE.test(text), text).toBe(false);
  });

  it('NOISE_LINE keeps phone numbers: 28277128 is data, ( and (1) are not', () => {
    expect(rules.NOISE_LINE.test('28277128')).toBe(false);
    expect([' (', ' )', '(1) ', '......'].every((s) => rules.NOISE_LINE.test(s))).toBe(true);
  });
});
