// 职责交叉, province/city mode: a region's counties folded by department kind (regionElements.ts).
// Thousands of agencies would be unreadable; a few dozen kinds are not. A pair (edge or table
// row) lists its counties, and each county opens the county view on that pair's two agencies,
// where every finding shows its list lines.

import type { Core, EdgeSingular, EventObject, LayoutOptions, NodeSingular } from 'cytoscape';
import { api, overlapKinds, type RegionKindPair, type RegionOverlaps, type RegionPairCounty } from '../api.js';
import { graphPanel } from '../graph/canvas.js';
import { edgeKindOf, pairEdgeId } from '../graph/elements.js';
import { sectors, sectorsPresent } from '../graph/sectors.js';
import { palette } from '../graph/style.js';
import { renderGraph, type GraphCanvas } from '../graph/render.js';
import type { ViewState } from '../state.js';
import { h, status } from '../ui/dom.js';
import { kindNodeId, regionEdgeId, regionGraph, shownPairs } from './regionElements.js';
import { regionStrings as s } from './regionStrings.js';
import './pairTable.css';
import { latestOnly, type View, type ViewContext } from './view.js';

/** Pairs asked of the API (its maximum) and drawn (the most counties first): beyond ~150 edges a kind graph is a hairball again. */
const FETCHED_PAIRS = 1000;
const DRAWN_PAIRS = 60;
/** How often a region still being aggregated is asked again. */
const POLL_MS = 1_000;

/**
 * Kinds on a circle, grouped by sector (the legend's order) then by label: a region's kind graph
 * is small but dense (in the synthetic country nearly every pair overlaps somewhere), and a
 * force layout drew it as a ball with hidden labels; on a circle every label is readable.
 */
function kindCircle(): LayoutOptions {
  const order = new Map(sectors.map((x, i) => [x.id, i] as const));
  return {
    name: 'circle',
    animate: false,
    fit: true,
    padding: 30,
    avoidOverlap: true,
    nodeDimensionsIncludeLabels: true,
    sort: (a: NodeSingular, b: NodeSingular) =>
      (order.get(String(a.data('sector'))) ?? 99) - (order.get(String(b.data('sector'))) ?? 99) ||
      String(a.data('label')).localeCompare(String(b.data('label')), 'zh'),
  } as LayoutOptions;
}

/** The county view's edge for a county row: its two agencies, the worst kind of finding between them. */
export function countyEdgeId(row: RegionPairCounty): string {
  const kind = row.contradictions > 0 ? 'CONTRADICTION' : row.declared > 0 ? 'DECLARED' : 'UNDECLARED';
  return pairEdgeId(edgeKindOf(kind), row.agenciesA[0] ?? '', row.agenciesB[0] ?? '');
}

