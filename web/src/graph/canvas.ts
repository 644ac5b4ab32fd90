// The graph panel: a Cytoscape graph (graph/render.ts) with its toolbar (zoom to fit, PNG
// export) and legend. Tells the test/bench hook which graph is on screen.

import { h } from '../ui/dom.js';
import { strings } from '../strings.js';
import { hook } from '../hook.js';
import { fitGraph, type GraphCanvas } from './render.js';

export interface LegendEntry {
  label: string;
  color: string;
  /** 'node' draws a dot, the line styles draw a line sample. */
  shape: 'node' | 'solid' | 'dashed' | 'dotted';
}

/** The graph panel: canvas, toolbar and legend. The view owns the Cytoscape instance. */
export function graphPanel(
  legend: LegendEntry[],
  fileName: () => string,
  placeholder: string,
): {
  element: HTMLElement;
  canvas: HTMLElement;
  show(graph: GraphCanvas | null): void;
  note(text: string): void;
} {
  let current: GraphCanvas | null = null;
  const canvas = h('div', { class: 'graph-canvas', 'data-testid': 'graph' });
  // Shown instead of a blank white box while there is no graph.
  const empty = h('div', { class: 'graph-empty' }, placeholder);
  const noteLine = h('div', { class: 'graph-note' });
  const fit = h(
    'button',
    { type: 'button', class: 'tool', title: strings.graph.fit, onclick: () => current && fitGraph(current) },
    '⤢ ',
    strings.graph.fit,
  );
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
  const tooltip = h('div', { class: 'graph-tooltip', role: 'tooltip' });
  const element = h(
    'section',
    { class: 'graph-panel empty' },
    h('div', { class: 'graph-toolbar' }, fit, exportPng, noteLine),
    h('div', { class: 'graph-stage' }, canvas, empty, tooltip),
    legendList,
  );
  return {
    element,
    canvas,
    show(graph) {
      if (current && current !== graph) current.destroy();
      current = graph;
      tooltip.classList.remove('shown');
      graph?.cy.on('mouseover', 'node, edge', (event) => {
        const text = event.target.data('tooltip') as string | undefined;
        if (!text) return;
        tooltip.textContent = text;
        tooltip.style.left = `${event.renderedPosition.x + 14}px`;
        tooltip.style.top = `${event.renderedPosition.y + 14}px`;
        tooltip.classList.add('shown');
      });
      graph?.cy.on('mouseout', 'node, edge', () => tooltip.classList.remove('shown'));
      graph?.cy.on('viewport', () => tooltip.classList.remove('shown'));
      element.classList.toggle('empty', graph === null);
      fit.disabled = exportPng.disabled = graph === null;
      hook.setGraph(graph);
    },
    note(text) {
      noteLine.textContent = text;
    },
  };
}
