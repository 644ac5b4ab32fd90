// 跨地区对比: one matter across jurisdictions, each jurisdiction's division side by side.

import { api, type MatterDivision } from '../api.js';
import type { ViewState } from '../state.js';
import { strings } from '../strings.js';
import { empty, h, questionForm, status } from '../ui/dom.js';
import { sourceButton } from '../ui/sourcePanel.js';
import { latestOnly, type View, type ViewContext } from './view.js';

export function compareView(context: ViewContext): View {
  const s = strings.compare;
  const { form, input } = questionForm(s.placeholder, s.submit, (question) => context.navigate({ question, selected: null }, true));
  const results = h('div', { class: 'compare-grid', 'data-testid': 'compare' });
  const element = h('div', { class: 'view view-compare' }, h('div', { class: 'wide' }, h('p', { class: 'intro' }, s.intro), form, results));
  const requests = latestOnly();
  let question: string | null = null;

  function column(division: MatterDivision): HTMLElement {
    return h(
      'article',
      { class: 'card compare-column', 'data-jurisdiction': division.jurisdiction },
      h('header', {}, h('span', { class: 'jurisdiction-name' }, division.jurisdiction), h('h3', {}, division.matter.title)),
      h(
        'ul',
        { class: 'assignments' },
        ...division.assignments.map((a) =>
          h(
            'li',
            {},
            h('div', { class: 'agency-name' }, a.agency?.name ?? a.agencyRaw ?? '—'),
            h('div', { class: 'division' }, a.division),
            h('div', { class: 'source' }, sourceButton(a.source)),
          ),
        ),
      ),
    );
  }

  return {
    element,
    update(state: ViewState) {
      if (document.activeElement !== input) input.value = state.question;
      if (state.question === question) return;
      question = state.question;
      if (!question) {
        results.replaceChildren(status('hint', s.intro));
        return;
      }
      const title = question;
      void requests.run(
        results,
        (signal) => api.compareMatter(title, signal),
        (divisions) => results.replaceChildren(...(divisions.length ? divisions.map(column) : [empty()])),
      );
    },
    destroy() {
      requests.cancel();
    },
  };
}
