// `window.__jurisgraph`: a read-only window into the page for the e2e tests and bench/web.ts
// (the current Cytoscape instance, its render time) plus a way to time a layout on given
// elements in this page, so the bench compares layouts under identical conditions.

import type { Core, ElementDefinition } from 'cytoscape';
import type { Contender, RenderTiming } from './graph/measure.js';
import type { GraphCanvas } from './graph/canvas.js';

export interface JurisgraphHook {
  /** The graph currently on screen, or null. */
  cy: Core | null;
  /** Time to first render of the current graph in ms; null while it is being laid out. */
  renderMs: number | null;
  /** Increments each time a graph finishes its first render. */
  renders: number;
  /** Time to first render of `elements` by our pipeline or the fcose-draft baseline (graph/measure.ts). */
  measure?: (elements: ElementDefinition[], contender: Contender, keep?: boolean) => Promise<RenderTiming>;
  synthetic?: (nodeCount: number) => ElementDefinition[];
}

declare global {
  interface Window {
    __jurisgraph: JurisgraphHook;
  }
}

const state: JurisgraphHook = { cy: null, renderMs: null, renders: 0 };

export const hook = {
  state,
  setGraph(graph: GraphCanvas | null): void {
    state.cy = graph?.cy ?? null;
    state.renderMs = null;
    void graph?.rendered.then((ms) => {
      if (state.cy !== graph.cy) return;
      state.renderMs = ms;
      state.renders += 1;
    });
  },
  install(extra: Pick<JurisgraphHook, 'measure' | 'synthetic'>): void {
    Object.assign(state, extra);
    window.__jurisgraph = state;
  },
};
