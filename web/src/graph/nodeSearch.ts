// Finding an agency node by any name a person might type: the full name, an alias from the
// lists (区安监局), a short form the lists' grouping rules equate (安监局), or failing those
// a part of a name (人防). Pure, so it is unit-tested.

import { agenciesNamed, shortAgencyName, type NamedAgency } from '../../../domain/agency-names.js';

export type NodeSearchResult = { found: NamedAgency } | { ambiguous: NamedAgency[] } | { notFound: true };

export function findAgency(query: string, agencies: readonly NamedAgency[], jurisdiction: string | null): NodeSearchResult {
  const typed = query.trim();
  if (!typed) return { notFound: true };
  const named = agenciesNamed(typed, agencies);
  const candidates = named.length
    ? named
    : agencies.filter((a) => [a.name, shortAgencyName(a.name, jurisdiction), ...a.aliases].some((n) => n.includes(typed)));
  if (candidates.length === 1) return { found: candidates[0]! };
  if (candidates.length === 0) return { notFound: true };
  return { ambiguous: candidates };
}
