// The sentence that says which filters are on (the empty-filter explanation and the PNG
// caption share it, so a picture says how it was filtered in the same words). Pure.

import { strings } from '../strings.js';

export interface FilterState {
  kinds: readonly string[];
  minStrength: number;
  agency: string | null;
}

/** 类型为清单已写明的共管、清单之间的矛盾；强度不低于 5；只看区教育局 */
export function describeFilters(filter: FilterState, allKinds: readonly string[], agencyLabel = (name: string) => name): string {
  const r = strings.graphReading;
  const parts: string[] = [];
  if (filter.kinds.length < allKinds.length) parts.push(r.filterKinds(filter.kinds.map((k) => strings.kinds[k] ?? k)));
  if (filter.minStrength > 1) parts.push(r.filterMin(filter.minStrength));
  if (filter.agency) parts.push(r.filterAgency(agencyLabel(filter.agency)));
  return parts.length ? parts.join('；') : r.noFilter;
}
