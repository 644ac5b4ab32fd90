// `window.__jurisgraph`: a read-only window into the page for the e2e tests and bench/web.ts
// (the current Cytoscape instance, its render time) plus a way to time a layout on given
// elements in this page, so the bench compares layouts under identical conditions. Its shape
// is in hook.types.ts.

import type { JurisgraphHook } from './hook.types.js';
import type { GraphCanvas } from './graph/render.js';

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
