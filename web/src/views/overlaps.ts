// 职责交叉: a jurisdiction's agencies and the matters/duties they share, as a graph with
// filters; the side panel explains the selected edge (both texts side by side) or agency.

import type { Collection, Core, EdgeSingular, EventObject } from 'cytoscape';
import { shortAgencyName } from '../../../domain/agency-names.js';
import { api, overlapKinds, type Overlap, type OverlapKind, type OverlapMatrix } from '../api.js';
import { agencyNodeId, filterIsOn, overlapGraph, strongestEdges, type OverlapGraph } from '../graph/elements.js';
import { drawnAgencies, emptyFilterNote, nodeSearchBox, overlapCaption, overlapGraphLegend } from '../graph/overlapAids.js';
import { graphPanel } from '../graph/canvas.js';
import { renderGraph, type GraphCanvas } from '../graph/render.js';
import { largeGraphNodes, overlapLayout } from '../graph/layouts.js';
import { overlapLegend, palette } from '../graph/style.js';
import type { ViewState } from '../state.js';
import { strings } from '../strings.js';
import { empty, h, status } from '../ui/dom.js';
import { agencyPicker } from '../ui/agencyPicker.js';
import { exportButtons } from '../export/exportButtons.js';
import { pairRows, pairTableExport, sourcesByPair, type PairRow, type PairSource } from './pairRows.js';
import { pairTable } from './pairTable.js';
import { pairTableStrings } from './pairTableStrings.js';
import { printReport } from './pairReport.js';
import './pairTable.css';
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
  // One agency at a time: picking another replaces it. Typing matches names, short forms and aliases.
  const agencyFilter = agencyPicker((names) => {
    const next = names.at(-1) ?? null;
    if (names.length > 1) agencyFilter.setPicked(next ? [next] : []);
    applyFilters(next);
  });
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
    h('div', { class: 'inline agency-filter' }, h('span', {}, pairTableStrings.agencyPickerLabel), agencyFilter.element),
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
    () => overlapCaption(current?.jurisdiction ?? '', current ?? { kinds: [], minStrength: 1, agency: null }, overlapKinds, drawnCounts()),
  );
  // Finds an agency by any of its names among those drawn, and selects it (centred, neighbours in view).
  const nodeSearch = nodeSearchBox(
    () => drawnAgencies(graph?.elements ?? []),
    () => data?.jurisdiction ?? null,
    (name) => context.navigate({ selected: agencyNodeId(name) }),
  );
  const drawnCounts = () => {
    const nodes = graph?.elements.filter((e) => e.group === 'nodes').length ?? 0;
    return { nodes, edges: (graph?.elements.length ?? 0) - nodes };
  };
  const graphStatus = h('div', { class: 'graph-status' });
  // The pair table beside the graph: a row selects its edge, as a click on the edge would.
  const table = pairTable((id) => {
    tableClicked = id;
    context.navigate({ selected: id });
  });
  const toolbarNote = h('span', { class: 'copy-note', role: 'status', 'aria-live': 'polite' });

  function plannerToolbar(): HTMLElement {
    const t = pairTableStrings;
    return h(
      'div',
      { class: 'planner-toolbar no-print', role: 'toolbar', 'aria-label': t.heading, 'data-testid': 'planner-toolbar' },
      h(
        'button',
        { type: 'button', class: 'tool', title: t.copyLinkTitle, 'data-testid': 'copy-link', onclick: () => void copyLink() },
        t.copyLink,
      ),
      h(
        'button',
        { type: 'button', class: 'tool', title: t.reportTitle, 'data-testid': 'print-report', onclick: () => void report() },
        t.report,
      ),
      exportButtons(t.what, () => tableExport(), 'pair-export'),
      toolbarNote,
    );
  }

  async function copyLink(): Promise<void> {
    try {
      await navigator.clipboard.writeText(window.location.href);
      toolbarNote.textContent = pairTableStrings.copied;
    } catch {
      toolbarNote.textContent = pairTableStrings.copyFailed;
    }
  }

  /** The table's rows as shown (searched, sorted), complete, with every source line. */
  async function tableExport() {
    const loaded = data;
    if (!loaded) throw new Error(strings.state.needJurisdiction);
    return pairTableExport(`职责交叉-${loaded.jurisdiction}`, table.shownRows(), await sourcesOf(loaded));
  }

  async function report(): Promise<void> {
    const loaded = data;
    const state = current;
    if (!loaded || !state) return;
    const sources = await sourcesOf(loaded).catch(() => null);
    // The node colours (sectors) as the graph panel's legend names them, whatever it colours by.
    const nodeLegend = [...panel.element.querySelectorAll<HTMLElement>('.legend li')]
      .map((li) => ({ swatch: li.querySelector<HTMLElement>('.swatch-node'), label: li.textContent?.trim() ?? '' }))
      .filter((x) => x.swatch && x.label)
      .map((x) => ({ label: x.label, color: x.swatch!.style.getPropertyValue('--swatch') }));
    printReport({
      nodeLegend,
      jurisdiction: loaded.jurisdiction,
      kinds: state.kinds,
      minStrength: state.minStrength,
      agency: state.agency,
      search: table.searchText(),
      rows: table.shownRows(),
      sources,
      graphPng: canvas ? canvas.cy.png({ full: true, scale: 1.5, bg: '#ffffff' }) : null,
      link: window.location.href,
      now: new Date(),
    });
  }
  const element = h(
    'div',
    { class: 'view view-overlaps' },
    h('div', { class: 'side' }, h('p', { class: 'intro' }, s.intro), filters, nodeSearch, summary, detail),
    h('div', { class: 'main' }, graphStatus, panel.element, plannerToolbar(), table.element),
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
  /** The row last clicked in the table: it is in view already. */
  let tableClicked: string | null = null;
  /** The pair table's rows: the graph's edges under the current filters. */
  let rows: PairRow[] = [];

  function applyFilters(agency: string | null = current?.agency ?? null): void {
    context.navigate({
      kinds: overlapKinds.filter((_, i) => kindBoxes[i]!.checked),
      minStrength: Math.max(1, Number.parseInt(minStrength.value, 10) || 1),
      agency,
      selected: null,
    });
  }

  function syncControls(state: ViewState): void {
    overlapKinds.forEach((kind, i) => (kindBoxes[i]!.checked = state.kinds.includes(kind)));
    minStrength.value = String(state.minStrength);
    agencyFilter.setAgencies(data?.matrix.agencies ?? null, state.jurisdiction);
    agencyFilter.setPicked(state.agency ? [state.agency] : []);
  }

  function drawGraph(state: ViewState): void {
    if (!data) return;
    graph = overlapGraph(data.matrix, {
      jurisdiction: data.jurisdiction,
      kinds: state.kinds,
      minStrength: state.minStrength,
      agency: state.agency,
    });
    syncControls(state);
    rows = pairRows(data.matrix, state);
    table.setRows(rows, data.jurisdiction);
    const nodes = graph.elements.filter((e) => e.group === 'nodes').length;
    const edges = graph.elements.length - nodes;
    summary.textContent = s.summary(nodes, edges);
    panel.note(nodes > largeGraphNodes ? s.bigGraph(nodes) : '');
    canvas = null;
    panel.setLegend(overlapGraphLegend(graph.elements));
    if (!edges && filterIsOn(state)) {
      // Say which filters emptied the graph and how to widen them, instead of a blank or a grid.
      graphStatus.replaceChildren();
      panel.showEmpty(emptyFilterNote(state, overlapKinds, (name) => shortAgencyName(name, state.jurisdiction)));
      // The strongest pairs of the previous graph no longer apply.
      detail.replaceChildren(status('hint', s.pickElement));
      return;
    }
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

  /** Every finding of a kind, fetched once per jurisdiction; a failed fetch is forgotten so the next asks again. */
  function findingsOf(loaded: Data, kind: OverlapKind): Promise<Overlap[]> {
    if (!loaded.findings.has(kind))
      loaded.findings.set(
        kind,
        api.overlaps(loaded.jurisdiction, kind).catch((error: unknown) => {
          loaded.findings.delete(kind);
          throw error;
        }),
      );
    return loaded.findings.get(kind)!;
  }

  /** Where each pair's findings were read: every finding of every kind, for the table's 出处 column. */
  async function sourcesOf(loaded: Data): Promise<Map<string, PairSource[]>> {
    const all = await Promise.all(overlapKinds.map((kind) => findingsOf(loaded, kind)));
    return sourcesByPair(all.flat());
  }

  function loadSources(loaded: Data): void {
    table.setSources('loading');
    sourcesOf(loaded).then(
      (sources) => data === loaded && table.setSources(sources),
      () => data === loaded && table.setSources('failed'),
    );
  }

  function select(state: ViewState, reveal = false): void {
    const cy = canvas?.cy;
    if (!cy || !data) return;
    cy.elements().unselect().removeClass('faded labelled');
    table.select(state.selected, state.selected !== tableClicked);
    tableClicked = null;
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
    const { jurisdiction } = data;
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
    const loaded = data;
    void detailRequests.run(
      detail,
      // Shared by later clicks on edges of this kind (and the table), so not tied to this click's signal.
      () => findingsOf(loaded, kind),
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
        loadSources(loaded);
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
