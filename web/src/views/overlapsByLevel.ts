// The 职责交叉 tab: one county's agencies (overlaps.ts), or, when a province or city is
// chosen, its counties folded by department kind (regionOverlaps.ts). The level of a name
// comes from the jurisdictions list, read once per page; both views are kept, so going from a
// province to one of its counties and back does not draw the province again.

import { api } from '../api.js';
import type { ViewState } from '../state.js';
import { h } from '../ui/dom.js';
import { overlapsView } from './overlaps.js';
import { regionOverlapsView } from './regionOverlaps.js';
import type { View, ViewContext } from './view.js';

let regionNames: Promise<Set<string>> | null = null;

/** Names of provinces and cities (and their paths: 湖南省衡阳市), read once; a failed read is asked again next time. */
export function regionNamesOnce(): Promise<Set<string>> {
  regionNames ??= api.jurisdictions().then(
    (list) => new Set(list.filter((j) => j.level !== 'county').flatMap((j) => [j.name, j.key.replaceAll('/', '')])),
    (error: unknown) => {
      regionNames = null;
      throw error;
    },
  );
  return regionNames;
}

export function overlapsByLevelView(context: ViewContext): View {
  const county = overlapsView(context);
  let region: View | null = null;
  const element = h('div', { class: 'overlaps-by-level' }, county.element);
  let latest: ViewState | null = null;

  function show(state: ViewState, isRegion: boolean): void {
    if (isRegion) {
      region ??= regionOverlapsView(context);
      if (element.firstChild !== region.element) element.replaceChildren(region.element);
      region.update(state);
    } else {
      if (element.firstChild !== county.element) element.replaceChildren(county.element);
      county.update(state);
    }
  }

  return {
    element,
    update(state) {
      latest = state;
      const name = state.jurisdiction;
      if (!name) {
        show(state, false);
        return;
      }
      // The list is on hand after the first read: later updates are decided at once.
      void regionNamesOnce().then(
        (names) => latest === state && show(state, names.has(name)),
        () => latest === state && show(state, false),
      );
    },
    destroy() {
      county.destroy();
      region?.destroy();
    },
  };
}
