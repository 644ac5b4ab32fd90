// 录入协调意见 under a dossier (editors): the matter, one lead and any cooperating agencies
// among the parties, each with its division, the basis, the deciding body, date and reference
// → recordRuling; and, when the matter has a ruling in force, 撤销 → withdrawRuling. The
// server decides who may write; a refusal is explained in words.

import { api, type RulingInput } from '../api.js';
import { describeError } from '../errors.js';
import { editorToken } from '../editorToken.js';
import { strings } from '../strings.js';
import { h, status } from '../ui/dom.js';

export interface RulingFormOptions {
  jurisdiction: string;
  /** The matter's title as the dossier names it (else the question typed). */
  matter: string;
  /** The dispute's agencies (canonical names), with the division the proposal gives each, if any. */
  parties: { name: string; division: string }[];
  /** The agency the proposal would have lead, if any. */
  proposedLead: string | null;
  /** The ruling in force for this matter, if any (withdrawable). */
  current: { reference: string; decidedBy: string } | null;
  /** After a ruling is recorded or withdrawn, with the sentence saying so: the dossier reloads. */
  onChange(message: string): void;
}

type Role = 'lead' | 'cooperate' | 'none';

/** Today in the browser's own calendar (the API refuses dates after today). */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function labelled(label: string, control: HTMLElement): HTMLElement {
  return h('label', { class: 'field' }, h('span', { class: 'field-label' }, label), control);
}

export function rulingForm(options: RulingFormOptions): HTMLElement {
  const s = strings.ruling;
  const outcome = h('div', { class: 'ruling-outcome', 'data-testid': 'ruling-outcome' });
  const matter = h('input', { type: 'text', name: 'ruling-matter', class: 'question', value: options.matter, required: true });
  const rows = options.parties.map((party, i) => {
    const role = h(
      'select',
      { name: `ruling-role-${i}`, 'data-agency': party.name, 'aria-label': `${party.name} ${s.role}` },
      ...(['lead', 'cooperate', 'none'] as const).map((r) =>
        h('option', { value: r, selected: r === (party.name === options.proposedLead ? 'lead' : 'cooperate') }, s[r]),
      ),
    );
    const division = h('textarea', {
      name: `ruling-division-${i}`,
      rows: 2,
      class: 'division-input',
      value: party.division,
      'aria-label': `${party.name} ${s.division}`,
    });
    return { party, role, division };
  });
  const basis = h('textarea', { name: 'ruling-basis', rows: 2, class: 'division-input', required: true });
  const decidedBy = h('input', {
    type: 'text',
    name: 'ruling-decided-by',
    class: 'question',
    value: s.decidedByDefault(options.jurisdiction),
  });
  const decidedOn = h('input', { type: 'date', name: 'ruling-decided-on', class: 'question', value: today(), max: today() });
  const reference = h('input', {
    type: 'text',
    name: 'ruling-reference',
    class: 'question',
    placeholder: s.referencePlaceholder,
    required: true,
  });
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'ruling-submit' }, s.submit);

  async function write(run: () => Promise<string>): Promise<void> {
    if (!editorToken()) {
      outcome.replaceChildren(status('error', strings.editor.needToken));
      return;
    }
    outcome.replaceChildren(status('loading', s.saving));
    try {
      const message = await run();
      outcome.replaceChildren();
      options.onChange(message);
    } catch (error) {
      outcome.replaceChildren(status('error', describeError(error, options.jurisdiction)));
    }
  }

  function input(): RulingInput | null {
    const chosen = (r: Role) =>
      rows.filter((row) => row.role.value === r).map((row) => ({ agency: row.party.name, division: row.division.value.trim() }));
    const [lead, ...moreLeads] = chosen('lead');
    if (!lead || moreLeads.length || !lead.division) return null;
    return {
      jurisdiction: options.jurisdiction,
      matter: matter.value.trim(),
      lead,
      cooperating: chosen('cooperate'),
      basis: basis.value.trim(),
      decidedBy: decidedBy.value.trim(),
      decidedOn: decidedOn.value,
      reference: reference.value.trim(),
    };
  }

  const form = h(
    'form',
    {
      class: 'ruling-form',
      'data-testid': 'ruling-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const ruling = input();
        if (!ruling) {
          outcome.replaceChildren(status('error', s.needLead));
          return;
        }
        void write(() => api.recordRuling(ruling).then((r) => s.recorded(r.reference)));
      },
    },
    labelled(s.matter, matter),
    h(
      'table',
      { class: 'ruling-parties' },
      h('thead', {}, h('tr', {}, h('th', {}, s.party), h('th', {}, s.role), h('th', {}, s.division))),
      h('tbody', {}, ...rows.map((row) => h('tr', {}, h('td', {}, row.party.name), h('td', {}, row.role), h('td', {}, row.division)))),
    ),
    labelled(s.basis, basis),
    labelled(s.decidedBy, decidedBy),
    labelled(s.decidedOn, decidedOn),
    labelled(s.reference, reference),
    h('div', { class: 'form-buttons' }, submit),
  );

  const current = options.current;
  const withdrawal = current ? withdrawForm(current, options, write) : null;
  return h(
    'section',
    { class: 'card ruling-card no-print', 'data-testid': 'ruling-card' },
    h('h3', {}, s.title),
    h('p', { class: 'muted' }, editorToken() ? s.intro : s.editorsOnly),
    current ? h('p', { class: 'current-ruling' }, s.current(current.reference, current.decidedBy)) : null,
    form,
    withdrawal,
    outcome,
  );
}

function withdrawForm(
  current: { reference: string; decidedBy: string },
  options: RulingFormOptions,
  write: (run: () => Promise<string>) => Promise<void>,
): HTMLElement {
  const s = strings.ruling;
  const reason = h('textarea', { name: 'withdraw-basis', rows: 2, class: 'division-input', required: true });
  const reference = h('input', { type: 'text', name: 'withdraw-reference', class: 'question', required: true });
  const decidedBy = h('input', { type: 'text', name: 'withdraw-decided-by', class: 'question', value: current.decidedBy });
  const decidedOn = h('input', { type: 'date', name: 'withdraw-decided-on', class: 'question', value: today(), max: today() });
  return h(
    'form',
    {
      class: 'withdraw-form',
      'data-testid': 'withdraw-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        void write(() =>
          api
            .withdrawRuling({
              jurisdiction: options.jurisdiction,
              matter: options.matter,
              reference: reference.value.trim(),
              decidedBy: decidedBy.value.trim(),
              decidedOn: decidedOn.value,
              basis: reason.value.trim(),
            })
            .then((r) => s.withdrawn(r.reference)),
        );
      },
    },
    h('h4', {}, s.withdrawTitle),
    labelled(s.withdrawReason, reason),
    labelled(s.withdrawReference, reference),
    labelled(s.decidedBy, decidedBy),
    labelled(s.decidedOn, decidedOn),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'danger', 'data-testid': 'ruling-withdraw' }, s.withdraw)),
  );
}
