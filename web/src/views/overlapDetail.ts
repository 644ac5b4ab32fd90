// The side panel of the overlap view: what two agencies share (texts side by side) or what
// one agency does (duties, matters, services).

import type { AgencyDetail, Assignment, Overlap, OverlapItem, OverlapKind, SharedMatter } from '../api.js';
import { strings } from '../strings.js';
import { shortAgencyName } from '../../../domain/agency-names.js';
import type { EdgeSummary } from '../graph/elements.js';
import { datedBookTitle, empty, h, marked, status } from '../ui/dom.js';
import { sourceButton } from '../ui/sourcePanel.js';
import { basisLabel } from '../basisLabel.js';
import { exportButtons } from '../export/exportButtons.js';
import { agencyTable, declaredTable, findingsTable } from '../export/detailTables.js';

const s = strings.overlaps;

function kindBadge(kind: OverlapKind): HTMLElement {
  return h('span', { class: `badge badge-${kind.toLowerCase()}` }, strings.kindShort[kind] ?? kind);
}

function sideBySide(a: string, b: string, left: Node | string, right: Node | string): HTMLElement {
  return h(
    'div',
    { class: 'side-by-side' },
    h('div', { class: 'column', 'data-agency': a }, h('div', { class: 'column-head' }, a), h('div', { class: 'column-text' }, left)),
    h('div', { class: 'column', 'data-agency': b }, h('div', { class: 'column-head' }, b), h('div', { class: 'column-text' }, right)),
  );
}

/** One list's rows: its key, where it stands (for a stable order) and its title. */
interface ListRows {
  key: string;
  label: string;
  rows: Assignment[];
}

/**
 * Rows grouped by the list stating them (two departments' lists often state one matter: they
 * are two groups, never merged), the lists in the order they stand in their files, each list's
 * rows in its line order: the same order on every click.
 */
export function byList(rows: readonly Assignment[]): ListRows[] {
  const lists = new Map<string, ListRows>();
  for (const row of rows) {
    const list = lists.get(row.listKey) ?? {
      key: row.listKey,
      label: row.source.title ? datedBookTitle(row.source.title, row.source.listDate) : s.listOf(row.listDepartment),
      rows: [],
    };
    list.rows.push(row);
    lists.set(row.listKey, list);
  }
  for (const list of lists.values()) list.rows.sort((x, y) => x.source.line - y.source.line);
  const at = (list: ListRows) => list.rows[0]!.source;
  return [...lists.values()].sort((x, y) => at(x).file.localeCompare(at(y).file) || at(x).line - at(y).line);
}

/**
 * One row as a list states it: role, division, bases and case (`details`), and the source (opens
 * the 原文 panel); a contradiction's row is marked against the other list and shown without details.
 */
function assignmentRow(row: Assignment, mark: 'same' | 'differs' | 'only' | null = null): HTMLElement {
  const details = mark === null;
  const bases = details ? row.bases.map(basisLabel).filter(Boolean) : [];
  return h(
    'div',
    { class: `assignment-row${mark ? ` mark-${mark}` : ''}`, 'data-testid': 'assignment-row', 'data-mark': mark ?? undefined },
    mark && mark !== 'same' ? h('span', { class: `tag mark-tag-${mark}` }, s.marks[mark]) : null,
    row.role ? h('span', { class: `tag role-${row.role}` }, strings.dossier.roles[row.role] ?? row.role) : null,
    h('span', { class: 'division-text' }, row.division || s.noDivision),
    bases.length ? h('div', { class: 'row-bases' }, `${strings.dossier.bases}：${bases.join('；')}`) : null,
    details && row.case ? h('div', { class: 'row-case' }, `${strings.dossier.case}：${row.case}`) : null,
    h('div', { class: 'source' }, sourceButton(row.source)),
  );
}

function rowsOrBlank(rows: readonly Assignment[]): Node {
  const fragment = document.createDocumentFragment();
  fragment.append(...(rows.length ? rows.map((row) => assignmentRow(row)) : [h('span', { class: 'muted' }, s.noDivision)]));
  return fragment;
}

/** Declared overlaps: every matter both agencies hold; per list stating it, both agencies' rows side by side. */
export function declaredDetail(a: string, b: string, matters: SharedMatter[]): HTMLElement {
  const ofAgency = (rows: readonly Assignment[], agency: string) => rows.filter((x) => x.agency?.name === agency);
  return h(
    'div',
    { class: 'detail-body' },
    h('h3', {}, s.sharedTitle(a, b), ' ', kindBadge('DECLARED')),
    h('p', { class: 'muted' }, s.sharedCount(matters.length)),
    matters.length ? exportButtons(s.sharedTitle(a, b), () => declaredTable(a, b, matters), 'detail-export') : empty(),
    ...matters.map((matter) =>
      h(
        'section',
        { class: 'shared', 'data-testid': 'shared-matter' },
        h('h4', {}, matter.title),
        ...byList(matter.assignments).map((list) =>
          h(
            'div',
            { class: 'list-block', 'data-list': list.key },
            h('div', { class: 'list-head' }, list.label),
            sideBySide(a, b, rowsOrBlank(ofAgency(list.rows, a)), rowsOrBlank(ofAgency(list.rows, b))),
          ),
        ),
      ),
    ),
  );
}

/** One end of an edge. */
export interface Side {
  key: string;
  name: string;
}

function itemText(items: OverlapItem[], words: string[]): HTMLElement {
  return h(
    'div',
    {},
    ...items.map((item) =>
      h(
        'p',
        {},
        marked(item.text, item.excerpt ? [item.excerpt, ...words] : words),
        h('span', { class: 'source' }, ' ', sourceButton(item.source)),
      ),
    ),
  );
}

