// 谁负责: a question in plain words → the reply's coverage in one sentence, ranked answers with
// evidence and how sure each is, and the graph around the chosen answer's matter (its agencies
// and bases).

import { api, type Answer, type MatterDetail, type StaffReply } from '../api.js';
import { assess } from '../assessment.js';
import { basisLabel } from '../basisLabel.js';
import { answerAsMatter, matterGraph } from '../graph/elements.js';
import { graphPanel } from '../graph/canvas.js';
import { renderGraph } from '../graph/render.js';
import { matterLayout } from '../graph/layouts.js';
import { palette } from '../graph/style.js';
import { asOfPattern, type ViewState } from '../state.js';
import { strings } from '../strings.js';
import { empty, field, h, marked, questionForm, status } from '../ui/dom.js';
import { sourceButton } from '../ui/sourcePanel.js';
import { assessmentTags, emergencyBox, generalFunctionCard, replyMessage, rulingNote } from '../ui/reply.js';
import { successionBox } from '../ui/succession.js';
import { latestOnly, type View, type ViewContext } from './view.js';

/** Relevance relative to the best answer: a bar reads faster than a raw ranking score. */
function scoreMeter(score: number, best: number): HTMLElement {
  const share = best > 0 ? Math.max(0.05, Math.min(1, score / best)) : 0;
  return h(
    'span',
    { class: 'score', title: `${strings.ask.score} ${score.toFixed(2)}` },
    h('span', { class: 'score-bar', style: `width:${Math.round(share * 100)}%` }),
  );
}

/**
 * One answer among the others: the cited fact's key, and the agency when a ruling is cited by
 * several answers (its lead and its cooperating agencies share the ruling's key).
 */
function answerId(answer: Answer): string {
  return answer.kind === 'ruling' ? `${answer.key}|${answer.agency.key}` : answer.key;
}

/**
 * 截至日期: an optional day (2017, 2017-06, 2017-06-30) the answers are given as of, so staff can
 * see what the lists said before the reform. Kept in the URL (`asof=`); 清除 goes back to today.
 */
function asOfForm(onChange: (asOf: string | null) => void): { element: HTMLElement; show(asOf: string | null): void } {
  const t = strings.asOf;
  const input = h('input', {
    type: 'text',
    name: 'asOf',
    id: 'as-of-input',
    class: 'as-of-input',
    inputmode: 'numeric',
    placeholder: t.placeholder,
    'aria-label': t.label,
    title: t.hint,
    autocomplete: 'off',
    'data-testid': 'as-of-input',
  });
  const element = h(
    'form',
    {
      class: 'as-of',
      'data-testid': 'as-of',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const value = input.value.trim();
        input.setCustomValidity(value && !asOfPattern.test(value) ? t.invalid : '');
        if (!input.reportValidity()) return;
        onChange(value || null);
      },
    },
    h('label', { class: 'field-label', for: 'as-of-input' }, t.label),
    input,
    h('button', { type: 'submit', class: 'tool' }, t.apply),
    h(
      'button',
      {
        type: 'button',
        class: 'tool',
        'data-testid': 'as-of-clear',
        onclick: () => {
          input.value = '';
          input.setCustomValidity('');
          onChange(null);
        },
      },
      t.clear,
    ),
  );
  return {
    element,
    show(asOf) {
      if (document.activeElement !== input) input.value = asOf ?? '';
    },
  };
}

