// Tiny DOM helpers: build elements declaratively and show the loading / empty / error states
// the same way in every view. Text always goes through textContent, never innerHTML.

import { highlightSegments } from '../highlight.js';
import { strings } from '../strings.js';

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | EventListener | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (name === 'class') element.className = String(value);
    // Live state is a property, not an attribute (an attribute only sets the initial value).
    else if (name === 'value' || name === 'checked' || name === 'selected') Object.assign(element, { [name]: value });
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
  return element;
}

/** Text with the matched words wrapped in <mark>. */
export function marked(text: string, words: readonly string[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const segment of highlightSegments(text, words)) {
    fragment.append(segment.marked ? h('mark', {}, segment.text) : segment.text);
  }
  return fragment;
}

export type StatusKind = 'loading' | 'empty' | 'error' | 'hint';

/** A status block; `data-status` lets tests and CSS tell the states apart. */
export function status(kind: StatusKind, message: string, hint?: string): HTMLElement {
  return h(
    'div',
    { class: `status status-${kind}`, 'data-status': kind, role: kind === 'error' ? 'alert' : 'status' },
    kind === 'loading' ? h('span', { class: 'spinner', 'aria-hidden': 'true' }) : null,
    h('span', {}, message),
    hint ? h('div', { class: 'status-hint' }, hint) : null,
  );
}

export const loading = (): HTMLElement => status('loading', strings.state.loading);
export const empty = (): HTMLElement => status('empty', strings.state.empty, strings.state.emptyHint);

/** A source as the API sends it; title and date are the list's (else the document's) when known. */
export interface TitledSource {
  file: string;
  line: number;
  title?: string | null;
  /** 2016年, 2016年3月15日 or 日期不详 (the API's ListDate label). */
  listDate?: { label: string } | null;
}

/** An inferred title says so after it (衡阳市蒸湘区卫生局责任清单（标题为推断）): the note goes outside the 《》. */
const inferredNote = /（标题为推断）$/;

/** 《衡阳市蒸湘区卫生局责任清单》, or 《湖南省洪江区经信局责任清单》（标题为推断） for a derived title. */
export function bookTitle(title: string): string {
  const note = inferredNote.exec(title)?.[0] ?? '';
  return `《${title.replace(inferredNote, '')}》${note}`;
}

/**
 * 《衡阳市蒸湘区卫生局责任清单》（2016年）第 8748 行; without a title "file.txt（2016年）第 12 行"
 * (the file's own name: the full path is noise in a list). The list's date is part of every
 * source (issue 13): a reader must see how old the list is that an answer rests on.
 */
export function sourceLabel(source: TitledSource): string {
  if (source.title) return strings.titledSourceLine(datedBookTitle(source.title, source.listDate), source.line);
  if (!source.listDate) return fileLineLabel(source);
  return strings.titledSourceLine(`${fileName(source.file)}${strings.listDate(source.listDate.label)}`, source.line);
}

/** 《衡阳市蒸湘区卫生局责任清单》（2016年）: a list named with its date (the 原文 panel's header). */
export function datedBookTitle(title: string, listDate?: { label: string } | null): string {
  return `${bookTitle(title)}${listDate ? strings.listDate(listDate.label) : ''}`;
}

const fileName = (file: string): string => file.split(/[\\/]/).pop() ?? file;

/** "file.txt 第 12 行": the file's own name; the full path is noise. */
export function fileLineLabel(source: TitledSource): string {
  return strings.sourceLine(fileName(source.file), source.line);
}

/** A labelled value inside a card. */
export function field(label: string, value: Node | string): HTMLElement {
  return h('div', { class: 'field' }, h('span', { class: 'field-label' }, label), h('span', { class: 'field-value' }, value));
}

/** A one-line search form (ask, compare); `onSubmit` gets the trimmed text. */
export function questionForm(
  placeholder: string,
  submitLabel: string,
  onSubmit: (text: string) => void,
): { form: HTMLFormElement; input: HTMLInputElement } {
  const input = h('input', { type: 'search', name: 'q', class: 'question', placeholder, 'aria-label': placeholder, autocomplete: 'off' });
  const form = h(
    'form',
    {
      class: 'ask-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        onSubmit(input.value.trim());
      },
    },
    input,
    h('button', { type: 'submit', class: 'primary' }, submitLabel),
  );
  return { form, input };
}
