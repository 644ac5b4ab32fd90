// The 原文 panel: the rows of the original document around a cited line, with line numbers,
// the document's (or list's) title and the cited lines highlighted. One panel for the page;
// any view opens it with a source button (`sourceButton`). Esc or 关闭 closes it.

import { api, type SourceText } from '../api.js';
import { describeError } from '../errors.js';
import { strings } from '../strings.js';
import { datedBookTitle, field, fileLineLabel, h, loading, sourceLabel, status, type TitledSource } from './dom.js';

/** Lines added above or below by one click on 向上展开 / 向下展开 (the API allows 100). */
const step = 20;
const maxSpan = 100;

interface Request {
  file: string;
  line: number;
  before: number;
  after: number;
}

let panel: { element: HTMLElement; show(source: TitledSource): void; close(): void } | null = null;

function createPanel() {
  const s = strings.sourceText;
  const body = h('div', { class: 'source-body' });
  const closeButton = h('button', { type: 'button', class: 'tool', 'data-testid': 'source-close', onclick: () => close() }, s.close);
  const element = h(
    'aside',
    { class: 'source-panel no-print', role: 'dialog', 'aria-label': s.title, hidden: true, 'data-testid': 'source-panel' },
    h('header', { class: 'source-panel-head' }, h('h3', {}, s.title), closeButton),
    body,
  );
  document.body.append(element);
  let controller: AbortController | null = null;
  let opener: HTMLElement | null = null;
  // The list's date comes with the source that opened the panel (the text itself carries none).
  let listDate: TitledSource['listDate'] = null;

  function close(): void {
    controller?.abort();
    element.hidden = true;
    opener?.focus();
    opener = null;
  }

  function render(text: SourceText, request: Request): void {
    const citedEnd = text.endLine ?? text.line;
    const first = text.lines[0]?.number ?? text.line;
    const last = text.lines.at(-1)?.number ?? text.line;
    const expand = (label: string, next: Partial<Request>, disabled: boolean) =>
      h('button', { type: 'button', class: 'tool expand', disabled, onclick: () => void load({ ...request, ...next }) }, label);
    body.replaceChildren(
      h(
        'div',
        { class: 'source-title', 'data-testid': 'source-title' },
        text.title ? datedBookTitle(text.title, listDate) : `${text.file}${listDate ? strings.listDate(listDate.label) : ''}`,
      ),
      text.department ? field(s.department, text.department) : '',
      field(s.file, `${text.file} · ${s.lines(first, last)}`),
      expand(s.earlier, { before: Math.min(maxSpan, request.before + step) }, first <= 1 || request.before >= maxSpan),
      h(
        'ol',
        { class: 'source-lines', 'data-testid': 'source-lines' },
        ...text.lines.map((row) => {
          const cited = row.number >= text.line && row.number <= citedEnd;
          return h(
            'li',
            { class: cited ? 'cited' : '', 'data-line': row.number, 'aria-current': cited ? 'true' : undefined },
            h('span', { class: 'line-number' }, String(row.number)),
            h('span', { class: 'line-text' }, row.text || ' '),
          );
        }),
      ),
      expand(s.later, { after: Math.min(maxSpan, request.after + step) }, request.after >= maxSpan),
    );
    element.querySelector('li.cited')?.scrollIntoView({ block: 'center' });
  }

  async function load(request: Request): Promise<void> {
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    body.replaceChildren(loading());
    try {
      const text = await api.sourceText(request.file, request.line, request.before, request.after, mine.signal);
      if (!mine.signal.aborted) render(text, request);
    } catch (error) {
      if (!mine.signal.aborted) body.replaceChildren(status('error', describeError(error)));
    }
  }

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !element.hidden) close();
  });

  return {
    element,
    show(source: TitledSource) {
      opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.hidden = false;
      listDate = source.listDate ?? null;
      closeButton.focus();
      void load({ file: source.file, line: source.line, before: 8, after: 12 });
    },
    close,
  };
}

/** Opens the 原文 panel at a source. */
export function openSource(source: TitledSource): void {
  panel ??= createPanel();
  panel.show(source);
}

/** A source as a link-like button: 《衡阳市蒸湘区卫生局责任清单》第 8748 行, opening the 原文 panel. */
export function sourceButton(source: TitledSource): HTMLElement {
  const label = sourceLabel(source);
  return h(
    'button',
    {
      type: 'button',
      class: 'source-link',
      // The file and line stay one hover away: the label names the list, the file is where it was loaded from.
      title: strings.sourceText.open(`${label}（${fileLineLabel(source)}）`),
      'data-testid': 'source-link',
      'data-file': source.file,
      'data-line': source.line,
      onclick: (event: Event) => {
        event.stopPropagation();
        openSource(source);
      },
    },
    label,
  );
}
