// 职责交叉: a jurisdiction's agencies and the matters/duties they share, as a graph with
// filters; the side panel explains the selected edge (both texts side by side) or agency.

import type { Collection, Core, EdgeSingular, EventObject } from 'cytoscape';
import { api, overlapKinds, type Overlap, type OverlapKind, type OverlapMatrix } from '../api.js';
import { shortAgencyName } from '../../../domain/agency-names.js';
import { overlapGraph, strongestEdges, type OverlapGraph } from '../graph/elements.js';
import { graphPanel } from '../graph/canvas.js';
import { renderGraph, type GraphCanvas } from '../graph/render.js';
import { largeGraphNodes, overlapLayout } from '../graph/layouts.js';
import { overlapLegend, palette } from '../graph/style.js';
import type { ViewState } from '../state.js';
import { strings } from '../strings.js';
import { empty, h, status } from '../ui/dom.js';
import { agencyDetail, declaredDetail, overlapItemsDetail, strongestOverview, type Side } from './overlapDetail.js';
import { latestOnly, type View, type ViewContext } from './view.js';

interface Data {
  jurisdiction: string;
  matrix: OverlapMatrix;
  /** Findings per kind, fetched on the first click on an edge of that kind. */
  findings: Map<OverlapKind, Promise<Overlap[]>>;
}

/** Fades everything but `keep`, and names its nodes (large graphs hide labels otherwise). */
function focus(cy: Core, keep: Collection): void {
  cy.elements().not(keep).addClass('faded');
  keep.nodes().addClass('labelled');
}

const involves = (finding: Overlap, agencyKey: string) => finding.agencies.some((a) => a.key === agencyKey);

