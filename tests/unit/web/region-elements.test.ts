import { describe, expect, it } from 'vitest';
import type { RegionOverlaps } from '../../../web/src/api.js';
import { kindNodeId, pairEdgeKind, regionEdgeId, regionGraph, sectorOfKind, shownPairs } from '../../../web/src/views/regionElements.js';

const kind = (id: string, label: string, profileId: string | null, counties: number) => ({
  id,
  label,
  profileId,
  counties,
  agencies: counties,
});
const pair = (a: ReturnType<typeof kind>, b: ReturnType<typeof kind>, counties: number, declared: number, contradictions: number) => ({
  id: `${a.id}~${b.id}`,
  a,
  b,
  counties,
  countiesWithBoth: 10,
  matters: 3,
  declared,
  undeclared: 1,
  contradictions,
  topMatters: [],
});
const police = kind('public-security', '公安', 'public-security', 10);
const market = kind('market-regulation', '市场监管', 'market-regulation', 9);
const bianban = kind('name:编办', '编办', null, 8);
const finance = kind('finance', '财政', 'finance', 10);
const region: RegionOverlaps = {
  region: '甲市',
  regionKey: '湖南省/甲市',
  level: 'city',
  countyCount: 10,
  analysedCounties: 10,
  complete: true,
  pairCount: 3,
  kinds: [police, market, bianban, finance],
  pairs: [pair(market, police, 10, 4, 2), pair(bianban, police, 5, 0, 0), pair(finance, market, 1, 1, 0)],
};

describe('region graph', () => {
  it('draws the kinds of the shown pairs, coloured by sector, edges as wide as their share of counties', () => {
    const pairs = shownPairs(region, 2);
    expect(pairs.map((p) => p.id)).toEqual(['market-regulation~public-security', 'name:编办~public-security']);
    const elements = regionGraph(region, pairs);
    const nodes = elements.filter((e) => e.group === 'nodes');
    expect(nodes.map((n) => n.data.id).sort()).toEqual(
      [kindNodeId('market-regulation'), kindNodeId('name:编办'), kindNodeId('public-security')].sort(),
    );
    // 财政 overlaps in one county only: not drawn at minCounties 2.
    expect(nodes.some((n) => n.data.name === '财政')).toBe(false);
    expect(nodes.find((n) => n.data.key === 'public-security')!.data.sector).toBe('security');
    expect(nodes.find((n) => n.data.key === 'name:编办')!.data.sector).toBe('other');
    expect(nodes.find((n) => n.data.key === 'name:编办')!.data.label).toContain('编办');
    const edges = elements.filter((e) => e.group === 'edges');
    expect(edges.map((e) => [e.data.id, e.data.worst, e.data.strength])).toEqual([
      [regionEdgeId('market-regulation~public-security'), 'contradiction', 10],
      [regionEdgeId('name:编办~public-security'), 'undeclared', 5],
    ]);
  });

  it('colours a pair by the worst it found and places kinds in sectors', () => {
    expect(pairEdgeKind({ contradictions: 0, declared: 2 })).toBe('declared');
    expect(sectorOfKind('market-regulation').id).toBe('economy');
    expect(sectorOfKind(null).id).toBe('other');
  });
});
