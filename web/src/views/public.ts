// 群众办事: describe the problem in plain words → an emergency number first when there is danger,
// then one plain sentence (whether the loaded lists cover it), what such a department usually
// does when they are silent, and the offices to turn to: unit, phone and why, each with how sure
// it is. A weak answer is marked 可能相关 and shows no phone number.

import { api, type ComplaintAnswer, type PublicReply } from '../api.js';
import { assess, withoutAdvice } from '../assessment.js';
import { type ContactFacts, type ContactGroup, groupByMatter } from '../contactGroups.js';
import type { ViewState } from '../state.js';
import { strings } from '../strings.js';
import { field, h } from '../ui/dom.js';
import { type County, countiesOf, countyBar, countyChooser, rememberCounty, rememberedCounty } from '../ui/countyChooser.js';
import { assessmentTags, countyTag, emergencyBox, generalFunctionCard, phoneLink, replyMessage, rulingNote } from '../ui/reply.js';
import { currentBodies } from '../succession.js';
import { successionBox } from '../ui/succession.js';
import { latestOnly, type View, type ViewContext } from './view.js';

export function publicView(context: ViewContext): View {
  const s = strings.public;
  const t = strings.succession;
  const input = h('textarea', {
    name: 'problem',
    class: 'problem',
    rows: 3,
    placeholder: s.placeholder,
    'aria-label': s.placeholder,
    'aria-describedby': 'public-enter-hint',
    // Enter asks (a phone keyboard's 换行 key included), Shift+Enter starts a new line. Not while an
    // input method is composing: there Enter picks the characters (拼音 → 汉字).
    onkeydown: (event: Event) => {
      const key = event as KeyboardEvent;
      if (key.key !== 'Enter' || key.shiftKey || key.isComposing || key.keyCode === 229) return;
      event.preventDefault();
      form.requestSubmit();
    },
  });
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
    h(
      'div',
      { class: 'public-form-actions' },
      h('span', { class: 'muted enter-hint', id: 'public-enter-hint' }, s.enterHint),
      h('button', { type: 'submit', class: 'primary big' }, s.submit),
    ),
  );
  const results = h('div', { class: 'public-results', 'data-testid': 'public-answers' });
  // The county first: a chooser while none is chosen, else who the answers are for and a way to change it.
  const countyBox = h('div', { class: 'county-box' });
  const element = h(
    'div',
    { class: 'view view-public' },
    h('div', { class: 'narrow-page' }, h('h2', {}, s.title), h('p', { class: 'intro' }, s.intro), countyBox, form, results),
  );
  let counties: County[] | null = null;
  let county: string | null = null;
  let firstUpdate = true;
  const areaCodeOf = (name: string): string | null => counties?.find((c) => c.name === name)?.areaCode ?? null;
  const choose = (name: string | null): void => {
    rememberCounty(name);
    context.navigate({ jurisdiction: name }, true);
  };
  function showCounty(): void {
    form.hidden = county === null;
    countyBox.replaceChildren(
      county === null
        ? countyChooser(counties, choose)
        : countyBar(county, () => {
            choose(null);
            countyBox.querySelector<HTMLButtonElement>('.county-option')?.focus();
          }),
    );
  }
  void api
    .jurisdictions()
    .then((list) => {
      counties = countiesOf(list);
      showCounty();
      // Area codes may now be known for a reply already shown.
      if (shown) render(shown);
    })
    .catch(() => {
      // The shell's picker says why the list could not be read; the chooser keeps its loading line.
    });
  let shown: PublicReply | null = null;
  const requests = latestOnly();
  let asked: string | null = null;

  /**
   * One contact; `facts` is its answer (county, role, division). `shared`: a member of a card
   * for agencies dividing one matter: it says its role and its part, not the county again.
   */
  function card(answer: ComplaintAnswer, reply: PublicReply, facts: ContactFacts | null, shared = false): HTMLElement {
    const assessment = assess(answer, reply.coverage);
    // The API sends no phones for a weak answer; a reply saying the lists are silent makes its list rows weak too.
    const phones = assessment.weak ? [] : answer.phones;
    // A body the reform ended: the one to go to today heads the card; the listed one, its unit
    // and its phones follow, each saying they come from the list of that year.
    const gone = answer.succession;
    const listDate = answer.source.listDate.label;
    const role = shared && facts?.role ? s.roles[facts.role] : undefined;
    return h(
      shared ? 'section' : 'article',
      {
        class: shared ? `public-share${assessment.weak ? ' weak' : ''}` : `card public-card${assessment.weak ? ' weak' : ''}`,
        'data-testid': shared ? 'public-share' : 'public-card',
        'data-strength': assessment.strength,
        'data-role': shared ? (facts?.role ?? '') : undefined,
      },
      h(
        'header',
        {},
        !shared && facts ? countyTag(facts.jurisdiction) : null,
        h(shared ? 'h4' : 'h3', { 'data-testid': 'public-office' }, gone ? currentBodies(gone) : answer.agency.name),
        role ? h('span', { class: `tag tag-role role-${facts?.role}` }, role) : null,
        assessmentTags(assessment),
      ),
      shared && facts?.division ? field(s.share, h('span', { 'data-testid': 'public-division' }, facts.division)) : null,
      // A line of its own: the label names the list's date and would not fit a field's label column.
      gone
        ? h(
            'p',
            { class: 'listed-office' },
            `${answer.ruling ? t.listedByRuling : t.listed(listDate)}：`,
            h('span', { 'data-testid': 'public-listed-office' }, answer.agency.name),
          )
        : null,
      gone ? successionBox(gone, { sentence: false }) : null,
      answer.ruling ? rulingNote(answer.ruling) : null,
      answer.unit ? field(gone ? t.oldUnit : s.unit, answer.unit) : null,
      gone && phones.length ? h('p', { class: 'old-phones muted', 'data-testid': 'public-old-phones' }, t.oldPhones(listDate)) : null,
      h(
        'div',
        { class: 'phones', 'data-testid': 'public-phones' },
        ...(phones.length
          ? phones.map((phone) => phoneLink(phone, facts ? areaCodeOf(facts.jurisdiction) : null))
          : [h('span', { class: 'muted' }, assessment.weak ? s.weakNoPhone : s.noPhone)]),
      ),
      field(assessment.weak ? s.whyMaybe : s.why, withoutAdvice(answer.reason, reply.emergency)),
    );
  }

  /** Agencies dividing one matter: one card, the matter and its county on top, the lead agency first. */
  function groupCard(group: ContactGroup<ComplaintAnswer>, reply: PublicReply): HTMLElement {
    const first = group.members[0]!;
    if (!group.matter || group.members.length < 2) return card(first.contact, reply, first.facts);
    return h(
      'article',
      { class: 'card public-card merged', 'data-testid': 'public-card', 'data-merged': 'true', 'data-matter': group.matter.key },
      h(
        'header',
        {},
        first.facts ? countyTag(first.facts.jurisdiction) : null,
        h('h3', { class: 'shared-matter' }, s.sharedMatter(group.matter.title, group.members.length)),
      ),
      ...group.members.map((m) => card(m.contact, reply, m.facts, true)),
    );
  }

  function render(reply: PublicReply): void {
    shown = reply;
    const weakOnly = reply.contacts.every((c) => assess(c, reply.coverage).weak);
    results.replaceChildren(
      ...[
        reply.emergency ? emergencyBox(reply.emergency) : null,
        replyMessage(reply, true),
        reply.generalFunction ? generalFunctionCard(reply.generalFunction) : null,
        reply.contacts.length ? h('h3', { class: 'contacts-title' }, weakOnly ? s.possibleContacts : s.contacts) : null,
        ...groupByMatter(reply.contacts, reply.answers).map((group) => groupCard(group, reply)),
      ].filter((e): e is HTMLElement => e !== null),
    );
  }

  return {
    element,
    update(state: ViewState) {
      if (document.activeElement !== input) input.value = state.question;
      // Opening the page without a county: the one chosen on an earlier visit, else ask for it.
      if (firstUpdate && !state.jurisdiction && rememberedCounty()) {
        firstUpdate = false;
        context.navigate({ jurisdiction: rememberedCounty() });
        return;
      }
      firstUpdate = false;
      if (state.jurisdiction) rememberCounty(state.jurisdiction);
      county = state.jurisdiction;
      showCounty();
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
