// The overlap analyses read through the real graph: the five seeds are loaded by the writer,
// the analyses service reads each jurisdiction with one Cypher query, and the labelled
// precision must hold on what comes back.
import { beforeAll, describe, expect, it } from 'vitest';
import * as analyses from '../../../graph/analyses/service.js';
import { analyseJurisdiction } from '../../../graph/analyses/analyses.js';
import { readJurisdictionCorpus } from '../../../graph/analyses/repository.js';
import type { OverlapFinding } from '../../../graph/analyses/finding.js';
import { GraphError } from '../../../graph/errors.js';
import { precisionAt, readLabels } from '../../labels/overlap-labels.js';
import { loadSeeds } from '../fixtures.js';

const COUNTIES = ['蒸湘区', '安化县', '洪江区', '鹿泉区', '临高县'];

beforeAll(async () => {
  await loadSeeds();
}, 180_000);

describe('overlap analyses through the graph', () => {
  it('keeps the labelled precision on the strongest findings of all five seeds', async () => {
    const labels = readLabels();
    const found: OverlapFinding[] = [];
    for (const county of COUNTIES)
      for (const kind of ['UNDECLARED', 'CONTRADICTION'] as const)
        found.push(...(await analyses.overlaps({ jurisdiction: county, kind, first: 100, minScore: 0, after: null })));
    found.sort((a, b) => b.score - a.score);
    const r = precisionAt(found, labels.labels, labels.floor.top);
    console.info(
      `[analyses] graph: top ${r.considered}, labelled ${r.labelled}, correct ${r.correct}, precision ${r.precision.toFixed(3)} (strict ${r.strictPrecision.toFixed(3)})`,
    );
    expect(r.considered).toBeGreaterThanOrEqual(10);
    expect(r.labelled / r.considered).toBeGreaterThanOrEqual(0.8);
    expect(r.precision).toBeGreaterThanOrEqual(labels.floor.precision);
  });

  it('finds the 出生人口性别比治理 contradiction between the 卫生局 and 计生局 lists, citing both', async () => {
    const found = await analyses.overlaps({ jurisdiction: '蒸湘区', kind: 'CONTRADICTION', first: 20, minScore: 0, after: null });
    const c = found.find((f) => f.matter?.title === '出生人口性别比治理');
    expect(c).toBeDefined();
    expect(new Set(c!.divisions.map((d) => d.listDepartment)).size).toBe(2);
    expect(c!.items.every((i) => i.source.file.endsWith('.txt') && i.source.line > 0)).toBe(true);
  });

  it('builds a declared matrix whose cells name matters both agencies hold', async () => {
    const m = await analyses.matrix('蒸湘区');
    const declared = m.edges.filter((e) => e.kind === 'DECLARED');
    expect(declared.length).toBeGreaterThan(10);
    const edge = declared[0]!;
    const shared = await analyses.sharedMatters('蒸湘区', [edge.source, edge.target]);
    expect(shared.map((s) => s.title)).toEqual(expect.arrayContaining([edge.labels[0]]));
    expect(m.agencies.find((a) => a.key === edge.source)!.matterCount).toBeGreaterThan(0);
  });

  it('pages overlaps by id without repeats, strongest first', async () => {
    const one = await analyses.overlaps({ jurisdiction: '蒸湘区', kind: 'DECLARED', first: 5, minScore: 0, after: null });
    const two = await analyses.overlaps({ jurisdiction: '蒸湘区', kind: 'DECLARED', first: 5, minScore: 0, after: one.at(-1)!.id });
    expect(one).toHaveLength(5);
    expect(two.map((f) => f.id).filter((id) => one.some((f) => f.id === id))).toEqual([]);
    expect(two[0]!.score).toBeLessThanOrEqual(one.at(-1)!.score);
  });

  it('compares 节能管理 and 物流管理 across jurisdictions with their divisions', async () => {
    const energy = await analyses.compareMatter('节能管理');
    expect(energy[0]?.matter.title).toBe('节能管理');
    expect(energy[0]!.assignments.length).toBeGreaterThan(1);
    const jurisdictions = new Set(energy.map((m) => m.jurisdictionKey.split('/').pop()));
    expect(jurisdictions.size).toBeGreaterThanOrEqual(2);
    expect([...jurisdictions]).toEqual(expect.arrayContaining(['临高县', '蒸湘区']));
    const logistics = await analyses.compareMatter('物流管理');
    expect(logistics.map((m) => m.jurisdictionKey.split('/').pop())).toEqual(expect.arrayContaining(['安化县', '洪江区']));
    expect(logistics.every((m) => m.assignments.every((a) => a.row.source.line > 0))).toBe(true);
  });

  it('reads 蒸湘区 in one query into the same corpus the loader output gives', async () => {
    const t0 = performance.now();
    const corpus = await readJurisdictionCorpus('湖南省/衡阳市/蒸湘区');
    const t1 = performance.now();
    const analysis = analyseJurisdiction(corpus!);
    const t2 = performance.now();
    console.info(`[analyses] 蒸湘区 graph read ${(t1 - t0).toFixed(0)} ms, compute ${(t2 - t1).toFixed(0)} ms`);
    expect(corpus!.texts.length).toBeGreaterThan(1000);
    expect(corpus!.matters.length).toBeGreaterThan(50);
    expect(corpus!.texts.every((t) => t.source.line > 0 && t.text.length > 0)).toBe(true);
    expect(analysis.overlaps.DECLARED.length).toBeGreaterThan(0);
  });

  it('rejects an unknown jurisdiction', async () => {
    await expect(analyses.overlaps({ jurisdiction: '不存在县', kind: null, first: 5, minScore: 0, after: null })).rejects.toSatisfy(
      (e) => e instanceof GraphError && e.code === 'UNKNOWN_JURISDICTION' && e.message.includes('不存在县'),
    );
  });
});
