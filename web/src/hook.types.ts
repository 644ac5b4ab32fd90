// The shape of `window.__jurisgraph`, the page hook that the e2e tests and bench/web.ts read
// (hook.ts keeps its state, graph/measure.ts fills `measure`). Types only, so the modules that
// fill or read the hook can all import them without importing each other.

import type { Core, ElementDefinition } from 'cytoscape';

/** Who draws the graph in a measurement: our pipeline or the fcose-draft baseline. */
export type Contender = 'app' | 'fcose-draft';

export interface RenderTiming {
  /** ms from building the graph to the first frame painted after layout. */
  total: number;
  /** Our pipeline only: construction, layout, first paint. */
  build?: number;
  layout?: number;
  paint?: number;
}

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
