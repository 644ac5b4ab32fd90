import { describe, expect, it } from 'vitest';
import { overlappingPairs, placeLabels, type LabelBox } from '../../../web/src/graph/labelGeometry.js';
import { findAgency } from '../../../web/src/graph/nodeSearch.js';
import { sectorOfAgency, sectors } from '../../../web/src/graph/sectors.js';
import { describeFilters } from '../../../web/src/graph/filterExplanation.js';
import { filterIsOn, overlapGraph } from '../../../web/src/graph/elements.js';
import { overlapCaption, overlapGraphLegend } from '../../../web/src/graph/overlapAids.js';
import type { OverlapMatrix } from '../../../web/src/api.js';

const box = (id: string, x: number, y: number, priority: number, w = 10, h = 4): LabelBox => ({
  id,
  x1: x,
  y1: y,
  x2: x + w,
  y2: y + h,
  priority,
});
const allKinds = ['DECLARED', 'UNDECLARED', 'CONTRADICTION'];

describe('label placement', () => {
  it('keeps the more important of two colliding labels and every label that collides with none', () => {
    const boxes = [box('small', 5, 1, 1), box('big', 0, 0, 9), box('far', 100, 100, 0)];
    expect([...placeLabels(boxes)].sort()).toEqual(['big', 'far']);
    expect(overlappingPairs(boxes)).toBe(1);
  });

  it('leaves no overlapping pair among the labels it keeps, on a dense random field', () => {
    let seed = 1;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const boxes = Array.from({ length: 300 }, (_, i) => box(`n${i}`, random() * 200, random() * 200, random(), 30, 8));
    expect(overlappingPairs(boxes)).toBeGreaterThan(100);
    const kept = placeLabels(boxes);
    expect(kept.size).toBeGreaterThan(10);
    expect(overlappingPairs(boxes.filter((b) => kept.has(b.id)))).toBe(0);
  });

  it("drops a label a labelled node's body would cover, or whose node would cover a kept label", () => {
    const labels = [box('a', 0, 0, 5), box('b', 50, 0, 3), box('c', 100, 0, 1)];
    // b's body lies on a's label; c's label lies on b's body (b is kept: not blocked by a's
    // body, which is elsewhere). Own bodies never block.
    const bodies = [box('a', 0, 4, 0, 4, 4), box('b', 5, 1, 0, 2, 2), box('c', 100, 4, 0, 4, 4)];
    expect([...placeLabels(labels, 2, bodies)].sort()).toEqual(['a', 'c']);
    const bodies2 = [box('a', 0, 4, 0, 4, 4), box('b', 50, 4, 0, 4, 4), box('c', 101, 0, 0, 2, 2)];
    expect([...placeLabels([box('a', 0, 0, 5), box('b', 100, 0, 3)], 2, bodies2)].sort()).toEqual(['a', 'b']);
  });

  it('does not count labels that only touch', () => {
    expect(overlappingPairs([box('a', 0, 0, 0), box('b', 10, 0, 0)])).toBe(0);
  });
});

describe('sectors', () => {
  it('colours agencies by the kind of department their name says they are', () => {
    expect(sectorOfAgency('衡阳市公安局蒸湘分局').id).toBe('security');
    expect(sectorOfAgency('衡阳市蒸湘区教育局').id).toBe('social');
    expect(sectorOfAgency('衡阳市蒸湘区住房和城乡建设局').id).toBe('urban');
    expect(sectorOfAgency('衡阳市蒸湘区市场监督管理局').id).toBe('economy');
    expect(sectorOfAgency('衡阳市蒸湘区农业农村局').id).toBe('rural');
    expect(sectorOfAgency('衡阳市蒸湘区机构编制委员会办公室').id).toBe('other');
  });

  it('gives every sector its own colour and every profile at most one sector', () => {
    expect(new Set(sectors.map((s) => s.color)).size).toBe(sectors.length);
    const profiles = sectors.flatMap((s) => s.profiles);
    expect(new Set(profiles).size).toBe(profiles.length);
  });
});

