// Labels that do not collide, on a live Cytoscape graph: labels stay the same size on screen
// (the stylesheet's font size follows the zoom), and after every layout, zoom, hover or
// selection a greedy pass (labelGeometry.ts) hides the labels that would cover a more
// important one. Zooming in therefore names more agencies; zoomed out, the biggest ones.
// Also counts the overlapping labels actually drawn, for the bench and the e2e tests.

import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { overlappingPairs, placeLabels, type LabelBox } from './labelGeometry.js';
import { screenFontSize, type LabelScale } from './style.js';

/** The label's box in model coordinates, or null when the node draws no label. */
function labelBox(node: NodeSingular, priority: number): LabelBox | null {
  if (!node.visible() || !String(node.style('label') ?? '')) return null;
  const box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false } as never);
  if (!(box.w > 0 && box.h > 0)) return null;
  return { id: node.id(), x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2, priority };
}

/** Selected and hovered nodes first, then agencies with more matters, then more overlaps. */
function priorityOf(node: NodeSingular): number {
  if (node.selected() || node.hasClass('hovered')) return 1e9;
  return (Number(node.data('matters')) || 0) * 1000 + node.degree(false);
}

/**
 * Shows the labels of `candidates` that fit without covering each other (others hidden with
 * the `label-hidden` class). Faded or dimmed nodes draw no label and take no room.
 */
export function placeNodeLabels(cy: Core, candidates: NodeCollection = cy.nodes()): void {
  const competing = candidates.filter((n) => !n.hasClass('faded') && !n.hasClass('dimmed'));
  cy.batch(() => cy.nodes().removeClass('label-hidden'));
  const boxes = competing.map((n) => labelBox(n as NodeSingular, priorityOf(n as NodeSingular))).filter((b): b is LabelBox => b !== null);
  const bodies = cy
    .nodes()
    .filter((n) => n.visible() && !n.hasClass('faded') && !n.hasClass('dimmed'))
    .map((n) => {
      const b = n.boundingBox({ includeLabels: false, includeOverlays: false } as never);
      return { id: n.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2, priority: 0 };
    });
  const shown = placeLabels(boxes, 2, bodies);
  cy.batch(() =>
    cy
      .nodes()
      .filter((n) => !shown.has(n.id()))
      .addClass('label-hidden'),
  );
}

/** The model-px font size that draws `screenFontSize` px on screen at `zoom` (bounded). */
export const fontSizeAt = (zoom: number): number => Math.min(80, Math.max(4, screenFontSize / zoom));

/** The live label size of each graph drawn in the readable look (see style.ts `labelScale`). */
const scales = new WeakMap<Core, LabelScale>();

/** A label scale for a graph about to be built; `attachLabelScale` ties it to the graph. */
export const newLabelScale = (): LabelScale => ({ font: screenFontSize });

export function attachLabelScale(cy: Core, scale: LabelScale): void {
  scales.set(cy, scale);
}

/**
 * Runs `draw` with every node named in full (the `export-label` class) at the export's label
 * size, then puts the screen's labels back. The live size has to follow too: wrapped lines
 * were spaced by the screen's (zoom-scaled) size.
 */
export function withFullLabels<T>(cy: Core, exportFont: number, draw: () => T): T {
  const scale = scales.get(cy);
  const nodes = cy.nodes();
  const restyle = () => (nodes as unknown as { updateStyle(): void }).updateStyle();
  const screenFont = scale?.font;
  if (scale) scale.font = exportFont;
  nodes.addClass('export-label');
  restyle();
  try {
    return draw();
  } finally {
    if (scale && screenFont !== undefined) scale.font = screenFont;
    nodes.removeClass('export-label');
    restyle();
    placeNodeLabels(cy);
  }
}

/** Restyles the nodes' labels for the current zoom and places them. */
export function relabel(cy: Core): void {
  const scale = scales.get(cy);
  if (scale) {
    scale.font = fontSizeAt(cy.zoom());
    (cy.nodes() as unknown as { updateStyle(): void }).updateStyle();
  }
  placeNodeLabels(cy);
}

/**
 * Keeps labels readable while the user works: on zoom (debounced: a wheel sends many events),
 * on selection, and on hover (the hovered node's neighbourhood competes alone, so its
 * partners get their names). Small graphs only: large ones draw no labels.
 */
export function keepLabelsReadable(cy: Core): void {
  let zoomTimer: ReturnType<typeof setTimeout> | undefined;
  let lastFont = fontSizeAt(cy.zoom());
  cy.on('zoom', () => {
    clearTimeout(zoomTimer);
    zoomTimer = setTimeout(() => {
      if (cy.destroyed()) return;
      const font = fontSizeAt(cy.zoom());
      // Small zoom steps keep the labels as they are; re-placing costs a style pass.
      if (Math.abs(font - lastFont) / lastFont < 0.08) return;
      lastFont = font;
      relabel(cy);
    }, 120);
  });
  let pending = false;
  const soon = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      if (!cy.destroyed()) placeNodeLabels(cy, hoveredNeighbourhood(cy));
    });
  };
  cy.on('select unselect', soon);
  cy.on('mouseover', 'node', (event) => {
    const node = event.target as NodeSingular;
    const around = node.closedNeighborhood();
    cy.batch(() => {
      node.addClass('hovered');
      cy.elements().not(around).addClass('dimmed');
      around.addClass('neighbour');
    });
    placeNodeLabels(cy, around.nodes());
  });
  const endHover = () => {
    if (cy.destroyed() || cy.nodes('.hovered').empty()) return;
    cy.batch(() => {
      cy.nodes().removeClass('hovered');
      cy.elements().removeClass('dimmed neighbour');
    });
    placeNodeLabels(cy);
  };
  cy.on('mouseout', 'node', endHover);
  // Leaving the canvas straight from a node sends Cytoscape no mouseout: the graph stayed dimmed.
  cy.container()?.addEventListener('mouseleave', endHover);
}

function hoveredNeighbourhood(cy: Core): NodeCollection {
  const hovered = cy.nodes('.hovered');
  return hovered.empty() ? cy.nodes() : hovered.closedNeighborhood().nodes();
}

export interface LabelStats {
  /** Labels drawn and at least partly on screen. */
  visible: number;
  /** Pairs of those labels whose boxes overlap. */
  overlaps: number;
}

/**
 * What the reader sees: labels drawn (visible node, non-empty label, not transparent, at least
 * Cytoscape's min-zoomed-font-size on screen) inside the viewport, and how many pairs overlap.
 */
export function labelStats(cy: Core): LabelStats {
  const zoom = cy.zoom();
  const view = cy.extent();
  const boxes = cy
    .nodes()
    .filter((n) => {
      if (n.numericStyle('text-opacity') <= 0 || n.numericStyle('opacity') <= 0.2) return false;
      return n.numericStyle('font-size') * zoom >= n.numericStyle('min-zoomed-font-size');
    })
    .map((n) => labelBox(n as NodeSingular, 0))
    .filter((b): b is LabelBox => b !== null && b.x2 > view.x1 && b.x1 < view.x2 && b.y2 > view.y1 && b.y1 < view.y2);
  return { visible: boxes.length, overlaps: overlappingPairs(boxes) };
}
