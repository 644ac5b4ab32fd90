// The dispute dossier on the page, top to bottom: the proposal with its chain of evidence (or
// 清单无法判定 with the conflicting rows), the matters it is about, each agency's rows side by
// side aligned list by list (never two lists merged into one cell), the duties of their own
// lists, the contradictions between lists with the difference marked, other agencies' rows,
// other jurisdictions' splits and prior rulings. Every source opens the 原文 panel.

import type { Dossier } from '../api.js';
import { strings } from '../strings.js';
import { datedBookTitle, field, h } from '../ui/dom.js';
import { sourceButton } from '../ui/sourcePanel.js';
import { basisLabel } from '../basisLabel.js';

type Row = Dossier['sections'][number]['rows'][number];
type Duty = Dossier['sections'][number]['duties'][number];
type Contradiction = Dossier['contradictions'][number];
type Evidence = Dossier['proposal']['evidence'][number];
type Segment = Contradiction['divergent'][number]['diff'][number];
type AgencyRef = Dossier['agencies'][number];

const s = strings.dossier;

function section(title: string, testid: string, ...children: (Node | null)[]): HTMLElement {
  return h('section', { class: 'dossier-section', 'data-testid': testid }, h('h3', {}, title), ...children);
}

function evidenceItem(evidence: Evidence): HTMLElement {
  return h(
    'li',
    { class: `evidence level-${evidence.level}` },
    h('span', { class: 'tag tag-level' }, s.levels[evidence.level] ?? evidence.level),
    evidence.agency ? h('strong', {}, ` ${evidence.agency.name}：`) : ' ',
    evidence.statement,
    ' ',
    evidence.source ? sourceButton(evidence.source) : evidence.reference ? h('span', { class: 'muted' }, evidence.reference) : null,
  );
}

function proposalBox(dossier: Dossier): HTMLElement {
  const p = dossier.proposal;
  return h(
    'section',
    { class: `proposal ${p.decided ? 'decided' : 'undecided'}`, 'data-testid': 'dossier-proposal', 'data-decided': String(p.decided) },
    h('h3', {}, s.proposal, h('span', { class: 'tag' }, p.decided ? s.decided : s.undecided)),
    h('p', { class: 'proposal-text' }, p.text),
    p.evidence.length ? h('h4', {}, s.evidence) : null,
    p.evidence.length ? h('ol', { class: 'evidence-chain' }, ...p.evidence.map(evidenceItem)) : null,
    p.conflicting.length ? h('h4', {}, s.conflicting) : null,
    p.conflicting.length ? h('ol', { class: 'evidence-chain conflicting' }, ...p.conflicting.map(evidenceItem)) : null,
  );
}

function rowCard(row: Row, agencies: readonly AgencyRef[]): HTMLElement {
  const bases = row.bases.map((basis) =>
    h(
      'li',
      { title: basis.raw },
      basisLabel(basis),
      basis.inherited ? h('span', { class: 'muted' }, s.inherited) : null,
      ...basis.names.flatMap((n) => {
        const named = agencies.find((a) => a.key === n.agencyKey);
        return named ? [h('div', { class: 'basis-names' }, s.namesAgency(named.name, n.phrase))] : [];
      }),
    ),
  );
  return h(
    'div',
    { class: 'dossier-row', 'data-testid': 'dossier-row', 'data-key': row.key },
    h(
      'div',
      { class: 'row-division' },
      row.role ? h('span', { class: `tag role-${row.role}` }, s.roles[row.role] ?? row.role) : null,
      ' ',
      row.division,
    ),
    bases.length ? field(s.bases, h('ul', { class: 'bases' }, ...bases)) : null,
    row.case ? field(s.case, row.case) : null,
    h('div', { class: 'source' }, sourceButton(row.source)),
  );
}

/** Lists in the order their rows come (C aligns rows by matter, file and list line). */
function listsOf(rows: readonly Row[]): Row['list'][] {
  const seen = new Map<string, Row['list']>();
  for (const row of rows) if (!seen.has(row.list.key)) seen.set(row.list.key, row.list);
  return [...seen.values()];
}

/** 《…责任清单》（2016年） · 卫生局的清单: the list's date is its rows' (every row of a list carries it). */
function listHeading(list: Row['list'], rows: readonly Row[]): string {
  const listDate = rows.find((r) => r.list.key === list.key)?.source.listDate;
  return list.title
    ? `${datedBookTitle(list.title, listDate)} · ${s.listDepartment(list.department)}`
    : `${s.listDepartment(list.department)}${listDate ? strings.listDate(listDate.label) : ''}`;
}

