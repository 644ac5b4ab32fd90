// The public page asks for the county before the question (issue 14): offices and phone numbers
// differ from one county to the next, and an answer mixing several counties sends people to
// the wrong 住建局. The choice is remembered on this device (localStorage), so the next visit
// goes straight to the question box.

import { areaCodeOf } from '../../../domain/area-codes.js';
import { parseJurisdictionKey } from '../../../domain/jurisdiction.js';
import { strings } from '../strings.js';
import { h } from './dom.js';

const STORAGE_KEY = 'jurisgraph.publicCounty';

/** The county chosen on an earlier visit, or null (also when storage is blocked). */
export function rememberedCounty(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function rememberCounty(name: string | null): void {
  try {
    if (name) localStorage.setItem(STORAGE_KEY, name);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Private mode or storage disabled: the county is simply asked again next time.
  }
}

/** A loaded county: its name (as the documents write it) and its 长途区号 when known. */
export interface County {
  name: string;
  areaCode: string | null;
}

/** Counties from the API's jurisdictions, sorted the way a Chinese reader expects. */
export function countiesOf(list: readonly { key: string; name: string; level: string }[]): County[] {
  return list
    .filter((j) => j.level === 'county')
    .map((j) => ({ name: j.name, areaCode: areaCodeOf(parseJurisdictionKey(j.key)) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh'));
}

/** One big button per county; a phone's thumb hits a button more easily than a dropdown's rows. */
export function countyChooser(counties: readonly County[] | null, onChoose: (name: string) => void): HTMLElement {
  const s = strings.public;
  const headingId = 'county-chooser-title';
  return h(
    'section',
    { class: 'county-chooser', 'data-testid': 'county-chooser', 'aria-labelledby': headingId },
    h('h3', { id: headingId }, s.chooseCounty),
    h('p', { class: 'muted' }, s.chooseCountyHint),
    counties
      ? h(
          'ul',
          { class: 'county-list' },
          ...counties.map((county) =>
            h(
              'li',
              {},
              h(
                'button',
                { type: 'button', class: 'county-option', 'data-county': county.name, onclick: () => onChoose(county.name) },
                county.name,
              ),
            ),
          ),
        )
      : h('p', { class: 'muted', role: 'status' }, s.countiesLoading),
  );
}

/** 您所在的县（区）：蒸湘区 [更换县（区）]. */
export function countyBar(name: string, onChange: () => void): HTMLElement {
  const s = strings.public;
  return h(
    'div',
    { class: 'county-bar', 'data-testid': 'county-bar' },
    h('span', { class: 'muted' }, `${s.yourCounty}：`),
    h('strong', { 'data-testid': 'chosen-county' }, name),
    h('button', { type: 'button', class: 'link-button', onclick: onChange }, s.changeCounty),
  );
}
