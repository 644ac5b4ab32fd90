// What became of an agency a list names (successorsOf), and what a body named today was
// before (predecessorsOf), as of a date, in a jurisdiction: every step with its event, its
// decision documents and whether it is the jurisdiction's own record or the national pattern.
import { type ApplicableEvent, eventsInForce } from './in-force';
import {
  type DutyTransfer,
  ENDING_KINDS,
  type MovedDuties,
  type SuccessionAgency,
  type SuccessionEvent,
  type SuccessionOrigin,
  type SuccessionSource,
} from './model';
import { NATIONAL_PATTERN_2018 } from './national-2018';
import { agencyKeys, type NameReading, nameReading, placePrefixOf, sameAgency } from './names';

export interface SuccessionQuery {
  /** The date the answer is for: YYYY, YYYY-MM or YYYY-MM-DD (a year or month means its end). */
  asOf: string | number;
  /** The jurisdiction key (`湖南省/衡阳市/蒸湘区`) whose own records apply; null or absent: the national pattern alone. */
  jurisdiction?: string | null;
  /** Local records (of any jurisdictions; those of `jurisdiction` are used). */
  local?: readonly SuccessionEvent[];
  /** The national pattern; the 2018 reform's county-level pattern unless given. */
  national?: readonly SuccessionEvent[];
}

/** One event on the way from the asked body to today's. */
export interface SuccessionStep {
  event: SuccessionEvent;
  origin: SuccessionOrigin;
  /** The day it holds in this jurisdiction (see ApplicableEvent.effective). */
  effective: string;
  /** The body the event happened to, as the event names it. */
  from: SuccessionAgency;
  /** Where its duties went. */
  to: readonly DutyTransfer[];
  /** Whether the body ceased with this event (or only handed duties on). */
  ends: boolean;
  sources: readonly SuccessionSource[];
  /** 1 for events that happened to the asked body, 2 for its successors', … */
  depth: number;
}

/** A body that holds (some of) the asked body's duties at `asOf`. */
export interface SuccessionHolder {
  /** The name as the deciding event writes it (or the asked name, when nothing happened to it). */
  name: string;
  /** The name with the asked name's place prefix: 区市场监督管理局 for 区食品药品监督管理局. */
  displayName: string;
  agency: SuccessionAgency;
  /** Which of the asked body's duties it holds. */
  duties: MovedDuties;
  /** The ids of the events that led here, oldest first; empty for the asked body itself. */
  via: readonly string[];
  /** Local if any step on the way is a local record; null for the asked body itself. */
  origin: SuccessionOrigin | null;
}

export interface SuccessionChain {
  asked: string;
  asOf: string;
  jurisdiction: string | null;
  steps: SuccessionStep[];
  holders: SuccessionHolder[];
  /** Nothing happened to the asked body by `asOf`: it is its own only holder. */
  unchanged: boolean;
}

const FAR_FUTURE = '9999-12-31';

/** 2020 → 2020-12-31, 2020-06 → 2020-06-31: the last day a year or month can name, for comparing ISO dates as text. */
export function asOfDate(asOf: string | number): string {
  const text = String(asOf).trim();
  if (/^\d{4}$/.test(text)) return `${text}-12-31`;
  if (/^\d{4}-\d{2}$/.test(text)) return `${text}-31`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  throw new RangeError(`日期格式应为 YYYY、YYYY-MM 或 YYYY-MM-DD：${text}`);
}

function applicable(query: SuccessionQuery, until: string): ApplicableEvent[] {
  const all = eventsInForce(query.national ?? NATIONAL_PATTERN_2018, query.local ?? [], query.jurisdiction ?? null);
  return all.filter((a) => a.effective <= until);
}

interface Followed {
  agency: SuccessionAgency;
  duties: MovedDuties;
  /** Events before the day the body took these duties do not concern them. */
  since: string;
  via: string[];
  /** Whether any step on the way is a local record. */
  local: boolean;
  /** Whether the event that led to this body is a local record (it then names the body in full). */
  namedLocally: boolean;
  depth: number;
}

