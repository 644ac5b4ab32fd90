// The one stylesheet of every graph: selectors on data(kind) and classes, no per-element
// styling. Colours are shared with the legend so the two cannot drift apart.

import type { StylesheetJson } from 'cytoscape';

export const palette = {
  agency: '#2b6f7e',
  agencyFill: '#e3f1f3',
  matter: '#6b46b8',
  matterFill: '#efe9fb',
  basis: '#6b7280',
  basisFill: '#f3f4f6',
  declared: '#2f6fd0',
  undeclared: '#e08a1e',
  contradiction: '#d23c3c',
  holds: '#2b6f7e',
  rests_on: '#9ca3af',
  selected: '#111827',
  text: '#1f2937',
} as const;

export interface StyleOptions {
  /**
   * Large graphs: straight "haystack" edges and no labels except on the selected element, its
   * neighbours and the hovered node. Measured: measuring 5,000 ellipsised labels took longer
   * than the whole layout.
   */
  large: boolean;
}

export function stylesheet({ large }: StyleOptions): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        label: large ? '' : 'data(label)',
        color: palette.text,
        'font-size': 14,
        'font-family': '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': large ? 'none' : 'ellipsis',
        'text-max-width': '140px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'border-width': 2,
        // Below this on-screen size labels are skipped: unreadable anyway.
        'min-zoomed-font-size': 6,
      },
    },
    {
      selector: 'node[kind = "agency"]',
      style: { 'background-color': palette.agencyFill, 'border-color': palette.agency, shape: 'ellipse' },
    },
    {
      selector: 'node[kind = "matter"]',
      style: {
        'background-color': palette.matterFill,
        'border-color': palette.matter,
        shape: 'round-rectangle',
        'font-weight': 'bold',
        'text-valign': 'center',
        'text-margin-y': 0,
        width: 190,
        height: 64,
        'text-wrap': 'wrap',
        // Chinese has no spaces to break at.
        'text-overflow-wrap': 'anywhere',
        'text-max-width': '170px',
        'line-height': 1.4,
        'text-background-opacity': 0,
      },
    },
    {
      selector: 'node[kind = "basis"]',
      style: {
        'background-color': palette.basisFill,
        'border-color': palette.basis,
        shape: 'tag',
        'font-size': 11,
        color: '#4b5563',
        'text-valign': 'center',
        'text-halign': 'right',
        'text-margin-x': 6,
        'text-margin-y': 0,
        'text-wrap': 'wrap',
        'text-overflow-wrap': 'anywhere',
        'text-max-width': '240px',
        'text-justification': 'left',
        'line-height': 1.4,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'mapData(strength, 1, 10, 1, 9)',
        'line-color': palette.rests_on,
        'curve-style': large ? 'haystack' : 'bezier',
        // Weak overlaps recede, strong ones stand out of the hairball.
        // (mapData is valid for opacity; the type declarations only list it for sizes.)
        opacity: 'mapData(strength, 1, 6, 0.35, 0.95)' as unknown as number,
      },
    },
    // Edges without a strength (ask graph) get a fixed width.
    { selector: 'edge[!strength]', style: { width: 2, opacity: 0.9 } },
    { selector: 'edge[kind = "declared"]', style: { 'line-color': palette.declared } },
    { selector: 'edge[kind = "undeclared"]', style: { 'line-color': palette.undeclared, 'line-style': 'dashed' } },
    { selector: 'edge[kind = "contradiction"]', style: { 'line-color': palette.contradiction } },
    {
      selector: 'edge[kind = "holds"]',
      style: {
        'line-color': palette.holds,
        'target-arrow-shape': 'triangle',
        'target-arrow-color': palette.holds,
        label: 'data(label)',
        'font-size': 11,
        color: palette.holds,
        'text-background-color': '#ffffff',
        'text-background-opacity': 1,
      },
    },
    { selector: 'edge[role = "cooperate"]', style: { 'line-style': 'dashed' } },
    { selector: 'edge[kind = "rests_on"]', style: { 'line-color': palette.rests_on, 'line-style': 'dotted' } },
    // Large graphs: dashes and per-edge opacity measured ~2× slower to paint; colour alone
    // tells the kinds apart there.
    ...(large ? [{ selector: 'edge', style: { 'line-style': 'solid' as const, opacity: 0.6 } }] : []),
    { selector: 'node.labelled, node:selected', style: { label: 'data(label)', 'z-index': 20 } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0 } },
    { selector: 'node:selected', style: { 'border-color': palette.selected, 'border-width': 4 } },
    {
      selector: 'edge:selected',
      style: {
        opacity: 1,
        'z-index': 10,
        // A halo instead of a new colour, so the overlap kind stays readable.
        'underlay-color': palette.selected,
        'underlay-opacity': 0.2,
        'underlay-padding': 5,
        // The strength appears on the selected edge only: on every edge it was clutter.
        label: 'data(label)',
        'font-size': 12,
        color: palette.selected,
        'text-background-color': '#ffffff',
        'text-background-opacity': 1,
      },
    },
  ];
}

/** Legend entries, in the order shown, for the overlap graph and the ask graph. */
export const overlapLegend = [
  { kind: 'DECLARED', color: palette.declared, line: 'solid' },
  { kind: 'UNDECLARED', color: palette.undeclared, line: 'dashed' },
  { kind: 'CONTRADICTION', color: palette.contradiction, line: 'solid' },
] as const;
