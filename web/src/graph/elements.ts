// Pure functions from API results to Cytoscape element definitions. No DOM, no cytoscape
// runtime: they are unit-tested in node. Node ids are stable strings derived from names so
// a selected element can be named in the URL.

import type { ElementDefinition } from 'cytoscape';
import type { AgencySummary, Answer, Overlap, OverlapKind } from '../api.js';

export type NodeKind = 'agency' | 'matter' | 'basis';
export type EdgeKind = 'declared' | 'undeclared' | 'contradiction' | 'holds' | 'rests_on';

export const agencyNodeId = (name: string): string => `a:${name}`;
export const matterNodeId = (title: string): string => `m:${title}`;
export const basisNodeId = (key: string): string => `b:${key}`;

export function edgeKindOf(kind: OverlapKind): EdgeKind {
  return kind.toLowerCase() as EdgeKind;
}

/** Node diameter in px: area grows with the count, so 4× the matters looks 4× as big. */
export function nodeSize(count: number, maxCount: number, min = 22, max = 80): number {
  if (maxCount <= 0 || count <= 0) return min;
  return Math.round(min + (max - min) * Math.sqrt(Math.min(count, maxCount) / maxCount));
}

/** The agency pair of an edge, order-independent, so A–B and B–A are one edge. */
export function pairEdgeId(kind: EdgeKind, a: string, b: string): string {
  const [x, y] = a < b ? [a, b] : [b, a];
  return `e:${kind}:${x}|${y}`;
}

export interface OverlapFilter {
  kinds: readonly OverlapKind[];
  minStrength: number;
  agency: string | null;
}

export interface OverlapGraph {
  elements: ElementDefinition[];
  /** The overlaps behind each edge, for the detail panel. */
  edgeOverlaps: Map<string, Overlap[]>;
  /** Agencies present in the data (for the agency filter), sorted. */
  agencyNames: string[];
}

/**
 * Agencies as nodes sized by matter count; one edge per agency pair and overlap kind, whose
 * strength is the number of overlaps (shared matters, duty pairs, contradicting matters).
 * An overlap among three agencies contributes to each of the three pairs.
 */
export function overlapGraph(agencies: readonly AgencySummary[], overlaps: readonly Overlap[], filter: OverlapFilter): OverlapGraph {
  const matterCount = new Map<string, number>();
  for (const agency of agencies) matterCount.set(agency.name, agency.matterCount);

  const edgeOverlaps = new Map<string, Overlap[]>();
  const edgeEnds = new Map<string, { kind: EdgeKind; a: string; b: string; score: number }>();
  for (const overlap of overlaps) {
    if (!filter.kinds.includes(overlap.kind)) continue;
    const names = [...new Set(overlap.agencies.map((a) => a.name))].sort();
    for (const name of names) if (!matterCount.has(name)) matterCount.set(name, 0);
    const kind = edgeKindOf(overlap.kind);
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const id = pairEdgeId(kind, names[i]!, names[j]!);
        const list = edgeOverlaps.get(id) ?? [];
        list.push(overlap);
        edgeOverlaps.set(id, list);
        const ends = edgeEnds.get(id) ?? { kind, a: names[i]!, b: names[j]!, score: 0 };
        ends.score = Math.max(ends.score, overlap.score);
        edgeEnds.set(id, ends);
      }
    }
  }

  const edges: ElementDefinition[] = [];
  const touched = new Set<string>();
  for (const [id, ends] of edgeEnds) {
    const strength = edgeOverlaps.get(id)!.length;
    if (strength < filter.minStrength) {
      edgeOverlaps.delete(id);
      continue;
    }
    if (filter.agency && ends.a !== filter.agency && ends.b !== filter.agency) {
      edgeOverlaps.delete(id);
      continue;
    }
    touched.add(ends.a).add(ends.b);
    edges.push({
      group: 'edges',
      data: {
        id,
        source: agencyNodeId(ends.a),
        target: agencyNodeId(ends.b),
        kind: ends.kind,
        strength,
        score: ends.score,
        label: String(strength),
      },
    });
  }

  const agencyNames = [...matterCount.keys()].sort((a, b) => a.localeCompare(b, 'zh'));
  // With an agency filter, show only that agency and its partners; otherwise every agency,
  // so an agency without overlaps is visible as such.
  const shown = filter.agency ? agencyNames.filter((n) => touched.has(n) || n === filter.agency) : agencyNames;
  const maxCount = Math.max(0, ...shown.map((n) => matterCount.get(n) ?? 0));
  const nodes: ElementDefinition[] = shown.map((name) => ({
    group: 'nodes',
    data: {
      id: agencyNodeId(name),
      label: name,
      kind: 'agency',
      matters: matterCount.get(name) ?? 0,
      size: nodeSize(matterCount.get(name) ?? 0, maxCount),
    },
  }));
  return { elements: [...nodes, ...edges], edgeOverlaps, agencyNames };
}