export function askView(context: ViewContext): View {
  const s = strings.ask;
  const { form, input } = questionForm(s.placeholder, s.submit, (question) => context.navigate({ question, selected: null }, true));
  const results = h('div', { class: 'results', 'data-testid': 'answers' }, status('hint', s.intro));
  const asOfControl = asOfForm((asOf) => context.navigate({ asOf, selected: null }, true));
  const panel = graphPanel(
    [
      { label: strings.graph.matter, color: palette.matter, shape: 'node' },
      { label: strings.graph.agency, color: palette.agency, shape: 'node' },
      { label: strings.graph.basis, color: palette.basis, shape: 'node' },
      { label: strings.graph.lead, color: palette.holds, shape: 'solid' },
      { label: strings.graph.cooperate, color: palette.holds, shape: 'dashed' },
    ],
    () => `谁负责-${current?.question ?? ''}`,
    s.graphPlaceholder,
  );
  const graphTitle = h('h2', { class: 'graph-title' }, s.graphHeading);
  const graphStatus = h('div', { class: 'graph-status' });
  const element = h(
    'div',
    { class: 'view view-ask' },
    h('div', { class: 'side' }, form, asOfControl.element, results),
    h('div', { class: 'main' }, graphTitle, graphStatus, panel.element),
  );

  const requests = latestOnly();
  const graphRequests = latestOnly();
  let current: ViewState | null = null;
  let answers: Answer[] = [];

  /** The answer named in the URL, else the best one. */
  function chosenAnswer(state: ViewState): Answer | null {
    return answers.find((a) => answerId(a) === state.selected) ?? answers[0] ?? null;
  }

  function showGraph(state: ViewState): void {
    const chosen = chosenAnswer(state);
    for (const card of results.querySelectorAll<HTMLElement>('.answer')) {
      card.classList.toggle('chosen', chosen !== null && card.dataset.key === answerId(chosen));
    }
    if (!chosen) {
      graphRequests.cancel();
      panel.show(null);
      graphTitle.textContent = s.graphHeading;
      return;
    }
    graphTitle.textContent = s.graphTitle(chosen.matter.title);
    const draw = (matter: MatterDetail) => {
      graphStatus.replaceChildren();
      const elements = matterGraph(matter);
      panel.show(renderGraph(panel.canvas, elements, matterLayout(elements)));
    };
    const key = chosen.matter.key;
    if (!key) {
      graphRequests.cancel();
      draw(answerAsMatter(chosen));
      return;
    }
    // The whole matter (every agency holding it), not only the agencies among the answers.
    void graphRequests.run(
      graphStatus,
      (signal) => api.matter(key, signal),
      (matter) => draw(matter ?? answerAsMatter(chosen)),
      state.jurisdiction,
    );
  }

  function answerCard(answer: Answer, rank: number, best: number, reply: StaffReply): HTMLElement {
    const words = answer.highlights;
    const bases = answer.bases.map(basisLabel).filter(Boolean);
    const assessment = assess(answer, reply.coverage);
    // A general-function answer cites no document line: what such a department does, by law.
    const general = answer.kind === 'general';
    return h(
      'article',
      {
        class: `answer card${assessment.weak ? ' weak' : ''}`,
        'data-key': answerId(answer),
        tabindex: 0,
        onclick: () => context.navigate({ selected: answerId(answer) }),
        onkeydown: (event: Event) => {
          if ((event as KeyboardEvent).key === 'Enter') context.navigate({ selected: answerId(answer) });
        },
      },
      h(
        'header',
        {},
        h('span', { class: 'rank' }, String(rank)),
        h('span', { class: 'agency-name', 'data-testid': 'answer-agency' }, answer.agency.name),
        answer.agency.aliases.length
          ? h('span', { class: 'aliases', title: answer.agency.aliases.join('、') }, answer.agency.aliases.join('、'))
          : null,
        scoreMeter(answer.score, best),
      ),
      answer.ruling ? rulingNote(answer.ruling) : null,
      answer.succession ? successionBox(answer.succession) : null,
      field(s.matter, marked(answer.matter.title, words)),
      field(s.division, marked(answer.division, words)),
      bases.length ? field(s.bases, bases.join('；')) : null,
      answer.case ? field(s.case, marked(answer.case, words)) : null,
      h(
        'footer',
        { class: 'source' },
        // A ruling is cited by its reference (the note above), not by a document line.
        h(
          'span',
          { title: answer.source.file },
          `${s.source}：`,
          general ? s.generalSource : answer.ruling ? answer.ruling.reference : sourceButton(answer.source),
        ),
        assessmentTags(assessment),
      ),
    );
  }

  function load(state: ViewState): void {
    if (!state.question) {
      answers = [];
      results.replaceChildren(status('hint', s.intro));
      showGraph(state);
      return;
    }
    // A new question: the old graph would belong to another answer.
    graphRequests.cancel();
    panel.show(null);
    graphTitle.textContent = s.graphHeading;
    void requests.run(
      results,
      (signal) => api.ask(state.question, state.jurisdiction, state.asOf, signal),
      (reply) => {
        const found = reply.answers;
        answers = found;
        results.replaceChildren(
          ...[
            reply.emergency ? emergencyBox(reply.emergency) : null,
            state.asOf ? h('p', { class: 'as-of-active', 'data-testid': 'as-of-active' }, strings.asOf.active(state.asOf)) : null,
            replyMessage(reply, false),
            // The kind of department the lists are silent about, when the district has none of that kind to answer with.
            reply.generalFunction && !found.some((a) => a.kind === 'general') ? generalFunctionCard(reply.generalFunction) : null,
            found.length ? h('p', { class: 'count' }, `${s.resultsTitle(found.length)} · ${s.pickAnswer}`) : empty(),
            ...found.map((a, i) => answerCard(a, i + 1, found[0]!.score, reply)),
          ].filter((e): e is HTMLElement => e !== null),
        );
        showGraph(state);
      },
      state.jurisdiction,
    );
  }

  return {
    element,
    update(state) {
      if (document.activeElement !== input) input.value = state.question;
      asOfControl.show(state.asOf);
      const refetch =
        !current || current.question !== state.question || current.jurisdiction !== state.jurisdiction || current.asOf !== state.asOf;
      const reselect = current?.selected !== state.selected;
      current = state;
      if (refetch) load(state);
      else if (reselect) showGraph(state);
    },
    destroy() {
      requests.cancel();
      graphRequests.cancel();
      panel.show(null);
    },
  };
}
