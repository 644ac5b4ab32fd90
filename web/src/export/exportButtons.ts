// The pair of download buttons (CSV, Excel) under a table or a detail list. The table is built
// when a button is pressed (it may need a fetch: every finding of a kind), complete.

import { h } from '../ui/dom.js';
import { downloadCsv, downloadXlsx } from './download.js';
import { exportStrings as s } from './strings.js';
import type { ExportTable } from './table.js';

export function exportButtons(what: string, table: () => ExportTable | Promise<ExportTable>, testId = 'export'): HTMLElement {
  const note = h('span', { class: 'export-note', role: 'status', 'aria-live': 'polite' });
  const run = async (button: HTMLButtonElement, write: (t: ExportTable) => void | Promise<void>) => {
    button.disabled = true;
    note.textContent = s.working;
    try {
      await write(await table());
      note.textContent = '';
    } catch (error) {
      note.textContent = s.failed(error instanceof Error ? error.message : String(error));
    } finally {
      button.disabled = false;
    }
  };
  const csv: HTMLButtonElement = h('button', {
    type: 'button',
    class: 'tool',
    title: s.csvTitle(what),
    'data-testid': `${testId}-csv`,
    onclick: () => void run(csv, downloadCsv),
  });
  csv.textContent = `⬇ ${s.csv}`;
  const xlsx: HTMLButtonElement = h('button', {
    type: 'button',
    class: 'tool',
    title: s.xlsxTitle(what),
    'data-testid': `${testId}-xlsx`,
    onclick: () => void run(xlsx, downloadXlsx),
  });
  xlsx.textContent = `⬇ ${s.xlsx}`;
  return h('div', { class: 'export-buttons no-print' }, csv, xlsx, note);
}
