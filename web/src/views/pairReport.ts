// The planner's report: a print layout (print it, or save it as PDF from the print dialog)
// with the title, the jurisdiction, the filters, the date, the legend, the graph as drawn and
// the table of agency pairs in full. It is a page of its own in the document while printing;
// on screen it is never shown.

import type { OverlapKind } from '../api.js';
import { overlapLegend } from '../graph/style.js';
import { strings } from '../strings.js';
import { h } from '../ui/dom.js';
import { listsOf, type PairRow, type PairSource, pairSourceKey } from './pairRows.js';
import { pairTableStrings as s } from './pairTableStrings.js';

export interface ReportInput {
  /** The node colours as the graph panel's legend shows them (sectors), copied into the report. */
  nodeLegend: { label: string; color: string }[];
  jurisdiction: string;
  kinds: readonly OverlapKind[];
  minStrength: number;
  agency: string | null;
  search: string;
  rows: readonly PairRow[];
  sources: ReadonlyMap<string, readonly PairSource[]> | null;
  /** The graph as a PNG data URL, when one is drawn. */
  graphPng: string | null;
  link: string;
  now: Date;
}

/** 2026-12-01, in the reader's own calendar day. */
function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function reportElement(input: ReportInput): HTMLElement {
  const c = s.columns;
  const filters = [
    s.reportKinds(input.kinds.map((kind) => strings.kinds[kind] ?? kind).join('、')),
    s.reportMin(input.minStrength),
    input.agency ? s.reportAgency(input.agency) : null,
    input.search ? s.reportSearch(input.search) : null,
  ].filter((x): x is string => x !== null);
  const field = (label: string, value: Node | string) =>
    h('div', { class: 'report-field' }, h('span', { class: 'report-label' }, label), h('span', {}, value));
  return h(
    'article',
    { class: 'report', 'data-testid': 'report' },
    h('h1', {}, s.reportHeading(input.jurisdiction)),
    field(s.reportJurisdiction, input.jurisdiction),
    field(s.reportFilters, filters.join('；')),
    field(s.reportDate, isoDay(input.now)),
    field(s.reportLink, h('span', { class: 'report-link' }, input.link)),
    h(
      'div',
      { class: 'report-legend' },
      h('span', { class: 'report-label' }, s.reportLegend),
      ...input.nodeLegend.map((entry) =>
        h(
          'span',
          { class: 'report-legend-entry report-legend-node' },
          h('span', { class: 'swatch swatch-node', style: `--swatch:${entry.color};background:${entry.color}` }),
          entry.label,
        ),
      ),
      ...overlapLegend
        .filter((entry) => input.kinds.includes(entry.kind))
        .map((entry) =>
          h(
            'span',
            { class: 'report-legend-entry' },
            h('span', { class: `swatch swatch-${entry.line}`, style: `--swatch:${entry.color}` }),
            strings.kinds[entry.kind] ?? entry.kind,
          ),
        ),
    ),
    input.graphPng ? h('img', { class: 'report-graph', src: input.graphPng, alt: s.reportHeading(input.jurisdiction) }) : null,
    h('p', {}, s.reportSummary(input.rows.length)),
    h(
      'table',
      { class: 'report-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...[c.a, c.b, c.kind, c.strength, c.matterCount, c.matters, c.sources].map((label) => h('th', { scope: 'col' }, label)),
        ),
      ),
      h(
        'tbody',
        {},
        ...input.rows.map((row) =>
          h(
            'tr',
            {},
            h('td', {}, row.a),
            h('td', {}, row.b),
            h('td', {}, strings.kindShort[row.kind] ?? row.kind),
            h('td', { class: 'num' }, String(row.strength)),
            h('td', { class: 'num' }, String(row.matters.length)),
            h('td', {}, row.matters.join('；')),
            h('td', {}, listsOf(input.sources?.get(pairSourceKey(row.kind, row.aKey, row.bKey)) ?? []).join('；')),
          ),
        ),
      ),
    ),
  );
}

/** Puts the report in the document and opens the print dialog; the report goes after printing. */
export function printReport(input: ReportInput): HTMLElement {
  for (const old of document.querySelectorAll('body > .report')) old.remove();
  const report = reportElement(input);
  document.body.append(report);
  document.body.classList.add('printing-report');
  window.addEventListener(
    'afterprint',
    () => {
      report.remove();
      document.body.classList.remove('printing-report');
    },
    { once: true },
  );
  window.print();
  return report;
}
