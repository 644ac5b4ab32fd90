// What an answer says when the agency a list names has a successor: the list's agency, the
// body that holds the duty today, and each step with its decision document and whether it is
// the jurisdiction's own record or the national pattern. Pure: the events come in.
import path from 'node:path';
import type { SuccessionEvent, SuccessionKind } from '../../domain/succession/model.js';
import { type SuccessionChain, type SuccessionHolder, successorsOf } from '../../domain/succession/successors.js';

export type SuccessionNoteOrigin = 'LOCAL' | 'NATIONAL_PATTERN';

export interface SuccessionNoteStep {
  kind: SuccessionKind;
  from: string;
  to: string[];
  /** YYYY-MM-DD: the day it holds in the jurisdiction. */
  effective: string;
  origin: SuccessionNoteOrigin;
  /** The document that decided it. */
  source: { title: string; docNumber: string | null; issuer: string; date: string };
  /** A local record's table file (name) and line; null for the national pattern and editors' records. */
  recordedAt: { file: string; line: number } | null;
}

export interface SuccessionNote {
  /** 清单载明由区食品药品监督管理局负责；按 2019 年机构改革，该职责现由区市场监督管理局承担 */
  text: string;
  /** The bodies that hold the duty at the date asked. */
  current: string[];
  steps: SuccessionNoteStep[];
}

export interface SuccessionNoteQuery {
  /** The agency as the list names it. */
  agency: string;
  jurisdictionKey: string | null;
  local: readonly SuccessionEvent[];
  /** YYYY-MM-DD (or YYYY, YYYY-MM). */
  asOf: string;
  /** What the answer is about (matter title, division): picks the receiver of a named duty. */
  about: string;
  /** The year of the list the answer cites, when known (清单（2016）载明). */
  listYear?: string | null;
  /**
   * What named the agency: a list row (清单载明由…负责, the default), a general-function answer
   * (本地对应部门…: no list says so) or a ruling (协调意见确定由…负责).
   */
  namedBy?: 'list' | 'general' | 'ruling';
}

/** Today as YYYY-MM-DD (UTC): the date answers speak for unless asked otherwise. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The note, or null when the agency holds the duty itself at `asOf`: nothing happened to it,
 * or it only handed on duties this answer is not about.
 */
export function successionNoteOf(q: SuccessionNoteQuery): SuccessionNote | null {
  const chain = successorsOf(q.agency, { asOf: q.asOf, jurisdiction: q.jurisdictionKey, local: q.local });
  if (chain.unchanged) return null;
  const holders = currentHolders(chain, q.about);
  if (holders.length === 0) return null;
  const via = new Set(holders.flatMap((h) => h.via));
  const steps = chain.steps.filter((s) => via.has(s.event.id));
  const decisive = steps.find((s) => s.ends) ?? steps[0];
  if (!decisive) return null;
  const current = [...new Set(holders.map((h) => holderName(h, q.jurisdictionKey)))];
  const local = decisive.origin === 'local' ? `（${decisive.sources[0]?.title ?? '本地记录'}）` : '';
  const year = decisive.effective.slice(0, 4);
  const named =
    q.namedBy === 'general'
      ? `本地对应部门为${q.agency}`
      : q.namedBy === 'ruling'
        ? `协调意见确定由${q.agency}负责`
        : `${q.listYear ? `清单（${q.listYear}）` : '清单'}载明由${q.agency}负责`;
  return {
    text: `${named}；按 ${year} 年机构改革${local}，该职责现由${current.join('、')}承担`,
    current,
    steps: steps.map((s) => ({
      kind: s.event.kind,
      from: s.from.name,
      to: s.to.map((t) => t.to.name),
      effective: s.effective,
      origin: s.origin === 'local' ? 'LOCAL' : 'NATIONAL_PATTERN',
      source: {
        title: s.sources[0]?.title ?? '',
        docNumber: s.sources[0]?.docNumber ?? null,
        issuer: s.sources[0]?.issuer ?? '',
        date: s.sources[0]?.date ?? '',
      },
      recordedAt: s.event.recordedAt ? { file: path.basename(s.event.recordedAt.file), line: s.event.recordedAt.line } : null,
    })),
  };
}

/** The pattern names a kind of body; shown with the county's level when the listed name gave no prefix (工商蒸湘分局 → 区市场监督管理局). */
function holderName(h: SuccessionHolder, jurisdictionKey: string | null): string {
  return h.origin === 'national-pattern' && h.displayName === h.agency.name ? countyLevel(jurisdictionKey) + h.displayName : h.displayName;
}

/**
 * What became of an agency as of `asOf`, for open data: every other body holding some of its
 * duties, as "区市场监督管理局（全国改革通行做法，2019-03-31）" or "…（本地记录，…）"; empty when
 * nothing happened to it.
 */
export function successorLabels(agency: string, jurisdictionKey: string, local: readonly SuccessionEvent[], asOf: string): string[] {
  const chain = successorsOf(agency, { asOf, jurisdiction: jurisdictionKey, local });
  if (chain.unchanged) return [];
  const effective = new Map(chain.steps.map((s) => [s.event.id, s.effective]));
  return [
    ...new Set(
      chain.holders
        .filter((h) => h.origin !== null)
        .map((h) => {
          const since =
            h.via
              .map((id) => effective.get(id))
              .filter((d): d is string => !!d)
              .pop() ?? '';
          const origin = h.origin === 'local' ? '本地记录' : '全国改革通行做法';
          return `${holderName(h, jurisdictionKey)}（${origin}${since ? `，${since}` : ''}）`;
        }),
    ),
  ];
}

/** 区 or 县 of a county-level jurisdiction key (湖南省/衡阳市/蒸湘区 → 区); else nothing. */
function countyLevel(jurisdictionKey: string | null): string {
  const county = jurisdictionKey?.split('/')[2] ?? '';
  return /[区县]$/.test(county) ? county.slice(-1) : '';
}

/**
 * Who holds the duty the answer is about. A body that ceased: every successor holding all its
 * duties, or the one whose named duties the answer is about. A body that continues: the
 * receivers of a named duty the answer is about, else nobody (it still holds the rest).
 */
function currentHolders(chain: SuccessionChain, about: string): SuccessionHolder[] {
  const others = chain.holders.filter((h) => h.origin !== null);
  const itselfHolds = chain.holders.some((h) => h.origin === null);
  const named = others.filter((h) => h.duties !== 'all' && h.duties.some((d) => mentions(about, d)));
  if (named.length) return named;
  if (itselfHolds) return [];
  const whole = others.filter((h) => h.duties === 'all');
  return whole.length ? whole : others;
}

/** The answer's text speaks of a duty (优抚安置 in 退役军人优抚安置工作; 新农合 ~ 新型农村合作医疗 is not guessed). */
function mentions(text: string, duty: string): boolean {
  return duty.length >= 2 && text.includes(duty);
}
