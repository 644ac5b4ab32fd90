// Time to first render, for bench/web.ts through the page hook: our pipeline (renderGraph
// with the layout chosen by size) against the obvious baseline, cytoscape-fcose with
// quality 'draft' given the same elements and stylesheet in one constructor call.

import cytoscape from 'cytoscape';
import type { ElementDefinition, LayoutOptions } from 'cytoscape';
import { h } from '../ui/dom.js';
import { nextFrame, renderGraph } from './render.js';
import { largeGraphNodes, overlapLayout } from './layouts.js';
import { hook } from '../hook.js';
import type { Contender, RenderTiming } from '../hook.types.js';
import { stylesheet } from './style.js';

export const baselineLayout: LayoutOptions = { name: 'fcose', quality: 'draft', randomize: true, animate: false } as LayoutOptions;

/**
 * Renders `elements` in a box over the page and waits for the painted frame. The box is
 * removed afterwards unless `keep` (then the graph stays on screen as the hook's `cy`, for
 * screenshots and pan/zoom timing).
 */
export async function measureRender(elements: ElementDefinition[], contender: Contender, keep = false): Promise<RenderTiming> {
  const box = h('div', {
    class: 'measure-box',
    style: 'position:fixed;left:0;top:0;width:1200px;height:800px;background:#fff;z-index:1000',
  });
  document.querySelector('.measure-box')?.remove();
  document.body.append(box);
  let kept = false;
  try {
    const nodes = elements.filter((e) => e.group === 'nodes').length;
    if (contender === 'app') {
      const graph = renderGraph(box, elements, overlapLayout(elements));
      const total = await graph.rendered;
      if (keep) {
        hook.setGraph(graph);
        kept = true;
      } else graph.destroy();
      return { total, ...graph.phases };
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
