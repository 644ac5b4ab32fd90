import { shortAgencyName } from '../../../domain/agency-names.js';
import { describe, expect, it } from 'vitest';
import type { Answer, MatterDetail, OverlapMatrix } from '../../../web/src/api.js';
import {
  agencyNodeId,
  answerAsMatter,
  matterGraph,
  nodeSize,
  overlapGraph,
  pairEdgeId,
  strongestEdges,
  syntheticOverlapGraph,
} from '../../../web/src/graph/elements.js';

const agency = (name: string) => ({ key: `湖南省/衡阳市/蒸湘区|${name}`, name, aliases: [] });
const matrix: OverlapMatrix = {
  agencies: [
    { ...agency('教育局'), matterCount: 40, dutyCount: 3 },
    { ...agency('交通运输局'), matterCount: 10, dutyCount: 3 },
    { ...agency('公安分局'), matterCount: 0, dutyCount: 0 },
  ],
  edges: [
    { source: agency('教育局').key, target: agency('交通运输局').key, kind: 'DECLARED', weight: 3, maxScore: 0.4, labels: ['校车安全'] },
    { source: agency('教育局').key, target: agency('公安分局').key, kind: 'DECLARED', weight: 1, maxScore: 0.2, labels: [] },
    { source: agency('交通运输局').key, target: agency('教育局').key, kind: 'UNDECLARED', weight: 2, maxScore: 0.7, labels: ['节能'] },
  ],
};
const allKinds = ['DECLARED', 'UNDECLARED', 'CONTRADICTION'] as const;
const edges = (g: ReturnType<typeof overlapGraph>) => g.elements.filter((e) => e.group === 'edges');
const nodes = (g: ReturnType<typeof overlapGraph>) => g.elements.filter((e) => e.group === 'nodes');

describe('overlapGraph', () => {
  it('makes one edge per pair and kind between name-keyed nodes, the finding count as strength', () => {
    const graph = overlapGraph(matrix, { jurisdiction: '蒸湘区', kinds: allKinds, minStrength: 1, agency: null });
    expect(
      edges(graph)
        .map((e) => e.data.id)
        .sort(),
    ).toEqual(
      [
        pairEdgeId('declared', '教育局', '交通运输局'),
        pairEdgeId('declared', '教育局', '公安分局'),
        pairEdgeId('undeclared', '交通运输局', '教育局'),
      ].sort(),
    );
    const declared = edges(graph).find((e) => e.data.id === pairEdgeId('declared', '交通运输局', '教育局'))!;
    expect(declared.data).toMatchObject({
      source: agencyNodeId('教育局'),
      target: agencyNodeId('交通运输局'),
      strength: 3,
      kind: 'declared',
    });
    // The hover text names both agencies, the count and what they share.
    expect(declared.data.tooltip).toMatch(/教育局 — 交通运输局\n.*3 项\n校车安全……$/);
    expect(nodes(graph).find((n) => n.data.label === '教育局')!.data.key).toBe(agency('教育局').key);
  });

  it('sizes agencies by matter count and keeps agencies without overlaps', () => {
    const graph = overlapGraph({ ...matrix, edges: [] }, { jurisdiction: '蒸湘区', kinds: allKinds, minStrength: 1, agency: null });
    const size = (name: string) => nodes(graph).find((n) => n.data.id === agencyNodeId(name))!.data.size as number;
    expect(nodes(graph)).toHaveLength(3);
    expect(size('教育局')).toBeGreaterThan(size('交通运输局'));
    expect(size('交通运输局')).toBeGreaterThan(size('公安分局'));
  });

  it('filters by kind, minimum strength and agency', () => {
    const byKind = overlapGraph(matrix, { jurisdiction: '蒸湘区', kinds: ['UNDECLARED'], minStrength: 1, agency: null });
    expect(edges(byKind).map((e) => e.data.kind)).toEqual(['undeclared']);

    const strong = overlapGraph(matrix, { jurisdiction: '蒸湘区', kinds: allKinds, minStrength: 3, agency: null });
    expect(edges(strong).map((e) => e.data.strength)).toEqual([3]);

    const police = overlapGraph(matrix, { jurisdiction: '蒸湘区', kinds: allKinds, minStrength: 1, agency: '公安分局' });
    expect(edges(police)).toHaveLength(1);
    expect(
      nodes(police)
        .map((n) => n.data.label)
        .sort(),
    ).toEqual(['公安分局', '教育局'].sort());
    const lonely = overlapGraph(matrix, { jurisdiction: '蒸湘区', kinds: ['UNDECLARED'], minStrength: 1, agency: '公安分局' });
    expect(nodes(lonely).map((n) => n.data.label)).toEqual(['公安分局']);
    expect(lonely.agencyNames).toHaveLength(3);
  });
});

