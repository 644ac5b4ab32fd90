// The view's state lives in the URL hash (`#view=overlaps&j=蒸湘区&kind=DECLARED&min=2&sel=…`,
// `#view=dispute&j=蒸湘区&q=出生人口性别比&a=…&a=…`, `#view=ask&j=蒸湘区&q=疫苗&asof=2017`)
// so a link pasted into a dispute opens exactly what the sender saw. Pure: no DOM access.

import { overlapKinds, type OverlapKind } from './api.js';

export type ViewName = 'ask' | 'overlaps' | 'compare' | 'dispute' | 'public' | 'upload';
export const viewNames: readonly ViewName[] = ['ask', 'overlaps', 'compare', 'dispute', 'public', 'upload'];

export interface ViewState {
  view: ViewName;
  /** County/district name as written in the documents, or null for all. */
  jurisdiction: string | null;
  /** The question (ask, public), matter title (compare) or disputed matter (dispute). */
  question: string;
  /** Overlap kinds shown; all three when the URL names none. */
  kinds: OverlapKind[];
  /** Minimum edge strength (number of shared items) shown in the overlap graph. */
  minStrength: number;
  /** Only edges touching this agency, or null. */
  agency: string | null;
  /** Id of the selected graph element (node or edge), or null. */
  selected: string | null;
  /** The agencies of a dispute, as picked (canonical names), in the order picked. */
  parties: string[];
  /** 谁负责 as of a day (2016, 2016-03 or 2016-03-15): each department's newest list on or before it; null: the newest lists. */
  asOf: string | null;
}

export const defaultState: ViewState = {
  view: 'ask',
  jurisdiction: null,
  question: '',
  kinds: [...overlapKinds],
  minStrength: 1,
  agency: null,
  selected: null,
  parties: [],
  asOf: null,
};

/** The dates the API's `asOf` takes: a year, a month or a day. */
export const asOfPattern = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function isView(value: string | null): value is ViewName {
  return value !== null && (viewNames as readonly string[]).includes(value);
}

export function parseState(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const kinds = (params.get('kind') ?? '').split(',').filter((k): k is OverlapKind => (overlapKinds as readonly string[]).includes(k));
  const min = Number.parseInt(params.get('min') ?? '', 10);
  const view = params.get('view');
  return {
    view: isView(view) ? view : defaultState.view,
    jurisdiction: params.get('j') || null,
    question: params.get('q') ?? '',
    kinds: kinds.length ? kinds : [...overlapKinds],
    minStrength: Number.isFinite(min) && min > 0 ? min : defaultState.minStrength,
    agency: params.get('agency') || null,
    selected: params.get('sel') || null,
    // One `a=` per agency: names never need a separator of their own.
    parties: [...new Set(params.getAll('a').filter(Boolean))],
    // A malformed date in a pasted link is dropped rather than sent: the answer is then today's.
    asOf: asOfPattern.test(params.get('asof') ?? '') ? params.get('asof') : null,
  };
}

/** Writes only what differs from the defaults, so shared links stay short. */
export function formatState(state: ViewState): string {
  const params = new URLSearchParams();
  params.set('view', state.view);
  if (state.jurisdiction) params.set('j', state.jurisdiction);
  if (state.question) params.set('q', state.question);
  if (state.kinds.length && state.kinds.length < overlapKinds.length) params.set('kind', state.kinds.join(','));
  if (state.minStrength !== defaultState.minStrength) params.set('min', String(state.minStrength));
  if (state.agency) params.set('agency', state.agency);
  if (state.selected) params.set('sel', state.selected);
  for (const party of state.parties) params.append('a', party);
  if (state.asOf) params.set('asof', state.asOf);
  return `#${params.toString()}`;
}
