// Which events hold in a jurisdiction: its own records, and the national pattern where they
// do not say otherwise. The national pattern is the general case; a county's own record of what
// happened to one of its bodies is better evidence for that body than the pattern.
import { ENDING_KINDS, type SuccessionAgency, type SuccessionEvent, type SuccessionOrigin, originOf } from './model';
import { type NameReading, nameReading, sameAgency } from './names';

/** An event as it holds in one jurisdiction: for the `from` bodies no local record took over. */
export interface ApplicableEvent {
  event: SuccessionEvent;
  origin: SuccessionOrigin;
  /** The event's `from` bodies it still speaks for here (all of them, unless a local record replaced some). */
  from: readonly SuccessionAgency[];
  /**
   * The day it holds here: the event's own, except for a pattern hand-over from a body that a
   * local record ended earlier: the hand-over was part of that reorganisation, so it holds from
   * the local day.
   */
  effective: string;
}

/** The local records of one jurisdiction (none when it is null). */
export function localEventsOf(local: readonly SuccessionEvent[], jurisdictionKey: string | null): SuccessionEvent[] {
  if (jurisdictionKey === null) return [];
  return local.filter((e) => e.scope.kind === 'local' && e.scope.jurisdictionKey === jurisdictionKey);
}

const ends = (e: SuccessionEvent): boolean => ENDING_KINDS.has(e.kind);

/**
 * Whether local record `l` replaces national event `n` for the body `body` that both name:
 * a record that a body ceased replaces the pattern's account of how it ceased; a record that
 * a body handed duties to an agency replaces the pattern's hand-over from it to that agency.
 */
function replacesFor(l: SuccessionEvent, n: SuccessionEvent, body: SuccessionAgency, reading: NameReading): boolean {
  if (!l.from.some((f) => sameAgency(f, body, reading))) return false;
  if (ends(n)) return ends(l);
  if (n.kind === 'duties_transferred' && l.kind === 'duties_transferred') {
    return n.to.some((nt) => l.to.some((lt) => sameAgency(nt.to, lt.to, reading)));
  }
  return false;
}

/** A national `established` is replaced by a local one of the same body. */
function replacesEstablishment(l: SuccessionEvent, n: SuccessionEvent, reading: NameReading): boolean {
  return l.kind === 'established' && n.to.some((nt) => l.to.some((lt) => sameAgency(nt.to, lt.to, reading)));
}

/**
 * The events that hold in `jurisdictionKey` (null: the national pattern alone), oldest first.
 * A national event is dropped where a local record lists its id in `overrides`; otherwise it
 * holds for each of its bodies no local record replaces (see `replacesFor`).
 */
export function eventsInForce(
  national: readonly SuccessionEvent[],
  local: readonly SuccessionEvent[],
  jurisdictionKey: string | null,
): ApplicableEvent[] {
  const reading = nameReading(jurisdictionKey);
  const locals = localEventsOf(local, jurisdictionKey);
  const overridden = new Set(locals.flatMap((l) => l.overrides ?? []));
  const out: ApplicableEvent[] = locals.map((event) => ({ event, origin: 'local' as const, from: event.from, effective: event.effective }));
  for (const n of national) {
    if (n.scope.kind !== 'national-pattern' || overridden.has(n.id)) continue;
    if (n.kind === 'established') {
      if (!locals.some((l) => replacesEstablishment(l, n, reading)))
        out.push({ event: n, origin: originOf(n), from: [], effective: n.effective });
      continue;
    }
    const from = n.from.filter((body) => !locals.some((l) => replacesFor(l, n, body, reading)));
    if (from.length > 0) out.push({ event: n, origin: originOf(n), from, effective: effectiveHere(n, from, locals, reading) });
  }
  return out.sort((a, b) => a.effective.localeCompare(b.effective));
}

/** A pattern hand-over holds from the day a local record ended its body, if that is earlier. */
function effectiveHere(
  n: SuccessionEvent,
  from: readonly SuccessionAgency[],
  locals: readonly SuccessionEvent[],
  reading: NameReading,
): string {
  if (n.kind !== 'duties_transferred') return n.effective;
  const localEnds = locals
    .filter((l) => ends(l) && l.from.some((f) => from.some((body) => sameAgency(f, body, reading))))
    .map((l) => l.effective);
  return [n.effective, ...localEnds].sort()[0]!;
}
