// The succession note of an answer (graph/succession/note.ts) and the names of today's bodies
// (modern-names.ts), over the national pattern and local records, without a database.
import { describe, expect, it } from 'vitest';
import type { SuccessionEvent } from '../../../../domain/succession/model.js';
import { namesSuccessorOf, successorMentionForms } from '../../../../graph/succession/modern-names.js';
import { successionNoteOf } from '../../../../graph/succession/note.js';

const ZX = '湖南省/衡阳市/蒸湘区';
const note = (agency: string, about = '', asOf = '2026-12-01', local: SuccessionEvent[] = [], listYear: string | null = null) =>
  successionNoteOf({ agency, jurisdictionKey: ZX, local, asOf, about, listYear });

const localMerger: SuccessionEvent = {
  id: 'zx-1',
  kind: 'merged_into',
  from: [{ name: '区食品药品监督管理局', profile: 'food-drug' }],
  to: [{ to: { name: '区市场监督管理局', profile: 'market-regulation' }, duties: 'all' }],
  effective: '2019-02-28',
  scope: { kind: 'local', jurisdictionKey: ZX },
  sources: [{ title: '《蒸湘区机构改革实施方案》', issuer: '中共蒸湘区委', date: '2019-02-20', docNumber: '蒸发〔2019〕1号' }],
  recordedAt: { file: '/srv/tables/蒸湘区沿革.csv', line: 7 },
};

describe('successionNoteOf', () => {
  it('names the successor by the national pattern, with the plan as the source and the list year when known', () => {
    const n = note('区食品药品监督管理局', '疫苗监管', '2026-12-01', [], '2016')!;
    expect(n.text).toBe('清单（2016）载明由区食品药品监督管理局负责；按 2019 年机构改革，该职责现由区市场监督管理局承担');
    expect(n.current).toEqual(['区市场监督管理局']);
    expect(n.steps).toEqual([
      expect.objectContaining({ kind: 'merged_into', origin: 'NATIONAL_PATTERN', effective: '2019-03-31', recordedAt: null }),
    ]);
    expect(n.steps[0]!.source.title).toBe('《深化党和国家机构改革方案》');
  });

  it("shows the pattern's body with the county's level when the list's name has none, and says what named the agency", () => {
    expect(note('工商蒸湘分局')!.current).toEqual(['区市场监督管理局']);
    const general = successionNoteOf({
      agency: '区食品药品监督管理局',
      jurisdictionKey: ZX,
      local: [],
      asOf: '2026-12-01',
      about: '',
      namedBy: 'general',
    })!;
    expect(general.text).toBe('本地对应部门为区食品药品监督管理局；按 2019 年机构改革，该职责现由区市场监督管理局承担');
  });

  it('is null before the reform and for a body nothing happened to', () => {
    expect(note('区食品药品监督管理局', '', '2019-03-30')).toBeNull();
    expect(note('衡阳市蒸湘区财政局', '专项资金')).toBeNull();
  });

  it('a local record overrides the pattern: its day, its document, its file name and line', () => {
    const n = note('区食品药品监督管理局', '', '2026-12-01', [localMerger])!;
    expect(n.text).toBe(
      '清单载明由区食品药品监督管理局负责；按 2019 年机构改革（《蒸湘区机构改革实施方案》），该职责现由区市场监督管理局承担',
    );
    expect(n.steps).toEqual([
      {
        kind: 'merged_into',
        from: '区食品药品监督管理局',
        to: ['区市场监督管理局'],
        effective: '2019-02-28',
        origin: 'LOCAL',
        source: { title: '《蒸湘区机构改革实施方案》', docNumber: '蒸发〔2019〕1号', issuer: '中共蒸湘区委', date: '2019-02-20' },
        recordedAt: { file: '蒸湘区沿革.csv', line: 7 },
      },
    ]);
    expect(note('区食品药品监督管理局', '', '2019-02-27', [localMerger])).toBeNull();
  });

  it('a body that continues gets a note only for a duty it handed on', () => {
    const veterans = note('衡阳市蒸湘区民政局', '负责退役军人优抚安置工作')!;
    expect(veterans.current).toEqual(['衡阳市蒸湘区退役军人事务局']);
    expect(veterans.steps.every((s) => s.kind === 'duties_transferred')).toBe(true);
    expect(note('衡阳市蒸湘区民政局', '社会救助 低保')).toBeNull();
  });
});

describe("names of today's bodies", () => {
  it('reads 市场监管局 as naming 工商, 质监 and 食药监 (not as 市 + 场)', () => {
    for (const name of ['工商蒸湘分局', '区质监局', '区食品药品监督管理局']) {
      expect(successorMentionForms(name, ZX, [], '2026-12-01')).toEqual(expect.arrayContaining(['市场监督管理局', '市场监管局']));
      expect(namesSuccessorOf('区市场监管局', { name, aliases: [] }, ZX, [], '2026-12-01')).toBe(true);
    }
    expect(successorMentionForms('区食品药品监督管理局', ZX, [], '2026-12-01').some((f) => f.startsWith('场'))).toBe(false);
    expect(namesSuccessorOf('市场监管局', { name: '衡阳市蒸湘区财政局', aliases: [] }, ZX, [], '2026-12-01')).toBe(false);
  });

  it('reads 应急局, 卫健局, 医保局, 退役军人事务局 and 自然资源局 as their predecessors', () => {
    const reads = (typed: string, name: string) => namesSuccessorOf(typed, { name, aliases: [] }, ZX, [], '2026-12-01');
    expect(reads('应急局', '衡阳市蒸湘区安全生产监督管理局')).toBe(true);
    expect(reads('卫健局', '衡阳市蒸湘区人口和计划生育局')).toBe(true);
    expect(reads('医保局', '衡阳市蒸湘区人力资源和社会保障局')).toBe(true);
    expect(reads('退役军人事务局', '衡阳市蒸湘区民政局')).toBe(true);
    expect(reads('自然资源局', '区国土资源局')).toBe(true);
    expect(reads('应急局', '衡阳市蒸湘区人口和计划生育局')).toBe(false);
  });
});
