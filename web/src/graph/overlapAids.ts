// The overlap graph's reading aids, kept out of the view so the view only mounts them: the
// legend (sectors present, overlap kinds), the node search box, the sentence shown when the
// filters leave no edge, and the caption of the exported PNG.

import type { ElementDefinition } from 'cytoscape';
import type { NamedAgency } from '../../../domain/agency-names.js';
import { strings } from '../strings.js';
import { h } from '../ui/dom.js';
import type { ImageCaption, LegendEntry } from './exportImage.js';
import { describeFilters, type FilterState } from './filterExplanation.js';
import { findAgency } from './nodeSearch.js';
import { sectorsPresent } from './sectors.js';
import { overlapLegend } from './style.js';

/** Sectors of the agencies drawn (filled dots), then the overlap kinds (line samples). */
export function overlapGraphLegend(elements: readonly ElementDefinition[]): LegendEntry[] {
  const present = sectorsPresent(elements.filter((e) => e.group === 'nodes').map((e) => String(e.data.sector)));
  return [
    ...present.map((s) => ({ label: s.label, color: s.color, shape: 'fill' as const })),
    ...overlapLegend.map((l) => ({
      label: strings.kinds[l.kind]!,
      color: l.color,
      shape: l.line,
      width: l.kind === 'CONTRADICTION' ? 5 : undefined,
    })),
  ];
}

/** The agencies drawn, as name resolution sees them (full name, aliases). */
export function drawnAgencies(elements: readonly ElementDefinition[]): NamedAgency[] {
  return elements
    .filter((e) => e.group === 'nodes' && e.data.kind === 'agency')
    .map((e) => ({ key: String(e.data.key), name: String(e.data.name), aliases: (e.data.aliases as string[] | undefined) ?? [] }));
}

/**
 * A search box: Enter (or 定位) finds the agency by any of its names among `agencies()` and
 * calls `found` with its full name; otherwise says why not, next to the box.
 */
export function nodeSearchBox(
  agencies: () => NamedAgency[],
  jurisdiction: () => string | null,
  found: (name: string) => void,
): HTMLElement {
  const r = strings.graphReading;
  const input = h('input', {
    type: 'search',
    name: 'node-search',
    placeholder: r.searchPlaceholder,
    'aria-label': r.search,
    style: 'flex:1;min-width:12em',
  });
  const message = h('span', { class: 'muted', role: 'status', 'data-testid': 'node-search-message' });
  const form = h(
    'form',
    {
      class: 'node-search',
      role: 'search',
      // One row: label, box, button; the message wraps below.
      style: 'display:flex;flex-wrap:wrap;align-items:center;gap:6px;margin:10px 0',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const query = input.value.trim();
        const result = findAgency(query, agencies(), jurisdiction());
        if ('found' in result) {
          message.textContent = '';
          found(result.found.name);
        } else if ('ambiguous' in result)
          message.textContent = r.ambiguous(
            query,
            result.ambiguous.map((a) => a.name),
          );
        else message.textContent = query ? r.notFound(query) : '';
      },
    },
    h('span', {}, r.search),
    input,
    h('button', { type: 'submit', class: 'tool' }, r.searchButton),
    h('div', { style: 'flex-basis:100%' }, message),
  );
  return form;
}

/** Shown instead of the graph when the filters leave no edge. */
export function emptyFilterNote(filter: FilterState, allKinds: readonly string[], agencyLabel: (name: string) => string): HTMLElement {
  return h(
    'div',
    { class: 'status status-hint', role: 'status', 'data-testid': 'empty-filter' },
    strings.graphReading.emptyFilter(describeFilters(filter, allKinds, agencyLabel)),
  );
}

/** Title, filters, date and counts for the exported PNG. */
export function overlapCaption(
  jurisdiction: string,
  filter: FilterState,
  allKinds: readonly string[],
  counts: { nodes: number; edges: number },
  today = new Date(),
): ImageCaption {
  const r = strings.graphReading;
  const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  return {
    title: r.pngTitle(jurisdiction),
    lines: [r.pngFilters(describeFilters(filter, allKinds)), r.pngCounts(counts.nodes, counts.edges), r.pngDate(date)],
  };
}
