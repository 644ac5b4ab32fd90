// The side panel of the overlap view: what two agencies share (texts side by side) or what
// one agency does (duties, matters, services).

import type { AgencyDetail, Assignment, Overlap, OverlapItem, OverlapKind, SharedMatter } from '../api.js';
import { strings } from '../strings.js';
import { shortAgencyName } from '../../../domain/agency-names.js';
import type { EdgeSummary } from '../graph/elements.js';
import { empty, h, marked, status } from '../ui/dom.js';
import { sourceButton } from '../ui/sourcePanel.js';

const s = strings.overlaps;
/** Long lists are cut: the panel is for reading, the full data is one query away. */
const shownItems = 40;

function kindBadge(kind: OverlapKind): HTMLElement {
  return h('span', { class: `badge badge-${kind.toLowerCase()}` }, strings.kindShort[kind] ?? kind);
}

function more(total: number): HTMLElement | null {
  return total > shownItems ? h('p', { class: 'more' }, s.moreItems(total - shownItems)) : null;
}

function sideBySide(a: string, b: string, left: Node | string, right: Node | string): HTMLElement {
  return h(
    'div',
    { class: 'side-by-side' },
    h('div', { class: 'column', 'data-agency': a }, h('div', { class: 'column-head' }, a), h('div', { class: 'column-text' }, left)),
    h('div', { class: 'column', 'data-agency': b }, h('div', { class: 'column-head' }, b), h('div', { class: 'column-text' }, right)),
  );
}

/** Declared overlaps: every matter both agencies hold, each with both division texts. */
export function declaredDetail(a: string, b: string, matters: SharedMatter[]): HTMLElement {
  // The same row often appears in two departments' lists: show each distinct text once.
  const divisionOf = (matter: SharedMatter, agency: string) =>
    [...new Set(matter.assignments.filter((x) => x.agency?.name === agency).map((x) => x.division))].join('\n') || s.noDivision;
  return h(
    'div',
    { class: 'detail-body' },
    h('h3', {}, s.sharedTitle(a, b), ' ', kindBadge('DECLARED')),
    h('p', { class: 'muted' }, s.sharedCount(matters.length)),
    matters.length ? null : empty(),
    ...matters
      .slice(0, shownItems)
      .map((matter) =>
        h(
          'section',
          { class: 'shared', 'data-testid': 'shared-matter' },
          h('h4', {}, matter.title),
          sideBySide(a, b, divisionOf(matter, a), divisionOf(matter, b)),
        ),
      ),
    more(matters.length),
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

function divisionText(rows: Assignment[]): HTMLElement {
  return h(
    'div',
    {},
    ...rows.map((row) =>
      h(
        'p',
        {},
        h('strong', {}, `${row.agency?.name ?? row.agencyRaw}：`),
        row.division,
        h('span', { class: 'source' }, ' ', sourceButton(row.source)),
      ),
    ),
  );
}

/**
 * Undeclared overlaps: each agency's own duty texts side by side, the shared terms marked.
 * Contradictions: the two lists that describe the matter differently, side by side.
 */
export function overlapItemsDetail(a: Side, b: Side, kind: OverlapKind, overlaps: Overlap[]): HTMLElement {
  const finding = (overlap: Overlap): HTMLElement => {
    if (kind === 'CONTRADICTION') {
      // The first list against the others (usually exactly one other).
      const first = overlap.divisions[0]?.listDepartment ?? '';
      const others = [...new Set(overlap.divisions.map((d) => d.listDepartment).filter((l) => l !== first))];
      const [mine, theirs] = [
        overlap.divisions.filter((d) => d.listDepartment === first),
        overlap.divisions.filter((d) => d.listDepartment !== first),
      ];
      return sideBySide(s.listOf(first), s.listOf(others.join('、')), divisionText(mine), divisionText(theirs));
    }
    const sideOf = (side: Side) => overlap.items.filter((item) => item.agencyKey === side.key);
    return sideBySide(a.name, b.name, itemText(sideOf(a), overlap.sharedTerms), itemText(sideOf(b), overlap.sharedTerms));
  };
  return h(
    'div',
    { class: 'detail-body' },
    h('h3', {}, s.sharedTitle(a.name, b.name), ' ', kindBadge(kind)),
    h('p', { class: 'muted' }, s.sharedCount(overlaps.length)),
    overlaps.length ? null : empty(),
    ...overlaps
      .slice(0, shownItems)
      .map((overlap) =>
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
    more(overlaps.length),
  );
}

function list<T>(title: string, items: T[], render: (item: T) => Node | string): HTMLElement {
  return h(
    'details',
    { class: 'agency-section', open: items.length > 0 && items.length <= 12 },
    h('summary', {}, `${title}（${items.length}）`),
    h('ul', {}, ...items.slice(0, shownItems).map((item) => h('li', {}, render(item)))),
    more(items.length),
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
