// Pure functions from API results to Cytoscape element definitions. No DOM, no cytoscape
// runtime: they are unit-tested in node. Node ids are stable strings derived from names so
// a selected element can be named in the URL.

import type { ElementDefinition } from 'cytoscape';
import { shortAgencyName } from '../../../domain/agency-names.js';
import { seededRandom } from '../../../domain/seeded-random.js';
import type { Answer, MatterDetail, OverlapKind, OverlapMatrix } from '../api.js';
import { strings } from '../strings.js';
import { sectorOfAgency } from './sectors.js';

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
  /** The jurisdiction shown, for short labels. */
  jurisdiction: string | null;
  kinds: readonly OverlapKind[];
  minStrength: number;
  agency: string | null;
}

/** Any filter narrowing the graph: a kind unticked, a minimum strength above 1, one agency. */
export function filterIsOn(filter: Pick<OverlapFilter, 'kinds' | 'minStrength' | 'agency'>, kindCount = 3): boolean {
  return filter.kinds.length < kindCount || filter.minStrength > 1 || filter.agency !== null;
}

export interface OverlapGraph {
  elements: ElementDefinition[];
  /** Agencies of the jurisdiction (for the agency filter), sorted by name. */
  agencyNames: string[];
}

/**
 * The overlap matrix as a graph: agencies as nodes sized by their matter count, one edge per
 * agency pair and overlap kind whose strength is the number of findings between the two.
 * Node ids are names (unique within a jurisdiction) so a link can name them; the agency key
 * rides along in `data.key` for detail queries.
 */
export function overlapGraph(matrix: OverlapMatrix, filter: OverlapFilter): OverlapGraph {
  const byKey = new Map(matrix.agencies.map((a) => [a.key, a]));
  const nameOf = (key: string) => byKey.get(key)?.name ?? key;
  const edges: ElementDefinition[] = [];
  const touched = new Set<string>();
  for (const edge of matrix.edges) {
    const [a, b] = [nameOf(edge.source), nameOf(edge.target)];
    if (!filter.kinds.includes(edge.kind) || edge.weight < filter.minStrength) continue;
    if (filter.agency && a !== filter.agency && b !== filter.agency) continue;
    touched.add(a).add(b);
    const kind = edgeKindOf(edge.kind);
    edges.push({
      group: 'edges',
      data: {
        id: pairEdgeId(kind, a, b),
        source: agencyNodeId(a),
        target: agencyNodeId(b),
        kind,
        strength: edge.weight,
        score: edge.maxScore,
        label: String(edge.weight),
        tooltip: strings.tooltip.edge(a, b, strings.kinds[edge.kind] ?? edge.kind, edge.weight, edge.labels.slice(0, 3)),
      },
    });
  }
  // Agency names that only the edges know (should not happen, but never drop an edge).
  const agencies = [...matrix.agencies];
  for (const name of touched)
    if (!agencies.some((a) => a.name === name)) agencies.push({ key: name, name, aliases: [], matterCount: 0, dutyCount: 0 });
  const agencyNames = agencies.map((a) => a.name).sort((a, b) => a.localeCompare(b, 'zh'));
  // Unfiltered, every agency, so an agency without overlaps is visible as such. Filtered,
  // only agencies the filter leaves an edge to (and the filtered agency): a grid of
  // unconnected nodes said nothing but hid the few edges left.
  const shown = filterIsOn(filter) ? agencies.filter((a) => touched.has(a.name) || a.name === filter.agency) : agencies;
  const maxCount = Math.max(0, ...shown.map((a) => a.matterCount));
  const nodes: ElementDefinition[] = shown.map((agency) => ({
    group: 'nodes',
    data: {
      id: agencyNodeId(agency.name),
      key: agency.key,
      name: agency.name,
      label: shortAgencyName(agency.name, filter.jurisdiction),
      kind: 'agency',
      sector: sectorOfAgency(agency.name).id,
      /** Every name the agency goes by, for the node search. */
      aliases: agency.aliases,
      matters: agency.matterCount,
      size: nodeSize(agency.matterCount, maxCount),
      tooltip: strings.tooltip.agency(agency.name, agency.matterCount, agency.dutyCount),
    },
  }));
  return { elements: [...nodes, ...edges], agencyNames };
}