describe('matterGraph', () => {
  const matter: MatterDetail = {
    key: 'k',
    title: '电力设施保护',
    responsibilities: [
      {
        agencies: [agency('工信局')],
        agencyRaw: '工信局',
        division: '负责审批',
        role: 'lead',
        bases: [{ title: '电力法', docNumber: null, articles: [] }],
      },
      {
        agencies: [agency('住建局'), agency('城管局')],
        agencyRaw: '住建局、城管局',
        division: '配合查处',
        role: 'cooperate',
        bases: [{ title: '电力法', docNumber: null, articles: [] }],
      },
      { agencies: [], agencyRaw: '其他有关部门', division: '按职责配合', role: null, bases: [] },
    ],
  };

  it('shows the matter, each agency with its role, generic cells as written, and shared bases once', () => {
    const elements = matterGraph(matter);
    const kinds = elements
      .filter((e) => e.group === 'nodes')
      .map((e) => e.data.kind)
      .sort();
    expect(kinds).toEqual(['agency', 'agency', 'agency', 'agency', 'basis', 'matter']);
    expect(elements.some((e) => e.data.label === '其他有关部门')).toBe(true);
    const roles = elements.filter((e) => e.data.kind === 'holds').map((e) => e.data.role);
    expect(roles).toEqual(['lead', 'cooperate', 'cooperate', null]);
  });

  it('turns an answer without a matter into a one-agency graph', () => {
    const answer: Answer = {
      key: 'duty-1',
      kind: 'duty',
      agency: agency('发改局'),
      matter: { key: null, title: '负责节能监察' },
      division: '负责节能监察',
      role: null,
      bases: [],
      case: null,
      score: 1,
      source: { file: 'f.txt', line: 3, endLine: 3, title: null, listDate: { label: '日期不详' } },
      highlights: [],
      confidence: 0.9,
      coverage: 'LIST',
      ruling: null,
      succession: null,
    };
    const elements = matterGraph(answerAsMatter(answer));
    expect(elements.map((e) => e.data.label).filter(Boolean)).toEqual(['负责节能监察', '发改局']);
  });
});

describe('small pure helpers', () => {
  it('nodeSize grows with the count and stays within bounds', () => {
    expect(nodeSize(0, 10)).toBe(22);
    expect(nodeSize(10, 10)).toBe(80);
    expect(nodeSize(99, 10)).toBe(80);
    expect(nodeSize(5, 10)).toBeGreaterThan(nodeSize(2, 10));
  });

  it('syntheticOverlapGraph is deterministic, sized as asked, and references only its nodes', () => {
    const a = syntheticOverlapGraph(500);
    const b = syntheticOverlapGraph(500);
    expect(a).toEqual(b);
    const ids = new Set(a.filter((e) => e.group === 'nodes').map((e) => e.data.id));
    expect(ids.size).toBe(500);
    const links = a.filter((e) => e.group === 'edges');
    expect(links.length).toBe(750);
    expect(links.every((e) => ids.has(e.data.source) && ids.has(e.data.target) && e.data.source !== e.data.target)).toBe(true);
  });
});

describe('shortAgencyName', () => {
  it('drops the city and county its jurisdiction implies, keeping the 区/县 that starts the name', () => {
    expect(shortAgencyName('衡阳市蒸湘区教育局', '蒸湘区')).toBe('区教育局');
    expect(shortAgencyName('蒸湘区人民防空办公室', '蒸湘区')).toBe('区人民防空办公室');
    expect(shortAgencyName('临高县工信局', '临高县')).toBe('县工信局');
  });

  it('leaves names that carry no prefix, or would be emptied, alone', () => {
    expect(shortAgencyName('区发改委', '蒸湘区')).toBe('区发改委');
    expect(shortAgencyName('市公安局综合执法支队', '蒸湘区')).toBe('市公安局综合执法支队');
    expect(shortAgencyName('公安交警部门', null)).toBe('公安交警部门');
    expect(shortAgencyName('衡阳市蒸湘区', '蒸湘区')).toBe('蒸湘区');
  });
});

describe('strongestEdges', () => {
  it('lists the strongest edges first with both full names', () => {
    const graph = overlapGraph(matrix, { jurisdiction: '蒸湘区', kinds: allKinds, minStrength: 1, agency: null });
    const top = strongestEdges(graph.elements, 2);
    expect(top.map((e) => [e.kind, e.strength])).toEqual([
      ['declared', 3],
      ['undeclared', 2],
    ]);
    expect(new Set([top[0]!.a, top[0]!.b])).toEqual(new Set(['教育局', '交通运输局']));
  });
});
