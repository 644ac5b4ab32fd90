// Header damage (issue 11, item 4): each damaged header in fixtures/header_* is the
// healthy fixture with one header cell merged, split, doubled or lost. Repaired, it gives
// exactly the healthy fixture's records with a HEADER_REPAIRED warning at the header's
// line; what cannot be repaired is refused with an error, and no header becomes data.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Department, Diagnostic } from '../../../domain/records';
import { parseDocument } from '../../../loaders/parse/index';
import { tokenize } from '../../../loaders/tokenize';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

function parse(name: string): { text: string; departments: Department[]; diagnostics: Diagnostic[] } {
  const text = readFileSync(path.join(FIXTURES, `${name}.txt`), 'utf8');
  return { text, ...parseDocument({ file: `${name}.txt`, format: 'txt', encoding: 'utf-8', blocks: tokenize(text) }) };
}

/** Records without their line numbers: a split header cell moves every line below it. */
function records(departments: Department[]): unknown {
  return JSON.parse(JSON.stringify(departments, (key, value) => (key === 'source' ? undefined : value)));
}

const codes = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => d.code);

describe('a damaged header is repaired by content and the table reads as if it were whole', () => {
  const cases = [
    // healthy fixture, damaged fixture, header line, what the warning says
    ['boundary_table', 'header_cell_merged', 5, '“相关依据案例”是 2 个列名连在一起'],
    ['boundary_table', 'header_cell_split', 30, '“管理”和“事项”是一个列名被拆开'],
    ['boundary_table', 'header_cell_missing', 30, '表头少了 案例 列（数据行有 6 列）'],
    ['duty_table', 'header_cell_duplicated', 3, '表头列名“主要职责”重复了一次'],
  ] as const;
  for (const [healthy, damaged, line, says] of cases) {
    it(`${damaged}: same records as ${healthy}, HEADER_REPAIRED at line ${line}`, () => {
      const good = parse(healthy);
      const bad = parse(damaged);
      expect(records(bad.departments)).toEqual(records(good.departments));
      const repaired = bad.diagnostics.filter((d) => d.code === 'HEADER_REPAIRED');
      expect(repaired).toHaveLength(1);
      expect(repaired[0]).toMatchObject({ line, severity: 'warning' });
      expect(repaired[0].message).toContain(says);
      // Nothing else changed: the healthy fixture's diagnostics, plus the repair.
      expect(codes(bad.diagnostics).filter((c) => c !== 'HEADER_REPAIRED')).toEqual(codes(good.diagnostics));
    });
  }
});

describe('a header that cannot be repaired refuses its table with an error naming the line', () => {
  it('header_damaged_refused: 相关部门 twice, apart — no matter of that table is loaded', () => {
    const { departments, diagnostics } = parse('header_damaged_refused');
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toMatchObject([{ code: 'HEADER_DAMAGED', line: 30 }]);
    const titles = departments.flatMap((d) => d.boundaryMatters.map((m) => m.title));
    expect(titles).toEqual(['经济运行调节']); // the first table, under its own healthy header
  });

  it('a header row that is not recognised is never a record (the 职责分工 matter of issue 11)', () => {
    const text =
      '某某县工业和信息化局责任清单\n\n二、与相关部门的职责边界\n\n\t序号\n\t管理事项\n\n\t相关部门\n\t职责分工\n\t相关依据（见附件）\n\n\t1\n\t经济运行调节\n\t县工信局\n\t牵头负责\n\t《条例》\n';
    const { departments, diagnostics } = parseDocument({ file: 'x.txt', format: 'txt', encoding: 'utf-8', blocks: tokenize(text) });
    expect(departments.flatMap((d) => d.boundaryMatters.map((m) => m.title))).not.toContain('职责分工');
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'HEADER_DAMAGED', severity: 'error', line: 8 }));
  });
});

describe('seed damage from issue 11', () => {
  const SEEDS = path.resolve(import.meta.dirname, '../../../../shared/seeds');
  const seedText = (prefix: string): string => {
    const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix)) ?? '';
    return readFileSync(path.join(SEEDS, file), 'utf8');
  };
  const parseText = (text: string) => parseDocument({ file: 's.txt', format: 'txt', encoding: 'utf-8', blocks: tokenize(text) });

  it('004:4461 with its TAB lost before 案例: all 317 agency rows, no 职责分工 matter, one HEADER_REPAIRED', () => {
    const lines = seedText('004').split('\n');
    expect(lines[4460]).toBe('\t案例');
    lines[4460] = '案例';
    const { departments, diagnostics } = parseText(lines.join('\n'));
    const matters = departments.flatMap((d) => d.boundaryMatters);
    expect(matters.reduce((n, m) => n + m.assignments.length, 0)).toBe(317);
    expect(matters.map((m) => m.title)).not.toContain('职责分工');
    expect(diagnostics.filter((d) => d.code === 'HEADER_REPAIRED').map((d) => d.line)).toEqual([4454]);
    expect(codes(diagnostics)).not.toContain('TEXT_LOST');
  });

  it('000:134 with 主要职责 written twice: all 59 work items, one HEADER_REPAIRED', () => {
    const lines = seedText('000').split('\n');
    expect(lines[133]).toBe('\t主要职责');
    lines.splice(133, 0, '\t主要职责');
    const { departments, diagnostics } = parseText(lines.join('\n'));
    expect(departments[0].duties.reduce((n, d) => n + d.items.length, 0)).toBe(59);
    expect(diagnostics.filter((d) => d.code === 'HEADER_REPAIRED').map((d) => d.line)).toEqual([133]);
  });
});
