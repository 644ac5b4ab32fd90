// A Cytoscape graph in a panel with its toolbar (zoom to fit, PNG export) and legend.
// Also measures time to first render, reported to the test/bench hook.

import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { h } from '../ui/dom.js';
import { strings } from '../strings.js';
import { largeGraphNodes } from './layouts.js';
import { stylesheet } from './style.js';
import { hook } from '../hook.js';

cytoscape.use(fcose);

export interface LegendEntry {
  label: string;
  color: string;
  /** 'node' draws a dot, the line styles draw a line sample. */
  shape: 'node' | 'solid' | 'dashed' | 'dotted';
}

export interface GraphCanvas {
  cy: Core;
  /** Milliseconds from building the graph to the first frame painted after layout. */
  rendered: Promise<number>;
  destroy(): void;
}

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Builds a Cytoscape instance in `container`, runs `layout`, and resolves `rendered` once the
 * laid-out graph is on screen. Shared by the views and by the bench (same code path measured).
 */
export function renderGraph(container: HTMLElement, elements: ElementDefinition[], layout: LayoutOptions): GraphCanvas {
  const started = performance.now();
  const large = elements.length > largeGraphNodes;
  const cy = cytoscape({
    container,
    elements,
    style: stylesheet({ large }),
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
  const rendered = new Promise<number>((resolve) => {
    cy.one('layoutstop', () => {
      // Two frames: the first schedules Cytoscape's redraw, the second is after it painted.
      void nextFrame()
        .then(nextFrame)
        .then(() => resolve(performance.now() - started));
    });
  });
  cy.layout(layout).run();
  return { cy, rendered, destroy: () => cy.destroy() };
}

/** The graph panel: canvas, toolbar and legend. The view owns the Cytoscape instance. */
export function graphPanel(legend: LegendEntry[], fileName: () => string): {
  element: HTMLElement;
  canvas: HTMLElement;
  show(graph: GraphCanvas | null): void;
  note(text: string): void;
} {
  let current: GraphCanvas | null = null;
  const canvas = h('div', { class: 'graph-canvas', 'data-testid': 'graph' });
  const noteLine = h('div', { class: 'graph-note' });
  const fit = h('button', { type: 'button', class: 'tool', title: strings.graph.fit, onclick: () => current?.cy.fit(undefined, 30) }, '⤢ ', strings.graph.fit);
  const exportPng = h(
    'button',
    {
      type: 'button',
      class: 'tool',
      title: strings.graph.exportPng,
      onclick: () => {
        if (!current) return;
        const url = current.cy.png({ full: true, scale: 2, bg: '#ffffff' });
        h('a', { href: url, download: `${fileName()}.png` }).click();
      },
    },
    '⬇ ',
    strings.graph.exportPng,
  );
  const legendList = h(
    'ul',
    { class: 'legend', 'aria-label': strings.graph.legend },
    ...legend.map((entry) =>
      h('li', {}, h('span', { class: `swatch swatch-${entry.shape}`, style: `--swatch:${entry.color}` }), entry.label),
    ),
  );
  const element = h('section', { class: 'graph-panel' }, h('div', { class: 'graph-toolbar' }, fit, exportPng, noteLine), canvas, legendList);
  return {
    element,
    canvas,
    show(graph) {
      if (current && current !== graph) current.destroy();
      current = graph;
      hook.setGraph(graph);
    },
    note(text) {
      noteLine.textContent = text;
    },
  };
}