const ends = (e: SuccessionEvent): boolean => ENDING_KINDS.has(e.kind);

/**
 * Where the duties of the body named `name` were at `asOf`. A body that ceased passes its
 * duties on (all of them, or those each target received); the asked body, when it only
 * handed duties on, stays a holder and the receivers join it. Successors are followed
 * through the events that end them only: their own hand-overs may concern duties the asked
 * body never had. Cycles in bad data stop at the first body met twice (validateSuccession
 * reports them).
 */
export function successorsOf(name: string, query: SuccessionQuery): SuccessionChain {
  const asOf = asOfDate(query.asOf);
  const jurisdiction = query.jurisdiction ?? null;
  const reading = nameReading(jurisdiction);
  const events = applicable(query, asOf);
  const prefix = placePrefixOf(name, reading);
  const asked: SuccessionAgency = { name, profile: null };
  const steps: SuccessionStep[] = [];
  const holders: SuccessionHolder[] = [];
  const seen = new Set<string>();
  const queue: Followed[] = [{ agency: asked, duties: 'all', since: '0000-00-00', via: [], local: false, namedLocally: false, depth: 0 }];
  for (let item = queue.shift(); item; item = queue.shift()) {
    const keys = agencyKeys(item.agency, reading);
    const seenKey = `${[...keys].sort().join('|')}#${JSON.stringify(item.duties)}`;
    if (seen.has(seenKey)) continue;
    seen.add(seenKey);
    const concerning = events.filter((a) => a.effective >= item.since && a.from.some((f) => sameAgency(f, item.agency, reading)));
    const ending = concerning.find((a) => ends(a.event));
    // Only the asked body's own hand-overs are its duties for certain. A body that absorbed
    // it hands on its own duties too (卫生和计划生育局's 新型农村合作医疗 was never
    // 人口和计划生育局's; 发展和改革局's 价格监督检查 was not 物价局's alone), so for
    // successors only the events that end them are followed.
    const handOvers =
      item.depth === 0
        ? concerning.filter((a) => a.event.kind === 'duties_transferred' && (!ending || a.effective <= ending.effective))
        : [];
    const follow = (a: ApplicableEvent, transfers: readonly DutyTransfer[], heldDuties: (t: DutyTransfer) => MovedDuties): void => {
      const from = a.from.find((f) => sameAgency(f, item.agency, reading)) ?? item.agency;
      steps.push({
        event: a.event,
        origin: a.origin,
        effective: a.effective,
        from,
        to: transfers,
        ends: ends(a.event),
        sources: a.event.sources,
        depth: item.depth + 1,
      });
      for (const t of transfers) {
        queue.push({
          agency: t.to,
          duties: heldDuties(t),
          since: a.effective,
          via: [...item.via, a.event.id],
          local: item.local || a.origin === 'local',
          namedLocally: a.origin === 'local',
          depth: item.depth + 1,
        });
      }
    };
    for (const a of handOvers) follow(a, a.event.to, (t) => t.duties);
    if (ending) follow(ending, ending.event.to, (t) => (t.duties === 'all' ? item.duties : t.duties));
    else holders.push(holderOf(item, prefix, asked));
  }
  return { asked: name, asOf, jurisdiction, steps, holders, unchanged: steps.length === 0 };
}

function holderOf(item: Followed, prefix: string, asked: SuccessionAgency): SuccessionHolder {
  const itself = item.agency === asked;
  return {
    name: item.agency.name,
    // A local record names the jurisdiction's own agency in full; the pattern names a kind.
    displayName: itself || item.namedLocally ? item.agency.name : prefix + item.agency.name,
    agency: item.agency,
    duties: item.duties,
    via: item.via,
    origin: itself ? null : item.local ? 'local' : 'national-pattern',
  };
}

