// The succession note (issue 13) under an answer's agency: the body that holds the duty today,
// prominent, the server's sentence, and each step with its source and a 本地记录 / 全国改革通行做法
// marker. The staff view and the public view show the same box; the public card also puts the
// present body first in its heading (views/public.ts).

import type { SuccessionNote } from '../api.js';
import { strings } from '../strings.js';
import { currentBodies, originLabel, stepRecordLabel, stepSourceLabel, stepText } from '../succession.js';
import { h } from './dom.js';

/**
 * The marker is an `origin-tag`, not a `.tag`: a card's `.tag`s are how sure the answer is and
 * where it comes from (ui/reply.ts assessmentTags), and the marker says neither.
 */
export function successionBox(note: SuccessionNote, options: { sentence?: boolean } = {}): HTMLElement {
  const s = strings.succession;
  return h(
    'section',
    { class: 'succession', 'data-testid': 'succession-note' },
    h(
      'p',
      { class: 'succession-now' },
      h('span', { class: 'field-label' }, s.now),
      h('strong', { class: 'succession-current', 'data-testid': 'succession-current' }, currentBodies(note)),
    ),
    // The public card's reason already says it (whereToComplain's reason carries the sentence).
    options.sentence === false ? null : h('p', { class: 'succession-text', 'data-testid': 'succession-text' }, note.text),
    h(
      'ol',
      { class: 'succession-steps', 'aria-label': s.heading },
      ...note.steps.map((step) => {
        const record = stepRecordLabel(step);
        return h(
          'li',
          { class: 'succession-step', 'data-testid': 'succession-step', 'data-origin': step.origin },
          h(
            'span',
            { class: `origin-tag origin-${step.origin}`, 'data-testid': 'succession-origin', title: s.originHints[step.origin] ?? '' },
            originLabel(step.origin),
          ),
          ' ',
          h('span', { class: 'succession-step-text' }, stepText(step)),
          h(
            'span',
            { class: 'succession-source', 'data-testid': 'succession-source' },
            `${s.basis}：${stepSourceLabel(step)}`,
            record ? `；${s.recordedAt} ${record}` : '',
          ),
        );
      }),
    ),
  );
}