/** One grid row per (matter, list): each agency's rows of that list in its own column. */
function sideBySide(dossier: Dossier): HTMLElement {
  const columns = dossier.sections;
  const all = columns.flatMap((c) => c.rows);
  const grid = h('div', { class: 'dossier-grid', style: `--columns:${columns.length}`, 'data-testid': 'dossier-grid' });
  grid.append(
    ...columns.map((c) =>
      h('div', { class: 'grid-head', 'data-agency': c.agency.name, 'data-testid': 'dossier-column-head' }, c.agency.name),
    ),
  );
  for (const matter of dossier.matters) {
    const rows = all.filter((r) => r.matter.key === matter.key);
    if (!rows.length) continue;
    grid.append(h('div', { class: 'grid-matter' }, matter.title, h('span', { class: 'muted' }, ` · ${s.reasons[matter.reason] ?? ''}`)));
    for (const list of listsOf(rows)) {
      grid.append(h('div', { class: 'grid-list' }, listHeading(list, rows)));
      for (const column of columns) {
        const own = column.rows.filter((r) => r.matter.key === matter.key && r.list.key === list.key);
        grid.append(
          h(
            'div',
            { class: 'grid-cell', 'data-agency': column.agency.name, 'data-list': list.key },
            ...(own.length ? own.map((r) => rowCard(r, dossier.agencies)) : [h('span', { class: 'muted' }, s.notInList)]),
          ),
        );
      }
    }
  }
  return grid;
}

function dutyItem(duty: Duty): HTMLElement {
  return h(
    'li',
    {},
    h('span', { class: 'tag tag-coverage' }, s.dutyKinds[duty.kind] ?? duty.kind),
    ' ',
    duty.text,
    duty.detail ? h('div', { class: 'muted' }, duty.detail) : null,
    h('div', { class: 'source' }, sourceButton(duty.source)),
  );
}

function duties(dossier: Dossier): HTMLElement {
  return h(
    'div',
    { class: 'dossier-columns', style: `--columns:${dossier.sections.length}` },
    ...dossier.sections.map((c) =>
      h(
        'div',
        { class: 'column', 'data-agency': c.agency.name },
        h('div', { class: 'column-head' }, c.agency.name),
        c.duties.length ? h('ul', { class: 'duties' }, ...c.duties.map(dutyItem)) : h('p', { class: 'muted' }, s.noDuties),
      ),
    ),
  );
}

/** The diff as one side reads it: shared text plain, its own text marked, the other side's left out. */
function diffSide(segments: readonly Segment[], side: 'removed' | 'added'): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const segment of segments) {
    if (segment.kind === 'same') fragment.append(segment.text);
    else if (segment.kind === side)
      fragment.append(
        h(side === 'removed' ? 'del' : 'ins', { class: `diff-${side}`, title: side === 'removed' ? s.removed : s.added }, segment.text),
      );
  }
  return fragment;
}

function statementColumn(label: string, statement: Contradiction['first']): HTMLElement {
  return h(
    'div',
    { class: 'column' },
    h('div', { class: 'column-head' }, `${label}：${listHeading(statement.list, statement.rows)}`),
    ...statement.rows.map((row) =>
      h('p', {}, h('strong', {}, `${row.agency?.name ?? row.agencyRaw}：`), row.division, ' ', sourceButton(row.source)),
    ),
  );
}

function contradictionCard(c: Contradiction): HTMLElement {
  return h(
    'article',
    { class: 'contradiction card', 'data-testid': 'dossier-contradiction' },
    h('h4', {}, c.first.matter.title),
    h('p', { class: 'muted' }, c.explanation),
    ...c.divergent.map((d) =>
      h(
        'div',
        { class: 'divergent', 'data-testid': 'divergent' },
        h('div', { class: 'divergent-agency' }, d.agency?.name ?? d.agencyRaw),
        h(
          'div',
          { class: 'side-by-side' },
          h(
            'div',
            { class: 'column' },
            h('div', { class: 'column-head' }, s.first),
            h('div', { class: 'column-text' }, diffSide(d.diff, 'removed')),
          ),
          h(
            'div',
            { class: 'column' },
            h('div', { class: 'column-head' }, s.second),
            h('div', { class: 'column-text' }, diffSide(d.diff, 'added')),
          ),
        ),
      ),
    ),
    c.onlyFirst.length ? h('p', {}, s.onlyIn(s.first, c.onlyFirst.join('、'))) : null,
    c.onlySecond.length ? h('p', {}, s.onlyIn(s.second, c.onlySecond.join('、'))) : null,
    ...c.moved.map((m) => h('p', {}, s.moved(m.division, m.first, m.second))),
    h(
      'details',
      {},
      h('summary', {}, `${s.first} / ${s.second}`),
      h('div', { class: 'side-by-side' }, statementColumn(s.first, c.first), statementColumn(s.second, c.second)),
    ),
  );
}