export interface EdgeSummary {
  id: string;
  kind: EdgeKind;
  strength: number;
  /** Full agency names of both ends. */
  a: string;
  b: string;
}

/** The strongest edges of a graph, for the "start here" list beside a dense graph. */
export function strongestEdges(elements: readonly ElementDefinition[], count: number): EdgeSummary[] {
  const names = new Map(elements.filter((e) => e.group === 'nodes').map((e) => [String(e.data.id), String(e.data.name ?? e.data.label)]));
  return elements
    .filter((e) => e.group === 'edges')
    .map((e) => ({
      id: String(e.data.id),
      kind: e.data.kind as EdgeKind,
      strength: Number(e.data.strength) || 0,
      score: Number(e.data.score) || 0,
      a: names.get(String(e.data.source)) ?? String(e.data.source),
      b: names.get(String(e.data.target)) ?? String(e.data.target),
    }))
    .sort((x, y) => y.strength - x.strength || y.score - x.score || (x.id < y.id ? -1 : 1))
    .slice(0, count)
    .map(({ score: _score, ...summary }) => summary);
}

/**
 * One matter and who holds it: the matter in the middle, every agency with a responsibility
 * for it (lead / cooperate as the graph records it), and the bases it rests on.
 */
export function matterGraph(matter: MatterDetail): ElementDefinition[] {
  const matterId = matterNodeId(matter.title);
  const nodes = new Map<string, ElementDefinition>();
  const edges = new Map<string, ElementDefinition>();
  nodes.set(matterId, { group: 'nodes', data: { id: matterId, label: matter.title, kind: 'matter', size: 56 } });
  for (const responsibility of matter.responsibilities) {
    // A generic cell (其他有关部门) names no agency: show the cell as written.
    const names = responsibility.agencies.length ? responsibility.agencies.map((a) => a.name) : [responsibility.agencyRaw].filter(Boolean);
    const role = responsibility.role === 'lead' || responsibility.role === 'cooperate' ? responsibility.role : null;
    for (const name of names) {
      const id = agencyNodeId(name);
      nodes.set(id, { group: 'nodes', data: { id, label: name, kind: 'agency', size: 40 } });
      const edgeId = `h:${name}|${matter.title}`;
      edges.set(edgeId, {
        group: 'edges',
        data: { id: edgeId, source: id, target: matterId, kind: 'holds', role, label: role ? roleLabel[role] : '' },
      });
    }
    for (const basis of responsibility.bases) {
      const key = basis.docNumber ?? basis.title;
      if (!key) continue;
      const id = basisNodeId(key);
      const label = basis.title ? `《${basis.title}》` : key;
      nodes.set(id, { group: 'nodes', data: { id, label, kind: 'basis', size: 26 } });
      const edgeId = `r:${matter.title}|${key}`;
      edges.set(edgeId, { group: 'edges', data: { id: edgeId, source: matterId, target: id, kind: 'rests_on', label: '' } });
    }
  }
  return [...nodes.values(), ...edges.values()];
}

/** An answer without a boundary matter (a duty answered) as a one-responsibility matter. */
export function answerAsMatter(answer: Answer): MatterDetail {
  return {
    key: answer.matter.key,
    title: answer.matter.title,
    responsibilities: [
      { agencies: answer.agency ? [answer.agency] : [], agencyRaw: '', division: answer.division, role: answer.role, bases: answer.bases },
    ],
  };
}

const roleLabel = { lead: '牵头', cooperate: '配合' } as const;

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
    edges.set(id, {
      group: 'edges',
      data: { id, source: `s${a}`, target: `s${b}`, kind, strength, score: random(), label: String(strength) },
    });
  }
  return [...nodes, ...edges.values()];
}
