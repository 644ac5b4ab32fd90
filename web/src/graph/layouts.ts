// Layouts, chosen by graph size. The thresholds were measured in headless Chromium on the
// synthetic overlap graph (see /work/notes/web.md and `npx tsx bench/web.ts`): fcose at its
// default quality gives the most readable graphs but its refinement phase grows fast
// (~0.7 s at 100 nodes, ~1.6 s at 500, ~6 s at 1,500, tens of seconds past 2,000), so mid-size
// graphs get its spectral ("draft") phase only, and large ones a community layout that costs
// tens of milliseconds where even the draft phase takes seconds.

import type { EdgeSingular, ElementDefinition, LayoutOptions, NodeSingular } from 'cytoscape';
import { communityPositions } from './communities.js';

/** Up to this many nodes fcose refines the layout (quality 'default'); above, draft only. */
export const refinedLayoutMaxNodes = 400;

/**
 * Above this many nodes a graph is "large": community layout instead of fcose, no labels
 * until hovered, straight edges, cheap fit.
 */
export const largeGraphNodes = 1000;

/** The overlap graph's layout, by size: fcose refined, fcose draft, or communities. */
export function overlapLayout(elements: readonly ElementDefinition[]): LayoutOptions {
  const nodeCount = elements.filter((e) => e.group === 'nodes').length;
  if (nodeCount > largeGraphNodes) return communityLayout(elements);
  if (nodeCount > refinedLayoutMaxNodes) return draftLayout();
  return {
    name: 'fcose',
    // 'default' = spectral start + force-directed refinement; 'proof' is slower for little gain here.
    quality: 'default',
    randomize: true,
    // Animation would delay the first complete render and fight the e2e hooks.
    animate: false,
    fit: true,
    padding: 40,
    // Labels sit below nodes; counting them keeps names from overlapping.
    nodeDimensionsIncludeLabels: true,
    // Scaled up from fcose's 4500 / 50 / 0.45: our nodes are big and carry long names, and a
    // district's graph is dense (蒸湘区: 59 agencies, ~580 edges), so springs are weaker and the
    // ideal length leaves room for both nodes; with the defaults big nodes sat on each other.
    nodeRepulsion: () => 40000,
    idealEdgeLength: (edge: EdgeSingular) => 90 + (Number(edge.source().data('size')) + Number(edge.target().data('size'))) / 2,
    edgeElasticity: () => 0.1,
    nodeSeparation: 120,
    // Fewer iterations on mid-size graphs keep the first render near a second.
    numIter: nodeCount > 150 ? 1000 : 2500,
    // Disconnected agencies (no overlap) are tiled in a tidy block instead of scattered.
    tile: true,
    tilingPaddingVertical: 20,
    tilingPaddingHorizontal: 20,
    // Needs cytoscape-layout-utilities, which we do not load.
    packComponents: false,
    gravity: 0.35,
  } as LayoutOptions;
}

/**
 * Big graphs: fcose's spectral phase only ('draft'), no force-directed refinement. Sampling
 * options stay at fcose's defaults (sampleSize 25, greedy sampling): smaller samples and
 * random sampling measured no faster at 5,000 nodes. `fit` is handled by the canvas.
 */
export function draftLayout(): LayoutOptions {
  return {
    name: 'fcose',
    quality: 'draft',
    randomize: true,
    animate: false,
    fit: true,
    padding: 20,
    nodeSeparation: 75,
    // Agencies without overlaps are tiled in a block beside the connected part.
    tile: true,
    packComponents: false,
  } as LayoutOptions;
}

/**
 * Large graphs: communities as packed discs (graph/communities.ts). Measured at 5,000 nodes /
 * 7,500 edges: the positions take tens of ms where fcose's draft phase alone takes ~1.5 s.
 */
export function communityLayout(elements: readonly ElementDefinition[]): LayoutOptions {
  const nodes = elements.filter((e) => e.group === 'nodes').map((e) => ({ id: String(e.data.id), size: Number(e.data.size) || 20 }));
  const edges = elements
    .filter((e) => e.group === 'edges')
    .map((e) => ({ source: String(e.data.source), target: String(e.data.target), weight: Number(e.data.strength) || 1 }));
  const positions = communityPositions({ nodes, edges });
  return {
    name: 'preset',
    positions: (node: NodeSingular) => positions[node.id()],
    fit: true,
    padding: 20,
    animate: false,
  } as LayoutOptions;
}

/**
 * The ask graph reads left to right: agencies | matter | bases, each column centred on the
 * matter. A force layout put bases between agencies and the matter on these tiny graphs.
 */
export function matterLayout(elements: readonly ElementDefinition[]): LayoutOptions {
  const nodes = elements.filter((e) => e.group === 'nodes').map((e) => ({ id: String(e.data.id), kind: String(e.data.kind) }));
  const positions = matterPositions(nodes);
  return {
    name: 'preset',
    positions: (node: NodeSingular) => positions[node.id()],
    fit: true,
    padding: 50,
    animate: false,
  } as LayoutOptions;
}

/** Column positions for the matter graph (pure, so it is unit-tested). */
export function matterPositions(
  nodes: ReadonlyArray<{ id: string; kind: string }>,
  columnGap = 300,
  rowGap = 80,
): Record<string, { x: number; y: number }> {
  const columns: Record<string, number> = { agency: -columnGap, matter: 0, basis: columnGap };
  const positions: Record<string, { x: number; y: number }> = {};
  for (const kind of Object.keys(columns)) {
    const inColumn = nodes.filter((n) => n.kind === kind);
    inColumn.forEach((n, i) => (positions[n.id] = { x: columns[kind]!, y: (i - (inColumn.length - 1) / 2) * rowGap }));
  }
  return positions;
}
