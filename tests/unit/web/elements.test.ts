import { describe, expect, it } from 'vitest';
import type { AgencySummary, Answer, Overlap } from '../../../web/src/api.js';
import {
  agencyNodeId,
  matterGraph,
  nodeSize,
  overlapGraph,
  pairEdgeId,
  roleOf,
  syntheticOverlapGraph,
} from '../../../web/src/graph/elements.js';

const agency = (name: string) => ({ name, aliases: [] });
const overlap = (kind: Overlap['kind'], names: string[], score = 1): Overlap => ({
  kind,
  score,
  agencies: names.map(agency),
  items: names.map((n) => ({ text: `${n}的职责`, agency: n, matter: null, source: { file: 'f.txt', line: 1 } })),
});
const agencies: AgencySummary[] = [
  { name: '教育局', aliases: [], matterCount: 40 },
  { name: '交通运输局', aliases: [], matterCount: 10 },
  { name: '公安分局', aliases: [], matterCount: 0 },
];
const allKinds = ['DECLARED', 'UNDECLARED', 'CONTRADICTION'] as const;
const edges = (g: ReturnType<typeof overlapGraph>) => g.elements.filter((e) => e.group === 'edges');
const nodes = (g: ReturnType<typeof overlapGraph>) => g.elements.filter((e) => e.group === 'nodes');

describe('overlapGraph', () => {
  const overlaps = [
    overlap('DECLARED', ['教育局', '交通运输局']),
    overlap('DECLARED', ['交通运输局', '教育局']),
    overlap('UNDECLARED', ['教育局', '交通运输局'], 0.7),
    overlap('DECLARED', ['教育局', '交通运输局', '公安分局']),
  ];

  it('makes one edge per agency pair and kind, whatever the order, with the overlap count as strength', () => {
    const graph = overlapGraph(agencies, overlaps, { kinds: allKinds, minStrength: 1, agency: null });
    const declared = edges(graph).find((e) => e.data.id === pairEdgeId('declared', '教育局', '交通运输局'))!;
    expect(declared.data.strength).toBe(3);
    expect(declared.data.kind).toBe('declared');
    expect(edges(graph).map((e) => e.data.id).sort()).toEqual(
      [
        pairEdgeId('declared', '教育局', '交通运输局'),
        pairEdgeId('declared', '教育局', '公安分局'),
        pairEdgeId('declared', '交通运输局', '公安分局'),
        pairEdgeId('undeclared', '教育局', '交通运输局'),
      ].sort(),
    );
    expect(graph.edgeOverlaps.get(declared.data.id!)).toHaveLength(3);
  });

  it('sizes agencies by matter count and keeps agencies without overlaps', () => {
    const graph = overlapGraph(agencies, [], { kinds: allKinds, minStrength: 1, agency: null });
    const size = (name: string) => nodes(graph).find((n) => n.data.id === agencyNodeId(name))!.data.size as number;
    expect(nodes(graph)).toHaveLength(3);
    expect(size('教育局')).toBeGreaterThan(size('交通运输局'));
    expect(size('交通运输局')).toBeGreaterThan(size('公安分局'));
  });

  it('filters by kind, minimum strength and agency', () => {
    const byKind = overlapGraph(agencies, overlaps, { kinds: ['UNDECLARED'], minStrength: 1, agency: null });
    expect(edges(byKind).map((e) => e.data.kind)).toEqual(['undeclared']);

    const strong = overlapGraph(agencies, overlaps, { kinds: allKinds, minStrength: 2, agency: null });
    expect(edges(strong).map((e) => e.data.strength)).toEqual([3]);
    expect(strong.edgeOverlaps.size).toBe(1);

    const police = overlapGraph(agencies, overlaps, { kinds: allKinds, minStrength: 1, agency: '公安分局' });
    expect(edges(police)).toHaveLength(2);
    expect(nodes(police)).toHaveLength(3);
    const lonely = overlapGraph(agencies, overlaps, { kinds: ['UNDECLARED'], minStrength: 1, agency: '公安分局' });
    expect(nodes(lonely).map((n) => n.data.label)).toEqual(['公安分局']);
  });

  it('adds agencies named only by overlaps', () => {
    const graph = overlapGraph([], [overlap('CONTRADICTION', ['甲局', '乙局'])], { kinds: allKinds, minStrength: 1, agency: null });
    expect(graph.agencyNames).toEqual(['甲局', '乙局'].sort((a, b) => a.localeCompare(b, 'zh')));
  });
});

describe('matterGraph', () => {
  const answer = (agencyName: string, matter: string, division: string, bases: Answer['bases'] = []): Answer => ({
    agency: agency(agencyName),
    matter: { title: matter },
    division,
    bases,
    case: null,
    score: 1,
    source: { file: 'f.txt', line: 3 },
    matchedWords: [],
  });
  const answers = [
    answer('工信局', '电力设施保护', '负责电力设施保护区内作业审批', [{ title: '电力法', docNumber: null }]),
    answer('住建局', '电力设施保护', '配合查处违法建设', [{ title: '电力法', docNumber: null }]),
    answer('交通局', '超限超载', '负责治超'),
  ];

  it('shows the chosen matter with its agencies (lead/cooperate) and shared bases once', () => {
    const elements = matterGraph(answers, '电力设施保护');
    const kinds = elements.filter((e) => e.group === 'nodes').map((e) => e.data.kind).sort();
    expect(kinds).toEqual(['agency', 'agency', 'basis', 'matter']);
    const roles = elements.filter((e) => e.data.kind === 'holds').map((e) => e.data.role).sort();
    expect(roles).toEqual(['cooperate', 'lead']);
    expect(elements.some((e) => e.data.label === '交通局')).toBe(false);
  });

  it('is empty for a matter no answer names', () => {
    expect(matterGraph(answers, '不存在')).toEqual([]);
  });
});

describe('small pure helpers', () => {
  it('roleOf reads cooperation before leadership', () => {
    expect(roleOf('负责牵头组织')).toBe('lead');
    expect(roleOf('负责配合公安部门')).toBe('cooperate');
    expect(roleOf('依法查处')).toBeNull();
  });

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