/**
 * What became of every body of one department-profiles kind that the national pattern ends
 * (food-drug: 食品药品监督管理局; health: 卫生和计划生育局, 卫生局): for questions that know the
 * kind of a listed agency but not its exact name.
 */
export function successorsOfKind(profileId: string, query: SuccessionQuery): SuccessionChain[] {
  const national = query.national ?? NATIONAL_PATTERN_2018;
  const names = new Set(national.filter((e) => ends(e)).flatMap((e) => e.from.filter((f) => f.profile === profileId).map((f) => f.name)));
  return [...names].map((name) => successorsOf(name, query));
}

/** A body whose duties (some or all) went, on the way, into the asked body. */
export interface PredecessorStep {
  event: SuccessionEvent;
  origin: SuccessionOrigin;
  /** The day it holds in this jurisdiction (see ApplicableEvent.effective). */
  effective: string;
  /** The earlier body. */
  from: SuccessionAgency;
  /** The body it passed duties to (the asked body, or a predecessor of it). */
  into: SuccessionAgency;
  /** What it passed on. */
  duties: MovedDuties;
  /** Whether it ceased with this event. */
  ended: boolean;
  sources: readonly SuccessionSource[];
  /** 1 for the asked body's direct predecessors, 2 for theirs, … */
  depth: number;
}

export interface PredecessorTrail {
  asked: string;
  asOf: string | null;
  jurisdiction: string | null;
  steps: PredecessorStep[];
  /** The events that established the asked body, if any hold. */
  established: ApplicableEvent[];
}

export interface PredecessorQuery extends Omit<SuccessionQuery, 'asOf'> {
  /** Only events up to this date; absent: every event. */
  asOf?: string | number;
}

/**
 * The bodies whose duties went into the body named `name` (市场监管局 typed today reaches
 * 工商行政管理局, 质量技术监督局 and 食品药品监督管理局), then — for those that ceased — theirs,
 * each with the event and its sources. Only events up to the day a body passed its duties on
 * are followed back from it.
 */
export function predecessorsOf(name: string, query: PredecessorQuery = {}): PredecessorTrail {
  const asOf = query.asOf === undefined ? null : asOfDate(query.asOf);
  const jurisdiction = query.jurisdiction ?? null;
  const reading: NameReading = nameReading(jurisdiction);
  const events = applicable({ ...query, asOf: asOf ?? FAR_FUTURE }, asOf ?? FAR_FUTURE);
  const asked: SuccessionAgency = { name, profile: null };
  const steps: PredecessorStep[] = [];
  const seen = new Set<string>();
  const queue: Array<{ agency: SuccessionAgency; until: string; depth: number }> = [{ agency: asked, until: asOf ?? FAR_FUTURE, depth: 0 }];
  for (let item = queue.shift(); item; item = queue.shift()) {
    const key = [...agencyKeys(item.agency, reading)].sort().join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    for (const a of events) {
      if (a.effective > item.until || a.event.kind === 'established') continue;
      const received = a.event.to.find((t) => sameAgency(t.to, item.agency, reading));
      if (!received) continue;
      for (const from of a.from) {
        steps.push({
          event: a.event,
          origin: a.origin,
          effective: a.effective,
          from,
          into: received.to,
          duties: received.duties,
          ended: ends(a.event),
          sources: a.event.sources,
          depth: item.depth + 1,
        });
        // A body that only handed duties on continues: its own predecessors gave it their
        // duties, not the asked body (物价局 went into 发展和改革局, not into 市场监督管理局).
        if (ends(a.event)) queue.push({ agency: from, until: a.effective, depth: item.depth + 1 });
      }
    }
  }
  const established = events.filter((a) => a.event.kind === 'established' && a.event.to.some((t) => sameAgency(t.to, asked, reading)));
  return { asked: name, asOf, jurisdiction, steps, established };
}