function comparisons(dossier: Dossier): HTMLElement {
  if (!dossier.comparisons.length) return h('p', { class: 'muted' }, s.noComparisons);
  return h(
    'div',
    { class: 'compare-grid' },
    ...dossier.comparisons.map((c) =>
      h(
        'article',
        { class: 'card compare-column', 'data-jurisdiction': c.jurisdiction },
        h(
          'header',
          {},
          h('span', { class: 'jurisdiction-name' }, c.jurisdiction),
          h('h3', {}, c.matter.title),
          h('span', { class: 'muted' }, s.similarity(c.similarity)),
        ),
        h(
          'ul',
          { class: 'assignments' },
          ...c.assignments.map((a) =>
            h(
              'li',
              {},
              h('div', { class: 'agency-name' }, a.agency?.name ?? a.agencyRaw),
              h('div', { class: 'division' }, a.division),
              h('div', { class: 'source' }, sourceButton(a.source)),
            ),
          ),
        ),
      ),
    ),
  );
}

function rulings(dossier: Dossier): HTMLElement {
  if (!dossier.rulings.length) return h('p', { class: 'muted' }, s.noRulings);
  return h(
    'ul',
    { class: 'rulings' },
    ...dossier.rulings.map((r) =>
      h(
        'li',
        { class: r.current ? 'ruling current' : 'ruling', 'data-testid': 'dossier-ruling' },
        h('span', { class: 'tag' }, s.rulingKinds[r.kind] ?? r.kind),
        r.current ? h('span', { class: 'tag tag-likely' }, s.current) : h('span', { class: 'tag tag-coverage' }, s.superseded),
        ` ${s.rulingLine(r.decidedBy, r.reference, r.decidedOn)} · ${r.matterTitle}`,
        r.lead ? h('div', {}, `${s.lead}：${r.lead.agency.name}（${r.lead.division}）`) : null,
        r.cooperating.length
          ? h('div', {}, `${s.cooperating}：${r.cooperating.map((c) => `${c.agency.name}（${c.division}）`).join('；')}`)
          : null,
        h('div', { class: 'muted' }, `${s.bases}：${r.basis}`),
      ),
    ),
  );
}

export function dossierView(dossier: Dossier): HTMLElement {
  return h(
    'div',
    { class: 'dossier-body' },
    proposalBox(dossier),
    dossier.note ? h('p', { class: 'status status-empty' }, dossier.note) : null,
    dossier.matters.length ? field(s.matters, dossier.matters.map((m) => m.title).join('、')) : null,
    dossier.matters.length ? section(s.sideBySide, 'dossier-side-by-side', sideBySide(dossier)) : null,
    section(s.duties, 'dossier-duties', duties(dossier)),
    section(
      s.contradictions,
      'dossier-contradictions',
      ...(dossier.contradictions.length ? dossier.contradictions.map(contradictionCard) : [h('p', { class: 'muted' }, s.noContradictions)]),
    ),
    dossier.others.length
      ? section(
          s.others,
          'dossier-others',
          // Compact: these rows are context; their bases are the matter's, shown with the parties' rows above.
          h(
            'ul',
            { class: 'others-list' },
            ...dossier.others.map((row) =>
              h(
                'li',
                {},
                h('strong', {}, `${row.agency?.name ?? row.agencyRaw}：`),
                row.role ? h('span', { class: `tag role-${row.role}` }, s.roles[row.role] ?? row.role) : null,
                ` ${row.division} `,
                sourceButton(row.source),
              ),
            ),
          ),
        )
      : null,
    section(s.comparisons, 'dossier-comparisons', comparisons(dossier)),
    section(s.rulings, 'dossier-rulings', rulings(dossier)),
  );
}
