// A layout for graphs too big for force-directed layout: find communities by label
// propagation (linear in edges per pass), draw each community as a sunflower-packed disc,
// and shelf-pack the discs biggest first. Thousands of nodes in tens of milliseconds, and
// the picture still says something: who overlaps with whom is who sits together. Pure.

import { seededRandom } from '../../../domain/seeded-random.js';

export interface GraphShape {
  nodes: ReadonlyArray<{ id: string; size: number }>;
  edges: ReadonlyArray<{ source: string; target: string; weight: number }>;
}

/**
 * Label propagation: every node takes the label carrying the most edge weight among its
 * neighbours, in a shuffled order, until nothing changes (or `maxPasses`). Ties keep the
 * current label, so the result is stable. Returns node id → community id.
 */
export function communities(graph: GraphShape, maxPasses = 12, seed = 7): Map<string, string> {
  const label = new Map(graph.nodes.map((n) => [n.id, n.id]));
  const neighbours = new Map<string, Array<{ id: string; weight: number }>>(graph.nodes.map((n) => [n.id, []]));
  for (const e of graph.edges) {
    if (e.source === e.target || !neighbours.has(e.source) || !neighbours.has(e.target)) continue;
    neighbours.get(e.source)!.push({ id: e.target, weight: e.weight });
    neighbours.get(e.target)!.push({ id: e.source, weight: e.weight });
  }
  const order = graph.nodes.map((n) => n.id);
  const random = seededRandom(seed);
  for (let pass = 0; pass < maxPasses; pass++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let changed = false;
    for (const id of order) {
      const weights = new Map<string, number>();
      for (const n of neighbours.get(id)!) weights.set(label.get(n.id)!, (weights.get(label.get(n.id)!) ?? 0) + n.weight);
      let best = label.get(id)!;
      let bestWeight = weights.get(best) ?? 0;
      for (const [candidate, weight] of weights) {
        if (weight > bestWeight) [best, bestWeight] = [candidate, weight];
      }
      if (best !== label.get(id)) {
        label.set(id, best);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return label;
}

const goldenAngle = Math.PI * (3 - Math.sqrt(5));

/**
 * Positions: each community a disc (sunflower spiral, biggest nodes in the middle), discs
 * placed in rows of roughly the viewport's aspect ratio, biggest community first.
 */
export function communityPositions(graph: GraphShape, aspect = 1.5, gap = 40): Record<string, { x: number; y: number }> {
  const groups = new Map<string, Array<{ id: string; size: number }>>();
  const label = communities(graph);
  for (const node of graph.nodes) {
    const key = label.get(node.id)!;
    const members = groups.get(key);
    if (members) members.push(node);
    else groups.set(key, [node]);
  }
  const discs = [...groups.values()]
    .map((members) => {
      members.sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : 1));
      const spacing = Math.max(...members.map((m) => m.size)) * 1.1;
      const radius = spacing * Math.sqrt(members.length) * 0.6 + spacing / 2;
      return { members, spacing, radius };
    })
    .sort((a, b) => b.radius - a.radius);
  const area = discs.reduce((sum, d) => sum + (2 * d.radius + gap) ** 2, 0);
  const rowWidth = Math.max(Math.sqrt(area * aspect), 2 * (discs[0]?.radius ?? 0) + gap);
  const positions: Record<string, { x: number; y: number }> = {};
  let [x, y, rowHeight] = [0, 0, 0];
  for (const disc of discs) {
    const diameter = 2 * disc.radius;
    if (x > 0 && x + diameter > rowWidth) [x, y, rowHeight] = [0, y + rowHeight + gap, 0];
    const [cx, cy] = [x + disc.radius, y + disc.radius];
    disc.members.forEach((member, i) => {
      const r = disc.spacing * 0.6 * Math.sqrt(i);
      positions[member.id] = { x: cx + r * Math.cos(i * goldenAngle), y: cy + r * Math.sin(i * goldenAngle) };
    });
    x += diameter + gap;
    rowHeight = Math.max(rowHeight, diameter);
  }
  return positions;
}
