// The parts of a reply both the public and the staff view show the same way: the emergency
// (first, red, with the number to call), the reply's one sentence with its coverage, what such a
// department usually does, and the confidence/coverage badges of one answer.

import type { RoutingSummary, RulingCitation } from '../api.js';
import { withAreaCode } from '../../../domain/area-codes.js';
import { type Assessment, coverageLabel, telHref, withoutAdvice } from '../assessment.js';
import { strings } from '../strings.js';
import { h } from './dom.js';

type Emergency = NonNullable<RoutingSummary['emergency']>;
type GeneralFunction = NonNullable<RoutingSummary['generalFunction']>;

/** Before anything else: what is happening, the number as a big tap-to-call button, what to do now. */
export function emergencyBox(emergency: Emergency): HTMLElement {
  const s = strings.public;
  return h(
    'section',
    { class: 'emergency', role: 'alert', 'data-testid': 'emergency' },
    h('h3', {}, s.emergency(emergency.what)),
    h(
      'a',
      { class: 'emergency-call', href: telHref(emergency.number), 'data-testid': 'emergency-number' },
      `☎ ${s.callNow(emergency.number)}`,
    ),
    h('p', {}, emergency.advice),
  );
}

/** The reply's sentence (the emergency advice taken out: it is shown above), with its coverage. */
export function replyMessage(reply: RoutingSummary, hotline: boolean): HTMLElement {
  const s = strings.public;
  const message = withoutAdvice(reply.message, reply.emergency);
  const label = coverageLabel(reply.coverage);
  return h(
    'section',
    { class: `reply-message coverage-${reply.coverage}`, 'data-testid': 'reply-message', 'data-coverage': reply.coverage },
    // "不在已加载清单内：……" already says it: no tag repeating its first words.
    message.startsWith(label) ? null : h('span', { class: 'coverage-tag' }, label),
    h('p', {}, message),
    hotline && reply.coverage !== 'LIST' ? h('a', { class: 'hotline', href: telHref(s.hotline.number) }, `☎ ${s.hotline.label}`) : null,
  );
}

/** 本地清单未载明: the kind of department, what it usually does, and the laws that say so. */
export function generalFunctionCard(general: GeneralFunction): HTMLElement {
  const s = strings.public;
  return h(
    'section',
    { class: 'card general-function', 'data-testid': 'general-function' },
    h('h3', {}, s.generalTitle(general.kind)),
    h('ul', { class: 'functions' }, ...general.functions.map((f) => h('li', {}, f))),
    general.sources.length
      ? h(
          'div',
          { class: 'laws' },
          h('span', { class: 'field-label' }, s.generalLaws),
          h('ul', {}, ...general.sources.map((law) => h('li', {}, law))),
        )
      : null,
  );
}

/** 很可能 · 清单载明: how sure, and where from, in words. */
export function assessmentTags(assessment: Assessment): HTMLElement {
  return h(
    'span',
    { class: 'assessment', 'data-testid': 'assessment', 'data-strength': assessment.strength },
    h('span', { class: `tag tag-${assessment.strength}` }, assessment.strengthLabel),
    h('span', { class: 'tag tag-coverage' }, assessment.coverageLabel),
  );
}

/** 依据 蒸湘区机构编制委员会办公室 蒸编办函〔2026〕12号 协调意见（2026-11-30）: the answer rests on a ruling, not on a list row. */
export function rulingNote(ruling: RulingCitation): HTMLElement {
  const s = strings.public;
  return h(
    'p',
    { class: 'ruling-note', 'data-testid': 'ruling-note' },
    s.ruling(ruling.decidedBy, ruling.reference),
    h('span', { class: 'muted' }, s.rulingDate(ruling.decidedOn)),
  );
}

/** ☎ 0734-8221234: a local number with its area code, so it dials from anywhere (and from a mobile). */
export function phoneLink(phone: string, areaCode: string | null): HTMLElement {
  const dialled = withAreaCode(phone, areaCode);
  return h('a', { class: 'phone', href: telHref(dialled), 'data-testid': 'phone-link' }, `☎ ${dialled}`);
}

/** Whose county an answer is: 蒸湘区, so a card never says "县住建局" without saying which county. */
export function countyTag(county: string): HTMLElement {
  return h('span', { class: 'county-tag', 'data-testid': 'public-county' }, county);
}
