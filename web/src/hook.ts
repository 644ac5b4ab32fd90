// `window.__jurisgraph`: a read-only window into the page for the e2e tests and bench/web.ts
// (the current Cytoscape instance, its render time) plus a way to time a layout on given
// elements in this page, so the bench compares layouts under identical conditions.

import type { Core, ElementDefinition, LayoutOptions } from 'cytoscape';
import type { GraphCanvas } from './graph/canvas.js';

export interface JurisgraphHook {
  /** The graph currently on screen, or null. */
  cy: Core | null;
  /** Time to first render of the current graph in ms; null while it is being laid out. */
  renderMs: number | null;
  /** Increments each time a graph finishes its first render. */
  renders: number;
  /** Renders `elements` with `layout` in a panel of the given size on top of the page; resolves to ms. */
  measure?: (
    elements: ElementDefinition[],
    layout: LayoutOptions | 'app',
    size?: { width: number; height: number },
  ) => Promise<{ total: number; build: number; layout: number; paint: number }>;
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
