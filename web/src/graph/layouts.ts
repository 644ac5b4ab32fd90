// Layouts, chosen by graph size. Every default below was measured in headless Chromium on
// this project's graphs (see /work/notes/web.md and `npx tsx bench/web.ts`): fcose at its
// default quality gives the most readable overlap graphs but its cost grows ~quadratically,
// taking tens of seconds past 2,000 nodes, so larger graphs get its spectral ("draft")
// phase only, with a smaller distance-matrix sample.

import type { LayoutOptions, NodeSingular } from 'cytoscape';

/** Above this many nodes a graph is "large": draft layout, cheaper style and rendering. */
export const largeGraphNodes = 1500;

/** Readable spacing for the district-sized graphs (tens to a few hundred agencies). */
export function overlapLayout(nodeCount: number): LayoutOptions {
  if (nodeCount > largeGraphNodes) return draftLayout(nodeCount);
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
    // Repulsion and edge length scaled up from fcose's 4500/50: our nodes carry long names.
    nodeRepulsion: () => 12000,
    idealEdgeLength: () => 140,
    edgeElasticity: () => 0.3,
    // Fewer iterations on mid-size graphs keep the first render under a second or so.
    numIter: nodeCount > 400 ? 1000 : 2500,
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
 * Large graphs: fcose's spectral phase only ('draft'), no refinement. sampleSize 25 is fcose's
 * own default for the distance matrix; above 3,000 nodes we halve it (measured ~30% faster,
 * indistinguishable at the zoom a 5,000-node view is seen at).
 */
export function draftLayout(nodeCount: number): LayoutOptions {
  return {
    name: 'fcose',
    quality: 'draft',
    randomize: true,
    animate: false,
    fit: true,
    padding: 20,
    sampleSize: nodeCount > 3000 ? 12 : 25,
    nodeSeparation: 60,
    tile: true,
    packComponents: false,
  } as LayoutOptions;
}

/** The ask graph: the matter in the middle, its agencies around it, bases on the outer ring. */
export function matterLayout(): LayoutOptions {
  const ring: Record<string, number> = { matter: 3, agency: 2, basis: 1 };
  return {
    name: 'concentric',
    concentric: (node: NodeSingular) => ring[node.data('kind') as string] ?? 0,
    levelWidth: () => 1,
    minNodeSpacing: 40,
    animate: false,
    fit: true,
    padding: 40,
  } as LayoutOptions;
}
