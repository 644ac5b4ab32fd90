import { describe, expect, it } from 'vitest';
import { communities, communityPositions, type GraphShape } from '../../../web/src/graph/communities.js';
import { syntheticOverlapGraph } from '../../../web/src/graph/elements.js';

/** Two 6-cliques joined by one weak edge, plus a loner. */
function twoCliques(): GraphShape {
  const nodes = [...'abcdefghijklm'].map((id) => ({ id, size: 20 }));
  const edges: GraphShape['edges'][number][] = [];
  for (const group of ['abcdef', 'ghijkl'])
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) edges.push({ source: group[i]!, target: group[j]!, weight: 2 });
  edges.push({ source: 'a', target: 'g', weight: 1 });
  return { nodes, edges };
}

describe('communities', () => {
  it('finds the two cliques and leaves the loner alone', () => {
    const label = communities(twoCliques());
    const groupOf = (ids: string) => new Set([...ids].map((id) => label.get(id)));
    expect(groupOf('abcdef').size).toBe(1);
    expect(groupOf('ghijkl').size).toBe(1);
    expect(label.get('a')).not.toBe(label.get('g'));
    expect(label.get('m')).toBe('m');
  });

  it('is deterministic', () => {
    expect([...communities(twoCliques())]).toEqual([...communities(twoCliques())]);
  });
});

describe('communityPositions', () => {
  it('places every node, members of a community together and apart from the other', () => {
    const positions = communityPositions(twoCliques());
    expect(Object.keys(positions).sort()).toEqual([...'abcdefghijklm']);
    const centre = (ids: string) => {
      const ps = [...ids].map((id) => positions[id]!);
      return { x: ps.reduce((s, p) => s + p.x, 0) / ps.length, y: ps.reduce((s, p) => s + p.y, 0) / ps.length };
    };
    const distance = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);
    const [left, right] = [centre('abcdef'), centre('ghijkl')];
    for (const id of 'abcdef') expect(distance(positions[id]!, left)).toBeLessThan(distance(positions[id]!, right));
    for (const id of 'ghijkl') expect(distance(positions[id]!, right)).toBeLessThan(distance(positions[id]!, left));
  });

  it('keeps nodes from sitting on each other in a 2,000-node synthetic graph', () => {
    const elements = syntheticOverlapGraph(2000);
    const nodes = elements.filter((e) => e.group === 'nodes').map((e) => ({ id: String(e.data.id), size: Number(e.data.size) }));
    const edges = elements
      .filter((e) => e.group === 'edges')
      .map((e) => ({ source: String(e.data.source), target: String(e.data.target), weight: Number(e.data.strength) }));
    const positions = communityPositions({ nodes, edges });
    const smallest = Math.min(...nodes.map((n) => n.size));
    // Grid buckets keep the check linear.
    const cell = new Map<string, { x: number; y: number }[]>();
    let closest = Infinity;
    for (const p of Object.values(positions)) {
      const [cx, cy] = [Math.floor(p.x / smallest), Math.floor(p.y / smallest)];
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (const q of cell.get(`${cx + dx},${cy + dy}`) ?? []) closest = Math.min(closest, Math.hypot(p.x - q.x, p.y - q.y));
      cell.set(`${cx},${cy}`, [...(cell.get(`${cx},${cy}`) ?? []), p]);
    }
    expect(closest).toBeGreaterThan(smallest * 0.5);
  });
});
