// The view's state lives in the URL hash (`#view=overlaps&j=蒸湘区&kind=DECLARED&min=2&sel=…`,
// `#view=dispute&j=蒸湘区&q=出生人口性别比&a=…&a=…`)
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
};

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
  return `#${params.toString()}`;
}
