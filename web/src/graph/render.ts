// Builds a Cytoscape graph in a container, lays it out and times its first render. Shared by
// the views (through graph/canvas.ts) and by the bench (graph/measure.ts): one code path measured.

import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { largeGraphNodes } from './layouts.js';
import { attachLabelScale, keepLabelsReadable, newLabelScale, relabel } from './labels.js';
import { stylesheet, type GraphLook } from './style.js';
import { frame } from './viewport.js';
import { seededRandom } from '../../../domain/seeded-random.js';

cytoscape.use(fcose);

export interface GraphCanvas {
  cy: Core;
  /** Milliseconds from building the graph to the first frame painted after layout. */
  rendered: Promise<number>;
  /** Where the time went: construction (elements + style), layout, first paint. */
  phases: { build: number; layout: number; paint: number };
  /** Large graph: no labels, haystack edges, cheap fit. */
  large: boolean;
  look: GraphLook;
  destroy(): void;
}

/** Zoom to fit: by node centres for large graphs (see viewport.ts), else Cytoscape's fit. */
export function fitGraph(graph: GraphCanvas): void {
  if (graph.large) fitNodes(graph.cy);
  else graph.cy.fit(undefined, 30);
}

function fitNodes(cy: Core): void {
  const positions = cy.nodes().map((n) => n.position());
  const largest = Math.max(0, ...cy.nodes().map((n) => Number(n.data('size')) || 0));
  cy.viewport(
    frame(
      positions,
      { width: cy.width(), height: cy.height() },
      { padding: 20, nodeSize: largest, minZoom: cy.minZoom(), maxZoom: cy.maxZoom() },
    ),
  );
}

/**
 * fcose starts from random positions (Math.random, no seed option). Layouts run synchronously
 * when not animated, so a seeded Math.random for that call makes the same data always draw the
 * same picture: a link shared in a dispute shows the other person what the sender saw.
 */
function withSeededRandom(run: () => void): void {
  const random = Math.random;
  Math.random = seededRandom(20240601);
  try {
    run();
  } finally {
    Math.random = random;
  }
}

export const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Builds a Cytoscape instance in `container`, runs `layout`, and resolves `rendered` once the
 * laid-out graph is on screen. Shared by the views and by the bench (same code path measured).
 */
export function renderGraph(
  container: HTMLElement,
  elements: ElementDefinition[],
  layout: LayoutOptions,
  look: GraphLook = 'readable',
): GraphCanvas {
  const started = performance.now();
  const large = elements.filter((e) => e.group === 'nodes').length > largeGraphNodes;
  // Readable labels are placed after the layout, once the zoom is known (graph/labels.ts).
  const placesLabels = look === 'readable' && !large;
  const labelScale = newLabelScale();
  const cy = cytoscape({
    container,
    style: stylesheet({ large, look, labelScale }),
    layout: { name: 'preset' },
    minZoom: 0.05,
    maxZoom: 4,
    wheelSensitivity: 0.3,
    boxSelectionEnabled: false,
    // For big graphs: draw a cached bitmap while panning/zooming and skip edges meanwhile.
    textureOnViewport: large,
    hideEdgesOnViewport: large,
    pixelRatio: large ? 1 : 'auto',
  });
  // Adding in one batch after construction was measured ~3× faster than passing `elements`
  // to the constructor for 12,500 elements (one style pass instead of one per element).
  attachLabelScale(cy, labelScale);
  cy.startBatch();
  cy.add(elements);
  cy.endBatch();
  if (large) {
    // Labels are off in large graphs: show the hovered node's name and its neighbours'.
    cy.on('mouseover', 'node', (event) => event.target.closedNeighborhood('node').addClass('labelled'));
    cy.on('mouseout', 'node', (event) => event.target.closedNeighborhood('node').removeClass('labelled'));
  }
  const phases = { build: performance.now() - started, layout: 0, paint: 0 };
  const rendered = new Promise<number>((resolve) => {
    cy.one('layoutstop', () => {
      // Part of the first render: the frame painted next shows the placed labels.
      if (placesLabels) {
        relabel(cy);
        keepLabelsReadable(cy);
      }
      phases.layout = performance.now() - started - phases.build;
      // Two frames: the first schedules Cytoscape's redraw, the second is after it painted.
      void nextFrame()
        .then(nextFrame)
        .then(() => {
          const total = performance.now() - started;
          phases.paint = total - phases.build - phases.layout;
          resolve(total);
        });
    });
  });
  if (large) {
    // Frame by node centres instead of letting the layout fit every element's bounding box.
    cy.one('layoutstop', () => fitNodes(cy));
    withSeededRandom(() => cy.layout({ ...layout, fit: false } as LayoutOptions).run());
  } else withSeededRandom(() => cy.layout(layout).run());
  return { cy, rendered, phases, large, look, destroy: () => cy.destroy() };
}
