// 争议协调: two or more agencies of the shell's jurisdiction and the matter they dispute → the
// dossier (views/dossier.ts): the proposal first, then each agency's rows side by side, the
// contradictions with the difference marked, other jurisdictions' splits and prior rulings;
// every source opens the 原文 panel. Prints with a header of its own; downloads as a Word draft;
// editors record a ruling under it. Everything that decides what is shown is in the URL.

import { api, type Dossier } from '../api.js';
import type { ViewState } from '../state.js';
import { strings } from '../strings.js';
import { agencyPicker } from '../ui/agencyPicker.js';
import { field, h, status } from '../ui/dom.js';
import { dossierView } from './dossier.js';
import { rulingForm } from './rulingForm.js';
import { latestOnly, type View, type ViewContext } from './view.js';

/** What the dossier is about; null when the state does not ask for one yet. */
interface DisputeQuery {
  jurisdiction: string;
  question: string;
  agencies: string[];
}

function queryOf(state: ViewState): DisputeQuery | null {
  if (!state.jurisdiction || !state.question || state.parties.length < 2) return null;
  return { jurisdiction: state.jurisdiction, question: state.question, agencies: state.parties };
}

/** The Word draft of the same dossier (C's export route): a plain download, nothing built in the page. */
export function wordExportHref(query: DisputeQuery): string {
  const params = new URLSearchParams({ jurisdiction: query.jurisdiction, question: query.question });
  for (const agency of query.agencies) params.append('agencies', agency);
  return `/export/dispute.docx?${params}`;
}

function readableUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

export function disputeView(context: ViewContext): View {
  const s = strings.dispute;
  const picker = agencyPicker((parties) => context.navigate({ parties }));
  const matter = h('input', {
    type: 'search',
    name: 'matter',
    class: 'question',
    placeholder: s.matterPlaceholder,
    'aria-label': s.matter,
    autocomplete: 'off',
  });
  const form = h(
    'form',
    {
      class: 'dispute-form card no-print',
      onsubmit: (event: Event) => {
        event.preventDefault();
        context.navigate({ question: matter.value.trim(), parties: picker.picked() }, true);
      },
    },
    h('p', { class: 'intro' }, s.intro),
    h('div', { class: 'field' }, h('span', { class: 'field-label' }, s.agencies), picker.element),
    h(
      'div',
      { class: 'field' },
      h('span', { class: 'field-label' }, s.matter),
      h('div', { class: 'ask-form' }, matter, h('button', { type: 'submit', class: 'primary' }, s.submit)),
    ),
  );
  const word = h('a', { class: 'tool', 'data-testid': 'dossier-word', download: '' }, s.word);
  const toolbar = h(
    'div',
    { class: 'dossier-toolbar no-print', hidden: true },
    h('button', { type: 'button', class: 'tool', 'data-testid': 'dossier-print', onclick: () => window.print() }, s.print),
    word,
  );
  const head = h('header', { class: 'dossier-head', hidden: true, 'data-testid': 'dossier-head' });
  const body = h('div', { class: 'dossier', 'data-testid': 'dossier' });
  const notice = h('div', { class: 'notice no-print', 'data-testid': 'dispute-notice' });
  const element = h('div', { class: 'view view-dispute' }, h('div', { class: 'wide' }, form, toolbar, head, notice, body));

  // Printed, the contradictions' folded statements are part of the record: unfold them first.
  const unfold = () => {
    for (const details of body.querySelectorAll('details')) details.open = true;
  };
  window.addEventListener('beforeprint', unfold);

  const agencyRequests = latestOnly();
  const dossierRequests = latestOnly();
  let agenciesOf: string | null = null;
  let shown = '';

  function loadAgencies(jurisdiction: string | null): void {
    if (jurisdiction === agenciesOf) return;
    agenciesOf = jurisdiction;
    picker.setAgencies(null, jurisdiction);
    if (!jurisdiction) return;
    const hint = h('div');
    void agencyRequests.run(
      hint,
      (signal) => api.jurisdictionAgencies(jurisdiction, signal),
      (agencies) => picker.setAgencies(agencies, jurisdiction),
      jurisdiction,
    );
  }

  /** The heading a printed dossier carries: where, what, who, when, and the link that reopens it. */
  function renderHead(query: DisputeQuery): void {
    head.replaceChildren(
      h('h2', {}, `${query.jurisdiction} · ${query.question}`),
      field(s.parties, query.agencies.join('、')),
      h(
        'div',
        { class: 'print-only' },
        field(s.printedOn, new Date().toLocaleDateString('zh-CN')),
        // Printed, the link is read and typed: its Chinese left readable (a browser accepts it either way).
        field(s.link, h('a', { href: location.href }, readableUrl(location.href))),
      ),
    );
  }

  /** The ruling form under the dossier, filled from it: the first matter, each party's division there, the proposal's lead. */
  function rulingFormFor(dossier: Dossier, query: DisputeQuery): HTMLElement {
    const matter = dossier.matters[0] ?? null;
    const title = matter?.title ?? query.question;
    const current = dossier.rulings.find((r) => r.current && r.kind === 'decision' && r.matterTitle === title) ?? null;
    return rulingForm({
      jurisdiction: query.jurisdiction,
      matter: title,
      parties: dossier.sections.map((section) => ({
        name: section.agency.name,
        division: section.rows.find((row) => row.matter.key === matter?.key)?.division ?? '',
      })),
      proposedLead: dossier.proposal.lead?.name ?? null,
      current,
      onChange: (message) => {
        // The same dossier again: prior rulings and the proposal now include the change.
        notice.replaceChildren(h('div', { class: 'status status-done', role: 'status', 'data-status': 'done' }, message));
        shown = '';
        if (latest) update(latest);
      },
    });
  }

  let latest: ViewState | null = null;

  function update(state: ViewState): void {
    latest = state;
    loadAgencies(state.jurisdiction);
    picker.setPicked(state.parties);
    if (document.activeElement !== matter) matter.value = state.question;
    const query = queryOf(state);
    const key = JSON.stringify(query);
    if (key === shown) return;
    // Another dossier: a note about the last one's ruling no longer applies (a reload after a ruling clears `shown` first).
    if (shown) notice.replaceChildren();
    shown = key;
    toolbar.hidden = head.hidden = query === null;
    if (!query) {
      dossierRequests.cancel();
      body.replaceChildren(status('hint', state.jurisdiction ? s.needTwo : strings.state.needJurisdiction));
      return;
    }
    word.href = wordExportHref(query);
    renderHead(query);
    void dossierRequests.run(
      body,
      (signal) => api.dispute(query.jurisdiction, query.question, query.agencies, signal),
      (dossier) => body.replaceChildren(dossierView(dossier), rulingFormFor(dossier, query)),
      query.jurisdiction,
    );
  }

  return {
    element,
    update,
    destroy() {
      window.removeEventListener('beforeprint', unfold);
      agencyRequests.cancel();
      dossierRequests.cancel();
    },
  };
}
