// 群众办事: describe the problem in plain words → the office, unit and phone to call, and why.

import { api, type ComplaintAnswer } from '../api.js';
import type { ViewState } from '../state.js';
import { strings } from '../strings.js';
import { empty, field, h } from '../ui/dom.js';
import { latestOnly, type View, type ViewContext } from './view.js';

export function publicView(context: ViewContext): View {
  const s = strings.public;
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
  const element = h('div', { class: 'view view-public' }, h('div', { class: 'narrow-page' }, h('h2', {}, s.title), h('p', { class: 'intro' }, s.intro), form, results));
  const requests = latestOnly();
  let asked: string | null = null;

  function card(answer: ComplaintAnswer): HTMLElement {
    return h(
      'article',
      { class: 'card public-card' },
      h('h3', { 'data-testid': 'public-office' }, answer.agency?.name ?? '—'),
      answer.unit ? field(s.unit, answer.unit) : null,
      h(
        'div',
        { class: 'phones', 'data-testid': 'public-phones' },
        ...(answer.phones.length
          ? answer.phones.map((phone) => h('a', { class: 'phone', href: `tel:${phone.replace(/[^\d+-]/g, '')}` }, `☎ ${phone}`))
          : [h('span', { class: 'muted' }, s.noPhone)]),
      ),
      field(s.why, answer.reason),
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
      void requests.run(
        results,
        (signal) => api.whereToComplain(state.question, state.jurisdiction, signal),
        (answers) => results.replaceChildren(...(answers.length ? answers.map(card) : [empty()])),
        state.jurisdiction,
      );
    },
    destroy() {
      requests.cancel();
    },
  };
}
