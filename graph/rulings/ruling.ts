// Rulings (协调意见): a decision recorded by staff on who handles a matter when the lists
// contradict each other or are silent, with the body that decided it, its date and its
// reference number. Pure rules here (which ruling is in force, what input is valid, how a
// ruling reads in an answer); Cypher in queries.ts, transactions in repository.ts.
import { invalidRuling } from '../errors.js';

export interface RulingAgency {
  agencyKey: string;
  name: string;
  division: string;
}

export interface RulingRecord {
  key: string;
  reference: string;
  kind: 'decision' | 'withdrawal';
  jurisdictionKey: string;
  matterKey: string;
  matterTitle: string;
  /** null for a withdrawal. */
  lead: RulingAgency | null;
  /** [] for a withdrawal. */
  cooperating: RulingAgency[];
  basis: string;
  decidedBy: string;
  /** YYYY-MM-DD */
  decidedOn: string;
  /** ISO timestamp of the commit's server clock. */
  recordedAt: string;
  recordedBy: string;
  /** The ruling in force for its matter (a current withdrawal means: no ruling in force). */
  current: boolean;
  /** Key of the ruling it replaced. */
  supersedes: string | null;
}

/** What orders rulings of one matter: the later decision wins; the same day, the later recorded. */
export interface RulingOrder {
  key: string;
  decidedOn: string;
  recordedAt: string;
}

/** -1, 0, 1: a before b in force order (older first). */
export function compareRulings(a: RulingOrder, b: RulingOrder): number {
  return compare(a.decidedOn, b.decidedOn) || compare(a.recordedAt, b.recordedAt) || compare(a.key, b.key);
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The ruling in force among one matter's rulings (a withdrawal included): the latest in force order. */
export function currentOf<T extends RulingOrder>(rulings: readonly T[]): T | null {
  let best: T | null = null;
  for (const r of rulings) if (!best || compareRulings(r, best) > 0) best = r;
  return best;
}

/** One matter's history, newest first, each marked `current`. */
export function historyOf<T extends RulingOrder>(rulings: readonly T[]): Array<T & { current: boolean }> {
  const current = currentOf(rulings);
  return [...rulings].sort((a, b) => compareRulings(b, a)).map((r) => ({ ...r, current: r === current }));
}

/** The decision in force for a matter, or null when there is none (never ruled, or withdrawn). */
export function decisionInForce(history: readonly RulingRecord[]): RulingRecord | null {
  const current = history.find((r) => r.current) ?? null;
  return current?.kind === 'decision' ? current : null;
}

/** How an answer resting on a ruling words its division: 依据 <decidedBy> <reference> 协调意见：<division>. */
export function rulingDivision(r: Pick<RulingRecord, 'decidedBy' | 'reference'>, division: string): string {
  return `依据 ${r.decidedBy} ${r.reference} 协调意见：${division}`;
}

/** The key of a ruling: its reference number is unique within its jurisdiction. */
export function rulingKey(jurisdictionKey: string, reference: string): string {
  return `${jurisdictionKey}|ruling|${reference}`;
}

export const RULING_LIMITS = { reference: 100, decidedBy: 100, text: 2000, cooperating: 20 } as const;

/** Reference numbers as typed: surrounding and inner whitespace dropped (蒸编办函 〔2026〕 12号). */
export function normaliseReference(reference: string): string {
  return reference.replace(/\s+/g, '');
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today's date where the lists are decided (China, UTC+8), as YYYY-MM-DD. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** A real calendar date, not after `today`; else an INVALID_RULING error naming the field. */
export function checkDecidedOn(value: string, today: string = todayInChina()): string {
  const m = DATE.exec(value.trim());
  if (!m) throw invalidRuling('decidedOn', `决定日期应写作 YYYY-MM-DD，收到“${value}”`);
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (date.toISOString().slice(0, 10) !== m[0]) throw invalidRuling('decidedOn', `决定日期不存在：${value}`);
  if (m[0] > today) throw invalidRuling('decidedOn', `决定日期不能晚于今天（${today}）：${value}`);
  return m[0];
}

/** A required text field: trimmed, non-empty, at most `max` characters. */
export function checkText(field: string, label: string, value: string | null | undefined, max: number = RULING_LIMITS.text): string {
  const text = (value ?? '').trim();
  if (text === '') throw invalidRuling(field, `${label}不能为空`);
  if ([...text].length > max) throw invalidRuling(field, `${label}过长（最多 ${max} 字）`);
  return text;
}

export function checkReference(value: string): string {
  return normaliseReference(checkText('reference', '文号', value, RULING_LIMITS.reference));
}

export function checkAgencyNames(lead: string, cooperating: readonly string[]): void {
  if (cooperating.length > RULING_LIMITS.cooperating) {
    throw invalidRuling('cooperating', `配合部门最多 ${RULING_LIMITS.cooperating} 个`);
  }
  const names = [lead, ...cooperating].map((n) => n.trim());
  if (names.some((n) => n === '')) throw invalidRuling('agency', '部门名称不能为空');
}

/** The resolved agencies must be distinct: one agency cannot lead and cooperate, nor cooperate twice. */
export function checkDistinctAgencies(keys: readonly string[]): void {
  if (new Set(keys).size !== keys.length) throw invalidRuling('cooperating', '牵头部门和配合部门不能重复');
}