/**
 * One list's rows of a contradiction, each marked against the other list: the same text for the
 * same agency (same), another text for it (differs), or an agency the other list does not name (only).
 */
function contradictionSide(rows: readonly Assignment[], other: readonly Assignment[]): HTMLElement {
  const name = (row: Assignment) => row.agency?.key ?? row.agencyRaw;
  const mark = (row: Assignment) => {
    const theirs = other.filter((o) => name(o) === name(row));
    if (!theirs.length) return 'only' as const;
    return theirs.some((o) => o.division === row.division) ? ('same' as const) : ('differs' as const);
  };
  return h(
    'div',
    {},
    ...rows.map((row) => h('div', {}, h('strong', {}, `${row.agency?.name ?? row.agencyRaw}：`), assignmentRow(row, mark(row)))),
  );
}

/**
 * Undeclared overlaps: each agency's own duty texts side by side, the shared terms marked.
 * Contradictions: the two lists that describe the matter differently, side by side.
 */
export function overlapItemsDetail(a: Side, b: Side, kind: OverlapKind, overlaps: Overlap[]): HTMLElement {
  const finding = (overlap: Overlap): HTMLElement => {
    if (kind === 'CONTRADICTION') {
      // The earlier list (file, line) against the others (usually exactly one other): the same order every time.
      const [first, ...others] = byList(overlap.divisions);
      const theirs = others.flatMap((list) => list.rows);
      return sideBySide(
        first?.label ?? '',
        others.map((list) => list.label).join('、'),
        contradictionSide(first?.rows ?? [], theirs),
        contradictionSide(theirs, first?.rows ?? []),
      );
    }
    const sideOf = (side: Side) => overlap.items.filter((item) => item.agencyKey === side.key);
    return sideBySide(a.name, b.name, itemText(sideOf(a), overlap.sharedTerms), itemText(sideOf(b), overlap.sharedTerms));
  };
  return h(
    'div',
    { class: 'detail-body' },
    h('h3', {}, s.sharedTitle(a.name, b.name), ' ', kindBadge(kind)),
    h('p', { class: 'muted' }, s.sharedCount(overlaps.length)),
    overlaps.length
      ? exportButtons(s.sharedTitle(a.name, b.name), () => findingsTable(a.name, b.name, kind, overlaps), 'detail-export')
      : empty(),
    ...overlaps.map((overlap) =>
      h(
        'section',
        { class: 'shared', 'data-testid': 'shared-matter' },
        h(
          'h4',
          {},
          overlap.matter?.title ?? overlap.sharedTerms.join('、'),
          h('span', { class: 'score' }, ` ${s.strength} ${overlap.score.toFixed(2)}`),
        ),
        h('p', { class: 'muted' }, overlap.explanation),
        finding(overlap),
      ),
    ),
  );
}

function list<T>(title: string, items: T[], render: (item: T) => Node | string): HTMLElement {
  return h(
    'details',
    { class: 'agency-section', open: items.length > 0 && items.length <= 12 },
    h('summary', {}, `${title}（${items.length}）`),
    h('ul', {}, ...items.map((item) => h('li', {}, render(item)))),
  );
}

/** One entry per matter: an agency often holds a matter in two departments' lists. */
function byMatter(responsibilities: AgencyDetail['responsibilities']): [string, string[]][] {
  const matters = new Map<string, Set<string>>();
  for (const r of responsibilities) {
    const divisions = matters.get(r.matter.title) ?? new Set<string>();
    if (r.division) divisions.add(r.division);
    matters.set(r.matter.title, divisions);
  }
  return [...matters].map(([title, divisions]) => [title, [...divisions]]);
}

export function agencyDetail(name: string, agency: AgencyDetail | null): HTMLElement {
  if (!agency) return h('div', { class: 'detail-body' }, h('h3', {}, name), empty());
  return h(
    'div',
    { class: 'detail-body' },
    h('h3', {}, agency.name),
    agency.aliases.length ? h('p', { class: 'muted' }, agency.aliases.join('、')) : null,
    exportButtons(agency.name, () => agencyTable(agency), 'detail-export'),
    list(s.agencyMatters, byMatter(agency.responsibilities), ([title, divisions]) =>
      h('span', {}, h('strong', {}, title), divisions.length ? `：${divisions.join('；')}` : ''),
    ),
    list(s.agencyDuties, agency.duties, (d) => d.text),
    list(
      s.agencyServices,
      agency.services,
      (x) => `${x.title}${x.units.length ? ` · ${x.units.join('、')}` : ''}${x.phones.length ? ` · ☎ ${x.phones.join('、')}` : ''}`,
    ),
  );
}

/** Nothing selected: the strongest overlaps as a list to start from, each one click away. */
export function strongestOverview(edges: EdgeSummary[], jurisdiction: string, pick: (id: string) => void): HTMLElement {
  return h(
    'div',
    { class: 'detail-body' },
    status('hint', s.pickElement),
    edges.length ? h('h4', {}, s.strongest) : null,
    h(
      'ol',
      { class: 'strongest' },
      ...edges.map((edge) =>
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: 'link', onclick: () => pick(edge.id) },
            kindBadge(edge.kind.toUpperCase() as OverlapKind),
            ` ${shortAgencyName(edge.a, jurisdiction)} — ${shortAgencyName(edge.b, jurisdiction)}`,
            h('span', { class: 'muted' }, ` ${s.sharedCount(edge.strength)}`),
          ),
        ),
      ),
    ),
  );
}
