// The shell: header with tabs and jurisdiction picker, and the router that keeps the URL
// hash and the current view in step.

import './styles.css';
import { api } from './api.js';
import { describeError } from './errors.js';
import { syntheticOverlapGraph } from './graph/elements.js';
import { measureRender } from './graph/measure.js';
import { hook } from './hook.js';
import { formatState, parseState, viewNames, type ViewName, type ViewState } from './state.js';
import { strings } from './strings.js';
import { h } from './ui/dom.js';
import { editorLogin } from './ui/editorLogin.js';
import { askView } from './views/ask.js';
import { compareView } from './views/compare.js';
import { disputeView } from './views/dispute.js';
import { overlapsByLevelView } from './views/overlapsByLevel.js';
import { publicView } from './views/public.js';
import { uploadView } from './views/upload.js';
import type { View, ViewContext } from './views/view.js';

const factories: Record<ViewName, (context: ViewContext) => View> = {
  ask: askView,
  overlaps: overlapsByLevelView,
  compare: compareView,
  dispute: disputeView,
  public: publicView,
  upload: uploadView,
};

function navigate(patch: Partial<ViewState>, push = false): void {
  const next = formatState({ ...parseState(location.hash), ...patch });
  if (next === location.hash) return;
  if (push) location.hash = next;
  else {
    history.replaceState(null, '', next);
    route();
  }
}

const context: ViewContext = { navigate };

const tabs = viewNames.map((name) =>
  h(
    'a',
    {
      class: 'tab',
      href: `#view=${name}`,
      'data-view': name,
      onclick: (event: Event) => {
        event.preventDefault();
        // Keep the jurisdiction when switching tabs; the rest belongs to the old view.
        navigate({ view: name, question: '', selected: null, agency: null, parties: [], asOf: null }, true);
      },
    },
    strings.tabs[name],
  ),
);
const picker = h('select', {
  class: 'jurisdiction-picker',
  name: 'jurisdiction',
  'aria-label': strings.jurisdiction.label,
  onchange: () => navigate({ jurisdiction: picker.value || null, selected: null, agency: null, parties: [] }, true),
});
const pickerError = h('span', { class: 'picker-error', role: 'alert' });
const main = h('main', { class: 'content' });
document.title = strings.documentTitle;
// index.html's static first frame (shown while this script loads) gives way to the page.
document.getElementById('first-frame')?.remove();
document.body.append(
  h(
    'header',
    { class: 'topbar' },
    h(
      'div',
      { class: 'brand' },
      h('span', { class: 'logo', 'aria-hidden': 'true' }, '⌘'),
      h('strong', {}, strings.appTitle),
      h('span', { class: 'subtitle' }, strings.appSubtitle),
    ),
    h('nav', { class: 'tabs' }, ...tabs),
    h('label', { class: 'picker' }, strings.jurisdiction.label, picker, pickerError),
    editorLogin(),
  ),
  main,
);

let jurisdictionNames: string[] = [];
/** Provinces and cities: the overlap tab's 省/市 level mode (views/regionOverlaps.ts); other tabs ask per county. */
let regionNames: string[] = [];

function fillPicker(selected: string | null, view: ViewName = parseState(location.hash).view): void {
  const regions = view === 'overlaps' ? regionNames : [];
  // A jurisdiction from a shared link that is not (or no longer) loaded stays visible, so the
  // page can say "未知的辖区" about the name the user actually sees.
  const known = [...jurisdictionNames, ...regions];
  const names = selected && !known.includes(selected) ? [...jurisdictionNames, selected] : jurisdictionNames;
  const option = (name: string) => h('option', { value: name, selected: name === selected }, name);
  picker.replaceChildren(
    h('option', { value: '' }, strings.jurisdiction.all),
    ...(regions.length
      ? [
          h('optgroup', { label: '县区' }, ...names.map(option)),
          h('optgroup', { label: '省/市（按部门类别汇总）' }, ...regions.map(option)),
        ]
      : names.map(option)),
  );
}

let current: { name: ViewName; view: View } | null = null;

function route(): void {
  const state = parseState(location.hash);
  for (const tab of tabs) tab.classList.toggle('active', tab.dataset.view === state.view);
  fillPicker(state.jurisdiction, state.view);
  if (current?.name !== state.view) {
    current?.view.destroy();
    const view = factories[state.view](context);
    current = { name: state.view, view };
    main.replaceChildren(view.element);
  }
  current.view.update(state);
}

window.addEventListener('hashchange', route);

hook.install({ synthetic: (nodeCount) => syntheticOverlapGraph(nodeCount), measure: measureRender });

// A phone (≤ 600 px) and the short address /ask open on 群众办事 unless the link names a view:
// someone holding a phone has a problem to ask about, not an overlap graph to read.
const opensPublic = location.pathname.replace(/\/+$/, '') === '/ask' || window.matchMedia('(max-width: 600px)').matches;
if (opensPublic && !new URLSearchParams(location.hash.replace(/^#/, '')).has('view')) {
  history.replaceState(null, '', formatState({ ...parseState(location.hash), view: 'public' }));
}

route();
void api
  .jurisdictions()
  .then((list) => {
    // Documents are per county/district; provinces and cities only group them.
    jurisdictionNames = list
      .filter((j) => j.level === 'county')
      .map((j) => j.name)
      .sort((a, b) => a.localeCompare(b, 'zh'));
    regionNames = list
      .filter((j) => j.level === 'province' || j.level === 'city')
      .map((j) => j.name)
      .sort((a, b) => a.localeCompare(b, 'zh'));
    fillPicker(parseState(location.hash).jurisdiction);
  })
  .catch((error: unknown) => {
    pickerError.textContent = describeError(error);
  });
