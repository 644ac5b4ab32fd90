// A searchable box for picking agencies as chips: type a name, a short form or an alias
// (公安分局, 计生局, 卫计局), pick a suggestion with the mouse or the arrow keys and Enter.
// Suggestions come from agencySuggestions.ts over the jurisdiction's agencies.

import type { NamedAgency } from '../../../domain/agency-names.js';
import { shortAgencyName } from '../../../domain/agency-names.js';
import { suggestAgencies, type AgencySuggestion } from '../agencySuggestions.js';
import { strings } from '../strings.js';
import { h } from './dom.js';

export interface AgencyPicker {
  element: HTMLElement;
  /** The agencies to suggest from (null while they load). */
  setAgencies(agencies: readonly NamedAgency[] | null, jurisdiction: string | null): void;
  /** The picked names, e.g. from the URL. */
  setPicked(names: readonly string[]): void;
  picked(): string[];
}

let pickerCount = 0;

export function agencyPicker(onChange: (names: string[]) => void): AgencyPicker {
  const s = strings.dispute;
  const id = `agency-suggestions-${++pickerCount}`;
  let agencies: readonly NamedAgency[] = [];
  let jurisdiction: string | null = null;
  let picked: string[] = [];
  let shown: AgencySuggestion[] = [];
  let active = -1;

  const chips = h('span', { class: 'chips', 'data-testid': 'agency-chips' });
  const input = h('input', {
    type: 'text',
    class: 'chip-input',
    name: 'agency-search',
    placeholder: s.agencyPlaceholder,
    'aria-label': s.agencies,
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': id,
    autocomplete: 'off',
  });
  const list = h('ul', { class: 'suggestions', id, role: 'listbox', hidden: true, 'data-testid': 'agency-suggestions' });
  const box = h('div', { class: 'chip-box', onclick: () => input.focus() }, chips, input);
  const element = h('div', { class: 'agency-picker' }, box, list);

  const label = (name: string) => shortAgencyName(name, jurisdiction);

  function renderChips(): void {
    chips.replaceChildren(
      ...picked.map((name) =>
        h(
          'span',
          { class: 'chip', title: name, 'data-agency': name },
          label(name),
          h(
            'button',
            {
              type: 'button',
              class: 'chip-remove',
              'aria-label': s.remove(name),
              onclick: (event: Event) => {
                event.stopPropagation();
                remove(name);
              },
            },
            '×',
          ),
        ),
      ),
    );
  }

  function close(): void {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function renderSuggestions(): void {
    shown = suggestAgencies(input.value, agencies).filter((x) => !picked.includes(x.agency.name));
    if (!input.value.trim() && document.activeElement !== input) {
      close();
      return;
    }
    list.replaceChildren(
      ...(shown.length
        ? shown.map((suggestion, i) =>
            h(
              'li',
              {
                id: `${id}-${i}`,
                role: 'option',
                class: i === active ? 'suggestion active' : 'suggestion',
                'aria-selected': i === active ? 'true' : 'false',
                'data-agency': suggestion.agency.name,
                // mousedown, not click: a click would blur the input and close the list first.
                onmousedown: (event: Event) => {
                  event.preventDefault();
                  pick(suggestion.agency.name);
                },
              },
              h('span', { class: 'suggestion-name' }, suggestion.agency.name),
              suggestion.via ? h('span', { class: 'suggestion-via' }, s.alias(suggestion.via)) : null,
            ),
          )
        : [h('li', { class: 'suggestion none' }, s.noSuggestion)]),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${id}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  }

  function change(next: string[]): void {
    picked = next;
    renderChips();
    onChange([...picked]);
  }

  function pick(name: string): void {
    input.value = '';
    active = -1;
    if (!picked.includes(name)) change([...picked, name]);
    renderSuggestions();
  }

  function remove(name: string): void {
    change(picked.filter((p) => p !== name));
  }

  input.addEventListener('input', () => {
    active = -1;
    renderSuggestions();
  });
  input.addEventListener('focus', () => renderSuggestions());
  input.addEventListener('blur', () => close());
  input.addEventListener('keydown', (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!shown.length) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + shown.length) % shown.length;
      renderSuggestions();
    } else if (event.key === 'Enter') {
      // Enter picks the highlighted (else the best) suggestion; with nothing typed it submits the form.
      if (!input.value.trim()) return;
      event.preventDefault();
      const chosen = shown[active] ?? shown[0];
      if (chosen) pick(chosen.agency.name);
    } else if (event.key === 'Escape') {
      close();
    } else if (event.key === 'Backspace' && !input.value && picked.length) {
      remove(picked.at(-1)!);
    }
  });

  return {
    element,
    setAgencies(next, place) {
      agencies = next ?? [];
      jurisdiction = place;
      input.placeholder = next ? s.agencyPlaceholder : s.loadingAgencies;
      renderChips();
      if (!list.hidden) renderSuggestions();
    },
    setPicked(names) {
      if (names.length === picked.length && names.every((n, i) => n === picked[i])) return;
      picked = [...names];
      renderChips();
    },
    picked: () => [...picked],
  };
}