export function overlapsView(context: ViewContext): View {
  const s = strings.overlaps;
  const kindBoxes = overlapKinds.map((kind) => h('input', { type: 'checkbox', name: 'kind', value: kind, onchange: () => applyFilters() }));
  const minStrength = h('input', {
    type: 'number',
    name: 'min',
    min: 1,
    max: 50,
    step: 1,
    value: 1,
    class: 'narrow',
    onchange: () => applyFilters(),
  });
  const agencySelect = h('select', { name: 'agency', onchange: () => applyFilters() });
  const filters = h(
    'fieldset',
    { class: 'filters' },
    h('legend', {}, s.kindFilter),
    ...overlapKinds.map((kind, i) =>
      h(
        'label',
        { class: 'kind-toggle' },
        kindBoxes[i]!,
        h('span', { class: 'swatch swatch-' + overlapLegend[i]!.line, style: `--swatch:${overlapLegend[i]!.color}` }),
        strings.kinds[kind]!,
      ),
    ),
    h('label', { class: 'inline' }, s.minStrength, minStrength),
    h('label', { class: 'inline' }, s.agencyFilter, agencySelect),
  );
  const summary = h('p', { class: 'summary', 'data-testid': 'overlap-summary' });
  const detail = h('div', { class: 'detail', 'data-testid': 'detail' }, status('hint', s.pickElement));
  const panel = graphPanel(
    [
      { label: strings.graph.agency, color: palette.agency, shape: 'node' },
      ...overlapLegend.map((l) => ({ label: strings.kinds[l.kind]!, color: l.color, shape: l.line })),
    ],
    () => `职责交叉-${current?.jurisdiction ?? ''}`,
    s.graphPlaceholder,
  );
  const graphStatus = h('div', { class: 'graph-status' });
  const element = h(
    'div',
    { class: 'view view-overlaps' },
    h('div', { class: 'side' }, h('p', { class: 'intro' }, s.intro), filters, summary, detail),
    h('div', { class: 'main' }, graphStatus, panel.element),
  );

  const dataRequests = latestOnly();
  const detailRequests = latestOnly();
  let current: ViewState | null = null;
  let data: Data | null = null;
  let graph: OverlapGraph | null = null;
  let graphKey = '';
  let canvas: GraphCanvas | null = null;
  /** The element last clicked in the graph: it is in view already; others (list, link) are brought into view. */
  let tapped: string | null = null;

  function applyFilters(): void {
    context.navigate({
      kinds: overlapKinds.filter((_, i) => kindBoxes[i]!.checked),
      minStrength: Math.max(1, Number.parseInt(minStrength.value, 10) || 1),
      agency: agencySelect.value || null,
      selected: null,
    });
  }

  function syncControls(state: ViewState, agencyNames: string[]): void {
    overlapKinds.forEach((kind, i) => (kindBoxes[i]!.checked = state.kinds.includes(kind)));
    minStrength.value = String(state.minStrength);
    agencySelect.replaceChildren(
      h('option', { value: '' }, s.anyAgency),
      ...agencyNames.map((name) =>
        h('option', { value: name, selected: name === state.agency }, shortAgencyName(name, state.jurisdiction)),
      ),
    );
  }

  function drawGraph(state: ViewState): void {
    if (!data) return;
    graph = overlapGraph(data.matrix, {
      jurisdiction: data.jurisdiction,
      kinds: state.kinds,
      minStrength: state.minStrength,
      agency: state.agency,
    });
    syncControls(state, graph.agencyNames);
    const nodes = graph.elements.filter((e) => e.group === 'nodes').length;
    const edges = graph.elements.length - nodes;
    summary.textContent = s.summary(nodes, edges);
    panel.note(nodes > largeGraphNodes ? s.bigGraph(nodes) : '');
    canvas = null;
    if (!nodes) {
      graphStatus.replaceChildren(empty());
      panel.show(null);
      return;
    }
    graphStatus.replaceChildren();
    const drawn = renderGraph(panel.canvas, graph.elements, overlapLayout(graph.elements));
    drawn.cy.on('tap', 'edge, node', (event: EventObject) => {
      tapped = event.target.id();
      context.navigate({ selected: tapped });
    });
    drawn.cy.on('tap', (event: EventObject) => {
      if (event.target === drawn.cy) context.navigate({ selected: null });
    });
    panel.show(drawn);
    canvas = drawn;
    // A shared link's selection may be a thin edge in a dense graph: bring it into view.
    select(current ?? state, true);
  }

  function select(state: ViewState, reveal = false): void {
    const cy = canvas?.cy;
    if (!cy || !data) return;
    cy.elements().unselect().removeClass('faded labelled');
    const target = state.selected ? cy.getElementById(state.selected) : null;
    if (!target || target.empty()) {
      const strongest = strongestEdges(graph?.elements ?? [], 10);
      detail.replaceChildren(strongestOverview(strongest, data.jurisdiction, (id) => context.navigate({ selected: id })));
      return;
    }
    target.select();
    if (reveal) {
      // Frame the element with its neighbours, but never zoom in so far that the context is lost.
      const around = target.isNode() ? target.closedNeighborhood() : (target as EdgeSingular).connectedNodes().closedNeighborhood();
      cy.fit(around, 60);
      if (cy.zoom() > 1.2) {
        cy.zoom(1.2);
        cy.center(target);
      }
    }
    const { jurisdiction, findings } = data;
    if (target.isNode()) {
      focus(cy, target.closedNeighborhood());
      const name = target.data('name') as string;
      const key = target.data('key') as string;
      void detailRequests.run(
        detail,
        (signal) => api.agency(key, signal),
        (agency) => detail.replaceChildren(agencyDetail(name, agency)),
        jurisdiction,
      );
      return;
    }
    const edge = target as EdgeSingular;
    focus(cy, edge.union(edge.connectedNodes()));
    const [a, b] = [edge.source(), edge.target()].map((n) => ({ key: n.data('key') as string, name: n.data('name') as string })) as [
      Side,
      Side,
    ];
    const kind = (edge.data('kind') as string).toUpperCase() as OverlapKind;
    if (kind === 'DECLARED') {
      void detailRequests.run(
        detail,
        (signal) => api.sharedMatters(jurisdiction, [a.name, b.name], signal),
        (matters) => detail.replaceChildren(declaredDetail(a.name, b.name, matters)),
        jurisdiction,
      );
      return;
    }
    void detailRequests.run(
      detail,
      () => {
        // Shared by later clicks on edges of this kind, so not tied to this click's signal;
        // a failed fetch is forgotten so the next click retries.
        if (!findings.has(kind))
          findings.set(
            kind,
            api.overlaps(jurisdiction, kind).catch((error: unknown) => {
              findings.delete(kind);
              throw error;
            }),
          );
        return findings.get(kind)!;
      },
      (all) =>
        detail.replaceChildren(
          overlapItemsDetail(
            a,
            b,
            kind,
            all.filter((f) => involves(f, a.key) && involves(f, b.key)),
          ),
        ),
      jurisdiction,
    );
  }

  function load(state: ViewState): void {
    const jurisdiction = state.jurisdiction;
    data = null;
    graphKey = '';
    canvas = null;
    panel.show(null);
    detailRequests.cancel();
    detail.replaceChildren(status('hint', s.pickElement));
    if (!jurisdiction) {
      graphStatus.replaceChildren(status('hint', strings.state.needJurisdiction));
      summary.textContent = '';
      return;
    }
    void dataRequests.run(
      graphStatus,
      async (signal) => {
        const matrix = await api.overlapMatrix(jurisdiction, signal);
        return { jurisdiction, matrix, findings: new Map<OverlapKind, Promise<Overlap[]>>() };
      },
      (loaded) => {
        data = loaded;
        graphStatus.replaceChildren();
        update(current ?? state);
      },
      jurisdiction,
    );
  }

  function update(state: ViewState): void {
    const reload = !current || current.jurisdiction !== state.jurisdiction;
    current = state;
    if (reload && data?.jurisdiction !== state.jurisdiction) {
      load(state);
      return;
    }
    // Still loading: the load's callback calls update again with the latest state.
    if (!data) return;
    const key = JSON.stringify([state.jurisdiction, state.kinds, state.minStrength, state.agency]);
    if (key !== graphKey) {
      graphKey = key;
      drawGraph(state);
    } else select(state, state.selected !== tapped);
  }

  return {
    element,
    update,
    destroy() {
      dataRequests.cancel();
      detailRequests.cancel();
      canvas = null;
      panel.show(null);
    },
  };
}
