// The shape of `window.__jurisgraph`, the page hook that the e2e tests and bench/web.ts read
// (hook.ts keeps its state, graph/measure.ts fills `measure`). Types only, so the modules that
// fill or read the hook can all import them without importing each other.

import type { Core, ElementDefinition } from 'cytoscape';

/**
 * Who draws the graph in a measurement: our pipeline, our pipeline with the look before
 * issue #14 (no sector colours, ellipsised labels all shown), or the fcose-draft baseline.
 */
export type Contender = 'app' | 'app-legacy' | 'fcose-draft';

/** Labels drawn on screen and pairs of them overlapping (graph/labels.ts `labelStats`). */
export interface LabelCount {
  visible: number;
  overlaps: number;
}

export interface RenderTiming {
  /** ms from building the graph to the first frame painted after layout. */
  total: number;
  /** Our pipeline only: construction, layout, first paint. */
  build?: number;
  layout?: number;
  paint?: number;
  /** Our pipeline only: labels after the fit, and zoomed to 1× and 2× about the centre. */
  labels?: { fit: LabelCount; zoom1: LabelCount; zoom2: LabelCount };
}

export interface JurisgraphHook {
  /** The graph currently on screen, or null. */
  cy: Core | null;
  /** Time to first render of the current graph in ms; null while it is being laid out. */
  renderMs: number | null;
  /** Increments each time a graph finishes its first render. */
  renders: number;
  /** Time to first render of `elements` by our pipeline or the fcose-draft baseline (graph/measure.ts). */
  measure?: (
    elements: ElementDefinition[],
    contender: Contender,
    keep?: boolean,
    box?: { width: number; height: number },
  ) => Promise<RenderTiming>;
  synthetic?: (nodeCount: number) => ElementDefinition[];
}

declare global {
  interface Window {
    __jurisgraph: JurisgraphHook;
  }
}