/**
 * The neighbourhood of one matter among whoHandles answers: the matter, every agency that
 * answers for it (lead / cooperate from the division text), and the bases it rests on.
 */
export function matterGraph(answers: readonly Answer[], matterTitle: string): ElementDefinition[] {
  const chosen = answers.filter((a) => a.matter.title === matterTitle);
  if (!chosen.length) return [];
  const matterId = matterNodeId(matterTitle);
  const nodes = new Map<string, ElementDefinition>();
  const edges = new Map<string, ElementDefinition>();
  nodes.set(matterId, { group: 'nodes', data: { id: matterId, label: matterTitle, kind: 'matter', size: 56 } });
  for (const answer of chosen) {
    if (answer.agency) {
      const id = agencyNodeId(answer.agency.name);
      nodes.set(id, { group: 'nodes', data: { id, label: answer.agency.name, kind: 'agency', size: 40 } });
      const edgeId = `h:${answer.agency.name}|${matterTitle}`;
      const role = roleOf(answer.division);
      edges.set(edgeId, { group: 'edges', data: { id: edgeId, source: id, target: matterId, kind: 'holds', role, label: role ? roleLabel[role] : '' } });
    }
    for (const basis of answer.bases) {
      const key = basis.docNumber ?? basis.title;
      if (!key) continue;
      const id = basisNodeId(key);
      const label = basis.title ? `《${basis.title}》` : key;
      nodes.set(id, { group: 'nodes', data: { id, label, kind: 'basis', size: 26 } });
      const edgeId = `r:${matterTitle}|${key}`;
      edges.set(edgeId, { group: 'edges', data: { id: edgeId, source: matterId, target: id, kind: 'rests_on', label: '' } });
    }
  }
  return [...nodes.values(), ...edges.values()];
}

const roleLabel = { lead: '牵头', cooperate: '配合' } as const;

/** Lead or cooperating, as the division text words it (the same cue words the loader uses). */
export function roleOf(division: string): 'lead' | 'cooperate' | null {
  if (/配合|协助|协同/.test(division)) return 'cooperate';
  if (/牵头|负责|主管/.test(division)) return 'lead';
  return null;
}

/** Deterministic PRNG (mulberry32), so the synthetic graph is the same in tests and bench. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A synthetic overlap graph shaped like the real ones: agencies in clusters of ~25 (one
 * jurisdiction each), most overlaps inside a cluster, a few across, skewed matter counts.
 */
export function syntheticOverlapGraph(nodeCount: number, edgesPerNode = 1.5, seed = 42): ElementDefinition[] {
  const random = seededRandom(seed);
  const kinds: EdgeKind[] = ['declared', 'declared', 'undeclared', 'contradiction'];
  const clusterSize = 25;
  const nodes: ElementDefinition[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const matters = Math.floor(1 + 60 * random() ** 3);
    nodes.push({ group: 'nodes', data: { id: `s${i}`, label: `部门${i}`, kind: 'agency', matters, size: nodeSize(matters, 61) } });
  }
  const edges = new Map<string, ElementDefinition>();
  const target = Math.round(nodeCount * edgesPerNode);
  for (let attempts = 0; edges.size < target && attempts < target * 4; attempts++) {
    const a = Math.floor(random() * nodeCount);
    const inCluster = random() < 0.9;
    const base = a - (a % clusterSize);
    const b = inCluster ? Math.min(nodeCount - 1, base + Math.floor(random() * clusterSize)) : Math.floor(random() * nodeCount);
    if (a === b) continue;
    const kind = kinds[Math.floor(random() * kinds.length)]!;
    const id = pairEdgeId(kind, `s${a}`, `s${b}`);
    if (edges.has(id)) continue;
    const strength = 1 + Math.floor(5 * random() ** 2);
    edges.set(id, { group: 'edges', data: { id, source: `s${a}`, target: `s${b}`, kind, strength, score: random(), label: String(strength) } });
  }
  return [...nodes, ...edges.values()];
}
