// The newer-list rule (issue 13): a department that published lists in several documents
// (a 2016 list and, after the reform, a 2023 one) keeps both in the graph, with their dates,
// but answers rest on its newest list only; asked as of a date, on the newest list dated on
// or before it. Pure: the repository reads the lists' dates and hands them here.
import { firstDayOf, lastDayOf } from '../../domain/list-date.js';

export interface PublishedList {
  /** The publishing agency (Agency.key: one department of one jurisdiction). */
  agencyKey: string;
  key: string;
  docKey: string;
  /** The list's date (YYYY[-MM[-DD]]), null when unknown. */
  date: string | null;
  /** When its document was (re)loaded (ISO timestamp). */
  loadedAt: string;
}

/** A document's standing among one agency's documents: a known date beats an unknown one, then later dates, then later loads. */
interface Standing {
  docKey: string;
  from: string | null;
  loadedAt: string;
}

function newer(a: Standing, b: Standing): boolean {
  if ((a.from === null) !== (b.from === null)) return a.from !== null;
  if (a.from !== null && b.from !== null && a.from !== b.from) return a.from > b.from;
  if (a.loadedAt !== b.loadedAt) return a.loadedAt > b.loadedAt;
  return a.docKey > b.docKey;
}

/**
 * The lists whose rows answers must not use: per agency, every list outside the document of
 * its newest list. With `asOf` (YYYY[-MM[-DD]]), lists dated after it do not exist yet (a
 * list dated 2016 counts from 2016-01-01; as of 2016 reaches 2016-12-31); a list of unknown
 * date always may, but ranks oldest. An agency with no list by then answers from none.
 */
export function supersededLists(lists: readonly PublishedList[], asOf: string | null = null): PublishedList[] {
  const until = asOf === null ? null : lastDayOf(asOf);
  const byAgency = new Map<string, PublishedList[]>();
  for (const l of lists) byAgency.set(l.agencyKey, [...(byAgency.get(l.agencyKey) ?? []), l]);
  const superseded: PublishedList[] = [];
  for (const own of byAgency.values()) {
    const standings = new Map<string, Standing>();
    for (const l of own) {
      const from = l.date === null ? null : firstDayOf(l.date);
      const known = standings.get(l.docKey);
      // Lists of one document were issued together; the latest date among them stands for it.
      if (!known || (from !== null && (known.from === null || from > known.from))) {
        standings.set(l.docKey, { docKey: l.docKey, from, loadedAt: l.loadedAt });
      }
    }
    if (standings.size === 1 && until === null) continue;
    let best: Standing | null = null;
    for (const s of standings.values()) {
      if (until !== null && s.from !== null && s.from > until) continue;
      if (!best || newer(s, best)) best = s;
    }
    superseded.push(...own.filter((l) => l.docKey !== best?.docKey));
  }
  return superseded;
}
