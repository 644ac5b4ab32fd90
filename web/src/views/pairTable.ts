// The table of agency pairs beside the overlap graph: sortable by any column, searchable,
// and linked to the graph both ways (a row selects its edge; a selected edge highlights and
// scrolls to its row). Rows are focusable: Tab reaches the table, ↑/↓ move, Enter selects, so
// every edge of the graph is reachable without a mouse.

import { shortAgencyName } from '../../../domain/agency-names.js';
import { strings } from '../strings.js';
import { h } from '../ui/dom.js';
import { listsOf, type PairColumn, type PairRow, type PairSource, pairSourceKey, searchRows, sortRows } from './pairRows.js';
import { pairTableStrings as s } from './pairTableStrings.js';

export type PairSources = ReadonlyMap<string, readonly PairSource[]> | 'loading' | 'failed';

export interface PairTable {
  element: HTMLElement;
  /** The graph's rows (already filtered like the graph), for a jurisdiction's short names. */
  setRows(rows: readonly PairRow[], jurisdiction: string | null): void;
  setSources(sources: PairSources): void;
  /** Highlights the row of an edge id (or none); `reveal` scrolls it into view. */
  select(id: string | null, reveal: boolean): void;
  /** The rows as shown: searched and sorted (the report prints these). */
  shownRows(): PairRow[];
  searchText(): string;
}

const sortable: PairColumn[] = ['a', 'b', 'kind', 'strength', 'maxScore', 'matterCount'];
const shownMatters = 3;

export function pairTable(onSelect: (id: string) => void): PairTable {
  let rows: readonly PairRow[] = [];
  let jurisdiction: string | null = null;
  let sources: PairSources = 'loading';
  let selected: string | null = null;
  let sortColumn: PairColumn = 'strength';
  let descending = true;
  let shown: PairRow[] = [];

  const search = h('input', {
    type: 'search',
    class: 'table-search',
    name: 'pair-search',
    placeholder: s.searchPlaceholder,
    'aria-label': s.search,
    'data-testid': 'pair-search',
    oninput: () => render(),
  });
  const caption = h('caption', { class: 'table-caption' });
  const headRow = h('tr', {});
  const body = h('tbody', {});
  const table = h('table', { class: 'pair-table', 'data-testid': 'pair-table' }, caption, h('thead', {}, headRow), body);
  const scroller = h('div', { class: 'pair-scroll' }, table);
  const element = h(
    'section',
    { class: 'pair-panel', 'aria-label': s.heading },
    h('div', { class: 'pair-head' }, h('h3', {}, s.heading), search),
    scroller,
  );

  function header(): void {
    const th = (column: PairColumn | null, label: string) => {
      if (!column) return h('th', { scope: 'col' }, label);
      const active = column === sortColumn;
      return h(
        'th',
        { scope: 'col', 'aria-sort': active ? (descending ? 'descending' : 'ascending') : 'none' },
        h(
          'button',
          {
            type: 'button',
            class: 'sort',
            title: s.sortBy(label),
            'data-column': column,
            onclick: () => {
              // A number column starts with the largest, a name column with A.
              if (column === sortColumn) descending = !descending;
              else descending = ['strength', 'maxScore', 'matterCount'].includes(column);
              sortColumn = column;
              render();
            },
          },
          label,
          active ? (descending ? ' ▼' : ' ▲') : '',
        ),
      );
    };
    const c = s.columns;
    headRow.replaceChildren(...sortable.map((column) => th(column, c[column])), th(null, c.matters), th(null, c.sources));
  }

  function sourcesCell(row: PairRow): HTMLElement {
    if (sources === 'loading') return h('td', { class: 'muted' }, s.sourcesLoading);
    if (sources === 'failed') return h('td', { class: 'muted' }, s.sourcesFailed);
    const lists = listsOf(sources.get(pairSourceKey(row.kind, row.aKey, row.bKey)) ?? []);
    // Two lines on screen, every list in the tooltip, the export and the report.
    return h('td', { class: 'pair-sources', title: lists.join('\n') }, h('div', { class: 'clamp' }, lists.join('；')));
  }

  function rowElement(row: PairRow): HTMLTableRowElement {
    const kind = strings.kinds[row.kind] ?? row.kind;
    const short = (name: string) => shortAgencyName(name, jurisdiction);
    const more = row.matters.length > shownMatters ? ` ${s.moreMatters(row.matters.length)}` : '';
    const tr = h(
      'tr',
      {
        tabindex: 0,
        class: row.id === selected ? 'selected' : '',
        'aria-selected': row.id === selected ? 'true' : 'false',
        'aria-label': s.selectRow(row.a, row.b, kind),
        'data-edge': row.id,
        onclick: () => onSelect(row.id),
        onkeydown: (e: Event) => {
          const event = e as KeyboardEvent;
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            onSelect(row.id);
          } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            const next = (event.key === 'ArrowDown' ? tr.nextElementSibling : tr.previousElementSibling) as HTMLElement | null;
            next?.focus();
          }
        },
      },
      h('td', { title: row.a }, short(row.a)),
      h('td', { title: row.b }, short(row.b)),
      h('td', {}, h('span', { class: `badge badge-${row.kind.toLowerCase()}` }, strings.kindShort[row.kind] ?? kind)),
      h('td', { class: 'num' }, String(row.strength)),
      h('td', { class: 'num' }, row.maxScore.toFixed(2)),
      h('td', { class: 'num' }, String(row.matters.length)),
      h(
        'td',
        { class: 'pair-matters', title: row.matters.join('；') },
        h('div', { class: 'clamp' }, row.matters.slice(0, shownMatters).join('；') + more),
      ),
      sourcesCell(row),
    );
    return tr;
  }

  function render(): void {
    header();
    shown = sortRows(searchRows(rows, search.value), sortColumn, descending);
    caption.textContent = s.caption(shown.length, rows.length);
    body.replaceChildren(...shown.map(rowElement));
  }

  function highlight(reveal: boolean): void {
    for (const tr of body.querySelectorAll<HTMLTableRowElement>('tr')) {
      const on = tr.dataset.edge === selected;
      tr.classList.toggle('selected', on);
      tr.setAttribute('aria-selected', on ? 'true' : 'false');
      if (on && reveal) tr.scrollIntoView({ block: 'nearest' });
    }
  }

  return {
    element,
    setRows(next, place) {
      rows = next;
      jurisdiction = place;
      render();
    },
    setSources(next) {
      sources = next;
      render();
    },
    select(id, reveal) {
      selected = id;
      highlight(reveal);
    },
    shownRows: () => [...shown],
    searchText: () => search.value.trim(),
  };
}
