// The graph panel: a Cytoscape graph (graph/render.ts) with its toolbar (zoom to fit, PNG
// export) and legend. Tells the test/bench hook which graph is on screen.

import { h } from '../ui/dom.js';
import { strings } from '../strings.js';
import { hook } from '../hook.js';
import { fitGraph, type GraphCanvas } from './render.js';
import { composedPng, type ImageCaption, type LegendEntry } from './exportImage.js';

export type { LegendEntry } from './exportImage.js';

function swatch(entry: LegendEntry): HTMLElement {
  const shape = entry.shape === 'fill' ? 'node' : entry.shape;
  const extra = [entry.shape === 'fill' ? `background:${entry.color}` : '', entry.width ? `border-top-width:${entry.width}px` : '']
    .filter(Boolean)
    .join(';');
  return h('span', { class: `swatch swatch-${shape}`, style: `--swatch:${entry.color}${extra ? `;${extra}` : ''}` });
}

/**
 * The graph panel: canvas, toolbar and legend. The view owns the Cytoscape instance. With a
 * `caption`, the PNG export carries it (title, filters, date) and the legend above the graph.
 */
export function graphPanel(
  legend: LegendEntry[],
  fileName: () => string,
  placeholder: string,
  caption?: () => ImageCaption,
): {
  element: HTMLElement;
  canvas: HTMLElement;
  show(graph: GraphCanvas | null): void;
  /** No graph, and in its place `reason` (why it is empty) instead of the placeholder. */
  showEmpty(reason: HTMLElement): void;
  note(text: string): void;
  /** Replaces the legend (the sectors present change with the graph). */
  setLegend(entries: LegendEntry[]): void;
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
        const name = `${fileName()}.png`;
        if (!caption) {
          h('a', { href: current.cy.png({ full: true, scale: 2, bg: '#ffffff' }), download: name }).click();
          return;
        }
        void composedPng(current, caption(), legend).then((url) => h('a', { href: url, download: name }).click());
      },
    },
    '⬇ ',
    strings.graph.exportPng,
  );
  const legendItems = (entries: LegendEntry[]) => entries.map((entry) => h('li', {}, swatch(entry), entry.label));
  const legendList = h('ul', { class: 'legend', 'aria-label': strings.graph.legend }, ...legendItems(legend));
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
    showEmpty(reason) {
      this.show(null);
      empty.replaceChildren(reason);
    },
    show(graph) {
      empty.replaceChildren(placeholder);
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
    setLegend(entries) {
      legend = entries;
      legendList.replaceChildren(...legendItems(entries));
    },
  };
}
