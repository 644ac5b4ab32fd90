// 清单上传 (editors): a list file → a dry run that writes nothing and reports what it found
// (departments, records, every diagnostic with file:line) → 写入, only when the check found no
// error. Refusals (no token, no editor role, too many writes) are explained in words.

import { uploads, type UploadDiagnostic, type UploadReport } from '../api.js';
import { describeError } from '../errors.js';
import { editorToken } from '../editorToken.js';
import { strings } from '../strings.js';
import { bookTitle, field, h, status } from '../ui/dom.js';
import type { View } from './view.js';

function diagnosticRow(d: UploadDiagnostic): HTMLElement {
  const s = strings.upload;
  return h(
    'li',
    { class: `diagnostic severity-${d.severity}`, 'data-testid': 'upload-diagnostic' },
    h('span', { class: `tag tag-${d.severity}` }, s.severity[d.severity] ?? d.severity),
    h('span', { class: 'diagnostic-where' }, strings.sourceLine(d.file, d.line)),
    h('span', { class: 'diagnostic-code' }, d.code),
    h('div', { class: 'diagnostic-message' }, d.message),
    d.raw ? h('pre', { class: 'diagnostic-raw' }, d.raw) : null,
  );
}

export function uploadView(): View {
  const s = strings.upload;
  const fileInput = h('input', { type: 'file', name: 'list-file', accept: '.txt,.docx,.xlsx,.csv', 'aria-label': s.file });
  const checkButton = h('button', { type: 'submit', class: 'primary' }, s.check);
  const result = h('div', { class: 'upload-result', 'data-testid': 'upload-result' });
  const form = h(
    'form',
    {
      class: 'upload-form card',
      onsubmit: (event: Event) => {
        event.preventDefault();
        void check();
      },
    },
    h('label', { class: 'field' }, h('span', { class: 'field-label' }, s.file), fileInput),
    h('div', { class: 'form-buttons' }, checkButton),
  );
  const element = h(
    'div',
    { class: 'view view-upload' },
    h('div', { class: 'narrow-page' }, h('h2', {}, s.title), h('p', { class: 'intro' }, s.intro), form, result),
  );
  let controller: AbortController | null = null;

  function refuse(error: unknown): void {
    result.replaceChildren(status('error', describeError(error)));
  }

  async function check(): Promise<void> {
    const file = fileInput.files?.[0];
    if (!file) return;
    if (!editorToken()) {
      result.replaceChildren(status('error', strings.editor.needToken));
      return;
    }
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    result.replaceChildren(status('loading', s.checking));
    try {
      const report = await uploads.check(file, mine.signal);
      if (!mine.signal.aborted) result.replaceChildren(reportCard(report));
    } catch (error) {
      if (!mine.signal.aborted) refuse(error);
    }
  }

  function reportCard(report: UploadReport): HTMLElement {
    const outcome = h('div', { class: 'upload-outcome', 'data-testid': 'upload-outcome' });
    const commit = h('button', { type: 'button', class: 'primary', 'data-testid': 'upload-commit', disabled: report.errors > 0 }, s.commit);
    commit.addEventListener('click', async () => {
      commit.disabled = true;
      outcome.replaceChildren(status('loading', s.committing));
      try {
        const written = await uploads.commit(report.id);
        outcome.replaceChildren(h('div', { class: 'status status-done', 'data-status': 'done', role: 'status' }, s.committed(written)));
      } catch (error) {
        commit.disabled = false;
        outcome.replaceChildren(status('error', describeError(error)));
      }
    });
    return h(
      'section',
      { class: 'card upload-report', 'data-testid': 'upload-report' },
      h('h3', {}, `${s.report}：${report.title ? bookTitle(report.title) : ''}${report.file}`),
      h('p', { class: 'upload-summary', 'data-testid': 'upload-summary' }, report.summary),
      field(s.format, [report.format, report.encoding && `${s.encoding} ${report.encoding}`].filter(Boolean).join(' · ') || '—'),
      field(s.records, s.recordCounts(report.records)),
      report.departments.length
        ? h(
            'table',
            { class: 'upload-departments' },
            h('thead', {}, h('tr', {}, ...s.departmentColumns.map((c) => h('th', {}, c)))),
            h(
              'tbody',
              {},
              ...report.departments.map((d) =>
                h(
                  'tr',
                  {},
                  ...[d.name, d.jurisdiction, d.duties, d.matters, d.assignments, d.services, d.warnings].map((v) =>
                    h('td', {}, String(v)),
                  ),
                ),
              ),
            ),
          )
        : null,
      field(s.expires, new Date(report.expiresAt).toLocaleString('zh-CN')),
      h('h4', {}, s.diagnostics(report.diagnostics.length + report.diagnosticsOmitted)),
      report.diagnostics.length
        ? h('ul', { class: 'diagnostics' }, ...report.diagnostics.map(diagnosticRow))
        : h('p', { class: 'muted' }, s.noDiagnostics),
      report.diagnosticsOmitted ? h('p', { class: 'more' }, s.omitted(report.diagnosticsOmitted)) : null,
      report.errors > 0 ? status('error', s.blocked) : null,
      h('div', { class: 'form-buttons' }, commit),
      outcome,
    );
  }

  return {
    element,
    update() {},
    destroy() {
      controller?.abort();
    },
  };
}