describe('node search', () => {
  const agencies = [
    { key: '湖南省/衡阳市/蒸湘区|衡阳市蒸湘区安全生产监督管理局', name: '衡阳市蒸湘区安全生产监督管理局', aliases: ['区安监局'] },
    { key: '湖南省/衡阳市/蒸湘区|衡阳市蒸湘区教育局', name: '衡阳市蒸湘区教育局', aliases: [] },
    { key: '湖南省/衡阳市/蒸湘区|衡阳市蒸湘区教育督导室', name: '衡阳市蒸湘区教育督导室', aliases: [] },
  ];
  it('finds an agency by an alias, a short form or a part of its name', () => {
    expect(findAgency('区安监局', agencies, '蒸湘区')).toEqual({ found: agencies[0] });
    expect(findAgency('安监局', agencies, '蒸湘区')).toEqual({ found: agencies[0] });
    expect(findAgency('督导', agencies, '蒸湘区')).toEqual({ found: agencies[2] });
  });
  it('says when a name fits several agencies or none', () => {
    // 教育 is 教育局's short form by the lists' grouping rules, so it is not ambiguous.
    expect(findAgency('教育', agencies, '蒸湘区')).toEqual({ found: agencies[1] });
    expect(findAgency('蒸湘区', agencies, '蒸湘区')).toEqual({ ambiguous: agencies });
    expect(findAgency('税务局', agencies, '蒸湘区')).toEqual({ notFound: true });
  });
});

describe('filters', () => {
  const agency = (name: string) => ({ key: `湖南省/衡阳市/蒸湘区|${name}`, name, aliases: [], matterCount: 3, dutyCount: 1 });
  const matrix: OverlapMatrix = {
    agencies: [agency('教育局'), agency('交通运输局'), agency('公安分局')],
    edges: [{ source: agency('教育局').key, target: agency('交通运输局').key, kind: 'DECLARED', weight: 3, maxScore: 0.4, labels: [] }],
  };
  const names = (filter: Parameters<typeof overlapGraph>[1]) =>
    overlapGraph(matrix, filter)
      .elements.filter((e) => e.group === 'nodes')
      .map((e) => e.data.name);

  it('hides unconnected agencies only when a filter is on', () => {
    expect(names({ jurisdiction: '蒸湘区', kinds: allKinds as never, minStrength: 1, agency: null })).toHaveLength(3);
    expect(names({ jurisdiction: '蒸湘区', kinds: allKinds as never, minStrength: 2, agency: null }).sort()).toEqual(
      ['交通运输局', '教育局'].sort(),
    );
    expect(names({ jurisdiction: '蒸湘区', kinds: allKinds as never, minStrength: 4, agency: null })).toEqual([]);
    expect(filterIsOn({ kinds: ['DECLARED'], minStrength: 1, agency: null })).toBe(true);
  });

  it('names the filters in the empty-graph sentence and the PNG caption', () => {
    const filter = { kinds: ['DECLARED', 'CONTRADICTION'], minStrength: 5, agency: '衡阳市蒸湘区教育局' };
    expect(describeFilters(filter, allKinds, (n) => n.replace('衡阳市蒸湘', ''))).toBe(
      '类型为清单已写明的共管、清单之间的矛盾；强度不低于 5；只看区教育局',
    );
    expect(describeFilters({ kinds: allKinds, minStrength: 1, agency: null }, allKinds)).toBe('未筛选');
    const caption = overlapCaption('蒸湘区', filter, allKinds, { nodes: 3, edges: 0 }, new Date(2026, 11, 1));
    expect(caption.title).toBe('职责交叉 — 蒸湘区');
    expect(caption.lines).toContain('导出日期：2026-12-01');
  });

  it('lists in the legend only the sectors drawn, then the three overlap kinds', () => {
    const graph = overlapGraph(matrix, { jurisdiction: '蒸湘区', kinds: allKinds as never, minStrength: 1, agency: null });
    const legend = overlapGraphLegend(graph.elements).map((e) => e.label);
    expect(legend).toEqual([
      '政法与公共安全',
      '城建、资源与环境',
      '社会事业与民生',
      '清单已写明的共管',
      '未写明的职责重叠',
      '清单之间的矛盾',
    ]);
  });
});
