// The one stylesheet of every graph: selectors on data(kind) and classes, no per-element
// styling. Colours are shared with the legend so the two cannot drift apart.

import type { StylesheetJson } from 'cytoscape';
import { sectors } from './sectors.js';

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
  /**
   * 'readable' (default): agencies coloured by sector, contradictions on top, labels placed
   * without collisions (graph/labels.ts) at a constant size on screen. 'legacy': the style
   * before issue #14, kept so bench/web.ts measures before and after in one run.
   */
  look?: GraphLook;
  /**
   * Label size in model px, read live: the readable look sets `font` to 13 / zoom so labels
   * stay ~13 px on screen, and restyles the nodes only (graph/labels.ts): replacing the whole
   * stylesheet on every zoom restyled 600 elements for 57 labels.
   */
  labelScale?: LabelScale;
}

export interface LabelScale {
  font: number;
}

export type GraphLook = 'readable' | 'legacy';

/** Label size on screen in the readable look, px. */
export const screenFontSize = 13;

/** Label size of the full names in the exported PNG, model px (drawn at scale 2). */
export const exportFontSize = 11;

export function stylesheet({ large, look = 'readable', labelScale = { font: screenFontSize } }: StyleOptions): StylesheetJson {
  const base = legacyStylesheet(large);
  return look === 'legacy' || large ? base : [...base, ...readableRules(labelScale)];
}

/**
 * Added after the base rules, so they win: sector fills, short names always (collisions are
 * resolved by hiding labels, not by ellipsis), full name on hover and selection, hover focus,
 * contradictions drawn above the other kinds.
 */
function readableRules(scale: LabelScale): StylesheetJson {
  // Function values are re-read when the nodes are restyled. (The type declarations list
  // functions for a few properties only.)
  const live = <T>(value: () => T) => value as unknown as T;
  return [
    {
      selector: 'node[kind = "agency"]',
      style: {
        'font-size': live(() => scale.font),
        'text-wrap': 'none',
        'text-margin-y': live(() => scale.font / 4),
        'text-background-opacity': 0.85,
        'text-background-padding': live(() => `${scale.font / 8}px`),
        // Hidden labels cannot catch the mouse: the node under them can.
        'text-events': 'no',
        'min-zoomed-font-size': 0,
        'border-color': '#ffffff',
        'border-width': 1.5,
      },
    },
    ...sectors.map((sector) => ({
      selector: `node[kind = "agency"][sector = "${sector.id}"]`,
      style: { 'background-color': sector.color },
    })),
    // Above every edge: labels are read over the hairball, not under it. Unlabelled nodes sit
    // below labelled ones, so a shown label is never cut by a node without one.
    { selector: 'node', style: { 'z-index': 40, 'z-index-compare': 'manual' } },
    { selector: 'node.label-hidden', style: { 'text-opacity': 0, 'z-index': 35 } },
    { selector: 'edge', style: { 'z-index': 1, 'z-index-compare': 'manual' } },
    {
      selector: 'edge[kind = "contradiction"]',
      style: {
        'z-index': 30,
        // Distinct by colour (red), width (wider than any other kind of the same strength) and
        // dash (a long dash, where undeclared overlaps have short ones).
        width: 'mapData(strength, 1, 10, 3, 12)',
        'line-style': 'dashed',
        'line-dash-pattern': [12, 3],
        opacity: 0.95,
      },
    },
    {
      selector: 'node.hovered, node:selected',
      style: { label: 'data(name)', 'text-opacity': 1, 'z-index': 60, 'font-weight': 'bold' },
    },
    { selector: 'node.hovered', style: { 'border-color': palette.selected, 'border-width': 3 } },
    { selector: '.dimmed', style: { opacity: 0.12, 'text-opacity': 0 } },
    { selector: 'node.neighbour', style: { 'text-opacity': 1 } },
    { selector: 'edge.neighbour', style: { opacity: 1 } },
    // The PNG export names every agency in full (graph/exportImage.ts).
    {
      selector: 'node.export-label',
      style: {
        label: 'data(name)',
        'text-opacity': 1,
        // One line: wrapped names came out with lines ~3× apart in Cytoscape's png(), the
        // first covering its node.
        'text-wrap': 'none',
        'text-margin-y': 3,
        // A white outline instead of a background box: wrapped boxes covered nodes and edges.
        'text-background-opacity': 0,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
      },
    },
    { selector: 'node:selected', style: { 'border-color': palette.selected, 'border-width': 4 } },
  ];
}

/** The one stylesheet before issue #14 (and still the base of the readable look). */
function legacyStylesheet(large: boolean): StylesheetJson {
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
  { kind: 'CONTRADICTION', color: palette.contradiction, line: 'dashed' },
] as const;