export function regionOverlapsView(context: ViewContext): View {
  const minCounties = h('input', {
    type: 'number',
    name: 'min-counties',
    min: 1,
    step: 1,
    value: 1,
    class: 'narrow',
    'data-testid': 'min-counties',
    onchange: () => context.navigate({ minStrength: Math.max(1, Number.parseInt(minCounties.value, 10) || 1), selected: null }),
  });
  const summary = h('p', { class: 'summary', 'data-testid': 'region-summary' });
  const detail = h('div', { class: 'detail', 'data-testid': 'region-detail' }, status('hint', s.pickPair));
  const legendLines = [{ label: s.legendEdge, color: palette.rests_on, shape: 'solid' as const, width: 4 }];
  const panel = graphPanel(legendLines, () => `职责交叉汇总-${data?.region ?? ''}`, s.graphPlaceholder);
  const graphStatus = h('div', { class: 'graph-status' });
  const caption = h('caption', { class: 'table-caption' });
  const body = h('tbody', {});
  const c = s.columns;
  const table = h(
    'table',
    { class: 'pair-table', 'data-testid': 'region-pair-table' },
    caption,
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...[c.a, c.b, c.counties, c.matters, c.contradictions, c.declared, c.undeclared, c.topMatters].map((t) =>
          h('th', { scope: 'col' }, t),
        ),
      ),
    ),
    body,
  );
  const element = h(
    'div',
    { class: 'view view-overlaps view-region', 'data-testid': 'region-view' },
    h(
      'div',
      { class: 'side' },
      h('p', { class: 'intro' }, s.intro),
      h('label', { class: 'inline' }, s.minCounties, minCounties),
      summary,
      detail,
    ),
    h(
      'div',
      { class: 'main' },
      graphStatus,
      panel.element,
      h(
        'section',
        { class: 'pair-panel', 'aria-label': s.heading },
        h('div', { class: 'pair-head' }, h('h3', {}, s.heading)),
        h('div', { class: 'pair-scroll' }, table),
      ),
    ),
  );

  const dataRequests = latestOnly();
  const detailRequests = latestOnly();
  let data: RegionOverlaps | null = null;
  let current: ViewState | null = null;
  let canvas: GraphCanvas | null = null;
  let drawnKey = '';
  let pairs: RegionKindPair[] = [];

  function rowOf(p: RegionKindPair): HTMLTableRowElement {
    const id = regionEdgeId(p.id);
    const choose = () => context.navigate({ selected: id });
    return h(
      'tr',
      {
        tabindex: 0,
        'data-edge': id,
        'aria-label': s.selectRow(p.a.label, p.b.label),
        onclick: choose,
        onkeydown: (e: Event) => {
          const key = (e as KeyboardEvent).key;
          if (key === 'Enter' || key === ' ') {
            e.preventDefault();
            choose();
          }
        },
      },
      h('td', {}, p.a.label),
      h('td', {}, p.b.label),
      h('td', { class: 'num', title: s.countiesTitle(p.counties, p.countiesWithBoth) }, s.countiesOf(p.counties, p.countiesWithBoth)),
      h('td', { class: 'num' }, String(p.matters)),
      h('td', { class: 'num' }, String(p.contradictions)),
      h('td', { class: 'num' }, String(p.declared)),
      h('td', { class: 'num' }, String(p.undeclared)),
      h(
        'td',
        { class: 'pair-matters', title: p.topMatters.map((m) => `${m.title}（${m.counties}）`).join('；') },
        h('div', { class: 'clamp' }, p.topMatters.map((m) => `${m.title}（${m.counties}）`).join('；')),
      ),
    );
  }

  function draw(state: ViewState): void {
    if (!data) return;
    minCounties.value = String(state.minStrength);
    pairs = shownPairs(data, state.minStrength);
    const drawn = pairs.slice(0, DRAWN_PAIRS);
    const elements = regionGraph(data, drawn);
    const kinds = elements.filter((e) => e.group === 'nodes');
    summary.textContent = s.summary(data.countyCount, kinds.length, drawn.length, pairs.length);
    caption.textContent = s.caption(pairs.length, data.pairCount);
    body.replaceChildren(...pairs.map(rowOf));
    panel.setLegend([
      ...sectorsPresent(kinds.map((k) => String(k.data.sector))).map((x) => ({ label: x.label, color: x.color, shape: 'fill' as const })),
      ...legendLines,
    ]);
    canvas = null;
    if (!drawn.length) {
      panel.showEmpty(status('hint', s.noPairs));
      return;
    }
    const graph = renderGraph(panel.canvas, elements, kindCircle());
    graph.cy.on('tap', 'edge, node', (event: EventObject) => context.navigate({ selected: event.target.id() }));
    graph.cy.on('tap', (event: EventObject) => {
      if (event.target === graph.cy) context.navigate({ selected: null });
    });
    panel.show(graph);
    canvas = graph;
    select(state);
  }

  function highlightRow(id: string | null): void {
    for (const tr of body.querySelectorAll<HTMLTableRowElement>('tr')) {
      const on = tr.dataset.edge === id;
      tr.classList.toggle('selected', on);
      tr.setAttribute('aria-selected', on ? 'true' : 'false');
      if (on) tr.scrollIntoView({ block: 'nearest' });
    }
  }

  function focus(cy: Core, id: string | null): void {
    cy.elements().unselect().removeClass('dimmed neighbour');
    const target = id ? cy.getElementById(id) : null;
    if (!target || target.empty()) return;
    target.select();
    const keep = target.isNode() ? target.closedNeighborhood() : (target as EdgeSingular).union((target as EdgeSingular).connectedNodes());
    // dimmed/neighbour (the readable look's focus classes) win over the edge kinds' opacities.
    cy.elements().not(keep).addClass('dimmed');
    keep.addClass('neighbour');
  }

  function select(state: ViewState): void {
    if (!data) return;
    highlightRow(state.selected);
    if (canvas) focus(canvas.cy, state.selected);
    const region = data.region;
    const pair = pairs.find((p) => regionEdgeId(p.id) === state.selected);
    if (pair) {
      void detailRequests.run(
        detail,
        (signal) => api.regionPair(region, pair.id, signal),
        (rows) => detail.replaceChildren(pairDetail(pair, rows)),
        region,
      );
      return;
    }
    const kind = data.kinds.find((k) => kindNodeId(k.id) === state.selected);
    if (kind) {
      const own = pairs.filter((p) => p.a.id === kind.id || p.b.id === kind.id);
      detail.replaceChildren(
        h('h3', {}, s.kindNode(kind.label, kind.counties, kind.agencies)),
        h(
          'ul',
          { class: 'plain' },
          ...own
            .slice(0, 30)
            .map((p) =>
              h(
                'li',
                {},
                h(
                  'button',
                  { type: 'button', class: 'link', onclick: () => context.navigate({ selected: regionEdgeId(p.id) }) },
                  `${p.a.label} × ${p.b.label}`,
                ),
                ` ${s.countiesOf(p.counties, p.countiesWithBoth)}`,
              ),
            ),
        ),
      );
      return;
    }
    detail.replaceChildren(status('hint', s.pickPair));
  }

  function pairDetail(pair: RegionKindPair, rows: RegionPairCounty[]): HTMLElement {
    return h(
      'div',
      { 'data-testid': 'region-pair-detail' },
      h('h3', {}, s.pairHeading(pair.a.label, pair.b.label)),
      h('p', {}, s.pairLead(pair.counties, pair.countiesWithBoth)),
      h(
        'ul',
        { class: 'plain region-counties' },
        ...rows.map((row) =>
          h(
            'li',
            { class: 'region-county', 'data-county': row.jurisdiction },
            h(
              'button',
              {
                type: 'button',
                class: 'link',
                title: s.openCounty(row.jurisdiction),
                'data-testid': 'open-county',
                onclick: () =>
                  context.navigate(
                    {
                      jurisdiction: row.jurisdiction,
                      agency: row.agenciesA[0] ?? null,
                      selected: countyEdgeId(row),
                      kinds: [...overlapKinds],
                      minStrength: 1,
                    },
                    true,
                  ),
              },
              row.jurisdiction,
            ),
            h('div', { class: 'muted' }, `${row.agenciesA.join('、')} × ${row.agenciesB.join('、')}`),
            h('div', {}, s.countyCounts(row.declared, row.undeclared, row.contradictions)),
            row.matters.length ? h('div', {}, `${s.matters}：${row.matters.slice(0, 5).join('；')}`) : '',
            row.sources.length ? h('div', { class: 'muted' }, `${s.sources}：${row.sources.join('；')}`) : '',
          ),
        ),
      ),
    );
  }

  function load(state: ViewState): void {
    const region = state.jurisdiction!;
    data = null;
    drawnKey = '';
    canvas = null;
    panel.show(null);
    detailRequests.cancel();
    detail.replaceChildren(status('hint', s.pickPair));
    summary.textContent = '';
    body.replaceChildren();
    void dataRequests.run(
      graphStatus,
      async (signal) => {
        // A cold region answers with the counties done so far: ask again until it is complete.
        for (;;) {
          const answer = await api.regionOverlaps(region, FETCHED_PAIRS, signal);
          if (answer.complete || signal.aborted) return answer;
          graphStatus.replaceChildren(status('hint', s.progress(answer.analysedCounties, answer.countyCount)));
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
      },
      (loaded) => {
        data = loaded;
        graphStatus.replaceChildren();
        update(current ?? state);
      },
      region,
    );
  }

  function update(state: ViewState): void {
    const reload = !current || current.jurisdiction !== state.jurisdiction;
    current = state;
    if (reload && data?.region !== state.jurisdiction && (!data || data.regionKey.replaceAll('/', '') !== state.jurisdiction)) {
      load(state);
      return;
    }
    if (!data) return;
    const key = JSON.stringify([state.jurisdiction, state.minStrength]);
    if (key !== drawnKey) {
      drawnKey = key;
      draw(state);
    } else select(state);
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
