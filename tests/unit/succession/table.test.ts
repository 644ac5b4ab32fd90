// Local records from a table: rows become local events that cite their file and line, that
// validate against the national pattern and that override it in their jurisdiction.
import { describe, expect, it } from 'vitest';
import { NATIONAL_PATTERN_2018 } from '../../../domain/succession/national-2018.js';
import { successorsOf } from '../../../domain/succession/successors.js';
import { type SuccessionTableRow, successionEventsFromTable } from '../../../domain/succession/table.js';
import { validateSuccession } from '../../../domain/succession/validate.js';

const ZHENGXIANG = '湖南省/衡阳市/蒸湘区';
const FILE = 'zhengxiang-succession.csv';

// A made-up county document, named as such, so nothing here passes for a real act.
const DOCUMENT = {
  依据文件: '《测试用蒸湘区机构改革方案》',
  发文机关: '测试用区委、区人民政府',
  文件日期: '2019-01-10',
  无文号原因: '测试数据',
};

const rows: SuccessionTableRow[] = [
  {
    line: 2,
    cells: {
      类型: '并入',
      原机构: '衡阳市蒸湘区食品药品监督管理局、衡阳市蒸湘区工商行政管理局',
      承接机构: '衡阳市蒸湘区市场监督管理局',
      生效日期: '2019/2/1',
      ...DOCUMENT,
    },
  },
  {
    line: 3,
    cells: {
      编号: 'zx-agri',
      类型: '更名',
      原机构: '衡阳市蒸湘区农业局',
      承接机构: '衡阳市蒸湘区农业农村局',
      生效日期: '2019-02-01',
      覆盖: 'n2018-agriculture-rural',
      说明: '区委农办另设',
      ...DOCUMENT,
    },
  },
  {
    line: 4,
    cells: {
      类型: '职责划转',
      原机构: '衡阳市蒸湘区民政局',
      承接机构: '衡阳市蒸湘区应急管理局：救灾',
      生效日期: '2019-02-01',
      ...DOCUMENT,
    },
  },
  { line: 5, cells: { 类型: '改组', 原机构: '某局', 承接机构: '某某局', 生效日期: '2019-02-01', ...DOCUMENT } },
];

describe('successionEventsFromTable', () => {
  const { events, problems } = successionEventsFromTable(rows, ZHENGXIANG, FILE);

  it('makes one local event a row, citing the file and line, and reports a row whose kind it cannot read', () => {
    expect(events.map((e) => [e.id, e.kind, e.recordedAt?.line])).toEqual([
      [`${FILE}:2`, 'merged_into', 2],
      ['zx-agri', 'renamed', 3],
      [`${FILE}:4`, 'duties_transferred', 4],
    ]);
    expect(problems).toEqual([{ line: 5, message: expect.stringContaining('改组') }]);
    expect(events[0]!.effective).toBe('2019-02-01');
    expect(events[0]!.from.map((f) => f.profile)).toEqual(['food-drug', 'market-regulation']);
    expect(events[2]!.to).toEqual([{ to: { name: '衡阳市蒸湘区应急管理局', profile: 'work-safety' }, duties: ['救灾'] }]);
    expect(events[1]!.overrides).toEqual(['n2018-agriculture-rural']);
  });

  it('gives events that validate against the national pattern', () => {
    expect(validateSuccession(events, { national: NATIONAL_PATTERN_2018 })).toEqual([]);
  });

  it('leaves a missing source field for validation to report', () => {
    const [row] = rows;
    const { events: withoutIssuer } = successionEventsFromTable([{ ...row!, cells: { ...row!.cells, 发文机关: '' } }], ZHENGXIANG, FILE);
    expect(validateSuccession(withoutIssuer, { national: NATIONAL_PATTERN_2018 }).map((p) => p.code)).toEqual(['incomplete-source']);
  });

  it('overrides the national pattern in its jurisdiction', () => {
    const query = { asOf: 2020, jurisdiction: ZHENGXIANG, local: events };
    expect(successorsOf('区食药监局', query).holders.map((h) => [h.name, h.origin])).toEqual([['衡阳市蒸湘区市场监督管理局', 'local']]);
    expect(successorsOf('区农办', query).unchanged).toBe(true);
    const civil = successorsOf('区民政局', query);
    expect(civil.steps.find((s) => s.event.id === `${FILE}:4`)?.origin).toBe('local');
    expect(civil.steps.some((s) => s.event.id === 'n2018-disaster-relief')).toBe(false);
  });
});
