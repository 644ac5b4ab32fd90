// 群众办事: describe the problem in plain words → an emergency number first when there is danger,
// then one plain sentence (whether the loaded lists cover it), what such a department usually
// does when they are silent, and the offices to turn to: unit, phone and why, each with how sure
// it is. A weak answer is marked 可能相关 and shows no phone number.

import { api, type ComplaintAnswer, type PublicReply } from '../api.js';
import { assess, telHref, withoutAdvice } from '../assessment.js';
import type { ViewState } from '../state.js';
import { strings } from '../strings.js';
import { field, h } from '../ui/dom.js';
import { assessmentTags, emergencyBox, generalFunctionCard, replyMessage, rulingNote } from '../ui/reply.js';
import { currentBodies } from '../succession.js';
import { successionBox } from '../ui/succession.js';
import { latestOnly, type View, type ViewContext } from './view.js';

export function publicView(context: ViewContext): View {
  const s = strings.public;
  const t = strings.succession;
  const input = h('textarea', { name: 'problem', class: 'problem', rows: 3, placeholder: s.placeholder, 'aria-label': s.placeholder });
  const form = h(
    'form',
    {
      class: 'public-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        context.navigate({ question: input.value.trim() }, true);
      },
    },
    input,
    h('button', { type: 'submit', class: 'primary big' }, s.submit),
  );
  const results = h('div', { class: 'public-results', 'data-testid': 'public-answers' });
  const element = h(
    'div',
    { class: 'view view-public' },
    h('div', { class: 'narrow-page' }, h('h2', {}, s.title), h('p', { class: 'intro' }, s.intro), form, results),
  );
  const requests = latestOnly();
  let asked: string | null = null;

  function card(answer: ComplaintAnswer, reply: PublicReply): HTMLElement {
    const assessment = assess(answer, reply.coverage);
    // The API sends no phones for a weak answer; a reply saying the lists are silent makes its list rows weak too.
    const phones = assessment.weak ? [] : answer.phones;
    // A body the reform ended: the one to go to today heads the card; the listed one, its unit
    // and its phones follow, each saying they come from the list of that year.
    const gone = answer.succession;
    const listDate = answer.source.listDate.label;
    return h(
      'article',
      { class: `card public-card${assessment.weak ? ' weak' : ''}`, 'data-testid': 'public-card', 'data-strength': assessment.strength },
      h(
        'header',
        {},
        h('h3', { 'data-testid': 'public-office' }, gone ? currentBodies(gone) : answer.agency.name),
        assessmentTags(assessment),
      ),
      gone ? field(t.listed(listDate), h('span', { 'data-testid': 'public-listed-office' }, answer.agency.name)) : null,
      gone ? successionBox(gone) : null,
      answer.ruling ? rulingNote(answer.ruling) : null,
      answer.unit ? field(gone ? t.oldUnit : s.unit, answer.unit) : null,
      gone && phones.length ? h('p', { class: 'old-phones muted', 'data-testid': 'public-old-phones' }, t.oldPhones(listDate)) : null,
      h(
        'div',
        { class: 'phones', 'data-testid': 'public-phones' },
        ...(phones.length
          ? phones.map((phone) => h('a', { class: 'phone', href: telHref(phone) }, `☎ ${phone}`))
          : [h('span', { class: 'muted' }, assessment.weak ? s.weakNoPhone : s.noPhone)]),
      ),
      field(assessment.weak ? s.whyMaybe : s.why, withoutAdvice(answer.reason, reply.emergency)),
    );
  }

  function render(reply: PublicReply): void {
    const weakOnly = reply.contacts.every((c) => assess(c, reply.coverage).weak);
    results.replaceChildren(
      ...[
        reply.emergency ? emergencyBox(reply.emergency) : null,
        replyMessage(reply, true),
        reply.generalFunction ? generalFunctionCard(reply.generalFunction) : null,
        reply.contacts.length ? h('h3', { class: 'contacts-title' }, weakOnly ? s.possibleContacts : s.contacts) : null,
        ...reply.contacts.map((c) => card(c, reply)),
      ].filter((e): e is HTMLElement => e !== null),
    );
  }

  return {
    element,
    update(state: ViewState) {
      if (document.activeElement !== input) input.value = state.question;
      const key = `${state.jurisdiction ?? ''}|${state.question}`;
      if (key === asked) return;
      asked = key;
      if (!state.question) {
        results.replaceChildren();
        return;
      }
      void requests.run(results, (signal) => api.askPublic(state.question, state.jurisdiction, signal), render, state.jurisdiction);
    },
    destroy() {
      requests.cancel();
    },
  };
}
