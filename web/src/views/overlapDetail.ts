// The side panel of the overlap view: what two agencies share (texts side by side) or what
// one agency does (duties, matters, services).

import type { AgencyDetail, Overlap, OverlapItem, OverlapKind, SharedMatter } from '../api.js';
import { strings } from '../strings.js';
import { empty, h, sourceLabel } from '../ui/dom.js';

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
  const divisionOf = (matter: SharedMatter, agency: string) =>
    matter.assignments
      .filter((x) => x.agency?.name === agency)
      .map((x) => x.division)
      .join('\n') || s.noDivision;
  return h(
    'div',
    { class: 'detail-body' },
    h('h3', {}, s.sharedTitle(a, b), ' ', kindBadge('DECLARED')),
    h('p', { class: 'muted' }, s.sharedCount(matters.length)),
    matters.length ? null : empty(),
    ...matters.slice(0, shownItems).map((matter) =>
      h('section', { class: 'shared', 'data-testid': 'shared-matter' }, h('h4', {}, matter.title), sideBySide(a, b, divisionOf(matter, a), divisionOf(matter, b))),
    ),
    more(matters.length),
  );
}

/** One end of an edge. */
export interface Side {
  key: string;
  name: string;
}

function itemText(items: OverlapItem[]): HTMLElement {
  return h('div', {}, ...items.map((item) => h('p', {}, item.text, h('span', { class: 'source' }, ` ${sourceLabel(item.source)}`))));
}

/** Undeclared overlaps and contradictions: the texts each side wrote, with their sources. */
export function overlapItemsDetail(a: Side, b: Side, kind: OverlapKind, overlaps: Overlap[]): HTMLElement {
  const sideOf = (overlap: Overlap, side: Side) => overlap.items.filter((item) => item.agencyKey === side.key);
  return h(
    'div',
    { class: 'detail-body' },
    h('h3', {}, s.sharedTitle(a.name, b.name), ' ', kindBadge(kind)),
    h('p', { class: 'muted' }, s.sharedCount(overlaps.length)),
    overlaps.length ? null : empty(),
    ...overlaps.slice(0, shownItems).map((overlap) =>
      h(
        'section',
        { class: 'shared', 'data-testid': 'shared-matter' },
        h('h4', {}, overlap.matter?.title ?? overlap.explanation, h('span', { class: 'score' }, ` ${s.strength} ${overlap.score.toFixed(2)}`)),
        overlap.matter ? h('p', { class: 'muted' }, overlap.explanation) : null,
        sideBySide(a.name, b.name, itemText(sideOf(overlap, a)), itemText(sideOf(overlap, b))),
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

export function agencyDetail(name: string, agency: AgencyDetail | null): HTMLElement {
  if (!agency) return h('div', { class: 'detail-body' }, h('h3', {}, name), empty());
  return h(
    'div',
    { class: 'detail-body' },
    h('h3', {}, agency.name),
    agency.aliases.length ? h('p', { class: 'muted' }, agency.aliases.join('、')) : null,
    list(s.agencyMatters, agency.responsibilities, (r) => h('span', {}, h('strong', {}, r.matter.title), r.division ? `：${r.division}` : '')),
    list(s.agencyDuties, agency.duties, (d) => d.text),
    list(s.agencyServices, agency.services, (x) => `${x.title}${x.units.length ? ` · ${x.units.join('、')}` : ''}${x.phones.length ? ` · ☎ ${x.phones.join('、')}` : ''}`),
  );
}
