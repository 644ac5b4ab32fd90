// Time to first render, for bench/web.ts through the page hook: our pipeline (renderGraph
// with the layout chosen by size) against the obvious baseline, cytoscape-fcose with
// quality 'draft' given the same elements and stylesheet in one constructor call.

import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, LayoutOptions } from 'cytoscape';
import { h } from '../ui/dom.js';
import { fitGraph, nextFrame, renderGraph } from './render.js';
import { largeGraphNodes, overlapLayout } from './layouts.js';
import { hook } from '../hook.js';
import type { Contender, RenderTiming } from '../hook.types.js';
import { stylesheet } from './style.js';
import { labelStats, relabel } from './labels.js';
import type { GraphCanvas } from './render.js';

/**
 * Labels as a reader sees them after the fit, then zoomed to 1× and 2× about the centre of the
 * box (the readable look re-places labels on zoom; here at once instead of after the debounce).
 */
function labelsAtZooms(graph: GraphCanvas): NonNullable<RenderTiming['labels']> {
  const cy: Core = graph.cy;
  const centre = { x: cy.width() / 2, y: cy.height() / 2 };
  const at = (level: number | null) => {
    if (level !== null) {
      cy.zoom({ level, renderedPosition: centre });
      if (graph.look === 'readable' && !graph.large) relabel(cy);
    }
    return labelStats(cy);
  };
  const labels = { fit: at(null), zoom1: at(1), zoom2: at(2) };
  fitGraph(graph);
  if (graph.look === 'readable' && !graph.large) relabel(cy);
  return labels;
}

export const baselineLayout: LayoutOptions = { name: 'fcose', quality: 'draft', randomize: true, animate: false } as LayoutOptions;

/**
 * Renders `elements` in a box over the page and waits for the painted frame. The box is
 * removed afterwards unless `keep` (then the graph stays on screen as the hook's `cy`, for
 * screenshots and pan/zoom timing).
 */
export async function measureRender(
  elements: ElementDefinition[],
  contender: Contender,
  keep = false,
  size = { width: 1200, height: 800 },
): Promise<RenderTiming> {
  const box = h('div', {
    class: 'measure-box',
    style: `position:fixed;left:0;top:0;width:${size.width}px;height:${size.height}px;background:#fff;z-index:1000`,
  });
  document.querySelector('.measure-box')?.remove();
  document.body.append(box);
  let kept = false;
  try {
    const nodes = elements.filter((e) => e.group === 'nodes').length;
    if (contender !== 'fcose-draft') {
      const graph = renderGraph(box, elements, overlapLayout(elements), contender === 'app' ? 'readable' : 'legacy');
      const total = await graph.rendered;
      const labels = labelsAtZooms(graph);
      if (keep) {
        hook.setGraph(graph);
        kept = true;
      } else graph.destroy();
      return { total, ...graph.phases, labels };
    }
    const started = performance.now();
    const cy = cytoscape({ container: box, elements, style: stylesheet({ large: nodes > largeGraphNodes }), layout: { name: 'preset' } });
    await new Promise<void>((resolve) => {
      cy.one('layoutstop', () => resolve());
      cy.layout(baselineLayout).run();
    });
    await nextFrame();
    await nextFrame();
    const total = performance.now() - started;
    cy.destroy();
    return { total };
  } finally {
    if (!kept) box.remove();
  }
}
