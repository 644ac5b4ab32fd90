// Layouts, chosen by graph size. The thresholds were measured in headless Chromium on the
// synthetic overlap graph (see /work/notes/web.md and `npx tsx bench/web.ts`): fcose at its
// default quality gives the most readable graphs but its refinement phase grows fast
// (~0.7 s at 100 nodes, ~1.6 s at 500, ~6 s at 1,500, tens of seconds past 2,000), so larger
// graphs get its spectral ("draft") phase only.

import type { LayoutOptions, NodeSingular } from 'cytoscape';

/** Up to this many nodes fcose refines the layout (quality 'default'); above, draft only. */
export const refinedLayoutMaxNodes = 400;

/** Above this many nodes a graph is "large": no labels until hovered, straight edges, cheap fit. */
export const largeGraphNodes = 1000;

/** Readable spacing for the district-sized graphs (tens to a few hundred agencies). */
export function overlapLayout(nodeCount: number): LayoutOptions {
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
    // Repulsion and edge length scaled up from fcose's 4500/50: our nodes carry long names.
    nodeRepulsion: () => 12000,
    idealEdgeLength: () => 140,
    edgeElasticity: () => 0.3,
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
