// List dates and succession notes on the page (issue 13), end to end: real Neo4j with the
// seeds, the real server, headless Chromium. 蒸湘区's lists give 疫苗 to 区食品药品监督管理局,
// which the 2018 reform merged into 区市场监督管理局: the staff answer and the public card name
// the present body, the national-pattern marker and the reform plan as its source; every source
// shows its list's date; as of 2017 the lists are answered as they stood, with no note.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../integration/fixtures.js';
import { openPage, openPhonePage, phoneViewport, renderedGraph, screenshot, startE2E, queryE2E, type E2E } from './browser.js';

const jurisdiction = '蒸湘区';
// The question tests/integration/succession/succession.test.ts asks about the same matter.
const question = '疫苗监管归哪个部门管？';
const FOOD_DRUG = /食品药品监督管理局/;

let e2e: E2E;

beforeAll(async () => {
  await loadSeeds();
  e2e = await startE2E();
}, 240_000);

afterAll(async () => {
  await e2e?.close();
});

interface Note {
  text: string;
  current: string[];
  steps: { origin: string; source: { title: string; issuer: string } }[];
}
interface Source {
  file: string;
  line: number;
  listDate: { label: string; year: number | null };
}
interface ApiReply {
  answers: { agency: { name: string }; kind: string; ruling: { reference: string } | null; source: Source; succession: Note | null }[];
  contacts: { agency: { name: string }; phones: string[]; source: Source; succession: Note | null }[];
}

const NOTE = 'succession { text current steps { origin source { title issuer } } }';
const SOURCE = 'source { file line listDate { label year } }';

/** What `ask` says, as the staff page (first 10) or the public page (first 5) asks it. */
async function reply(first: number, asOf: string | null = null): Promise<ApiReply> {
  const query = `query($q: String!, $j: String, $first: Int, $asOf: String) { ask(question: $q, jurisdiction: $j, first: $first, asOf: $asOf) {
    answers { agency { name } kind ruling { reference } ${SOURCE} ${NOTE} } contacts { agency { name } phones ${SOURCE} ${NOTE} } } }`;
  return (await queryE2E<{ ask: ApiReply }>(e2e, query, { q: question, j: jurisdiction, first, asOf })).ask;
}

const at = (view: string, extra = '') => `#view=${view}&j=${encodeURIComponent(jurisdiction)}&q=${encodeURIComponent(question)}${extra}`;

async function answersShown(page: Page): Promise<void> {
  await page.locator('[data-testid=answer-agency]').first().waitFor({ timeout: 60_000 });
}

describe('谁负责 (staff): a listed body the reform ended', () => {
  it('names the body that holds the duty today, marked as the national pattern with its source; sources show their list dates', async () => {
    const api = await reply(10);
    const index = api.answers.findIndex((a) => FOOD_DRUG.test(a.agency.name) && a.succession);
    expect(index, JSON.stringify(api.answers.map((a) => a.agency.name))).toBeGreaterThanOrEqual(0);
    const answer = api.answers[index]!;
    const note = answer.succession!;
    expect(note.current).toEqual(['区市场监督管理局']);

    const page = await openPage(e2e, at('ask'));
    await answersShown(page);
    const cards = page.locator('.answer');
    expect(await cards.count()).toBe(api.answers.length);
    // A note on exactly the answers the API gives one, none elsewhere.
    for (const [i, a] of api.answers.entries()) {
      expect(await cards.nth(i).locator('[data-testid=succession-note]').count(), a.agency.name).toBe(a.succession ? 1 : 0);
    }
    const card = cards.nth(index);
    const box = card.locator('[data-testid=succession-note]');
    expect(await box.locator('[data-testid=succession-current]').textContent()).toBe('区市场监督管理局');
    expect(await box.locator('[data-testid=succession-text]').textContent()).toBe(note.text);
    expect(note.text).toContain('区市场监督管理局');
    const steps = box.locator('[data-testid=succession-step]');
    expect(await steps.count()).toBe(note.steps.length);
    expect(await steps.first().getAttribute('data-origin')).toBe('NATIONAL_PATTERN');
    expect(await steps.first().locator('[data-testid=succession-origin]').textContent()).toBe('全国改革通行做法');
    const stepSource = await steps.first().locator('[data-testid=succession-source]').textContent();
    expect(stepSource).toContain(note.steps[0]!.source.title);
    expect(stepSource).toContain(note.steps[0]!.source.issuer);
    expect(stepSource).toContain('深化党和国家机构改革方案');

    // Every cited line names its list's date (2016年 or 日期不详), as the API dates it.
    for (const [i, a] of api.answers.entries()) {
      if (a.kind === 'general' || a.ruling) continue;
      const link = cards.nth(i).locator('[data-testid=source-link]');
      expect(await link.textContent()).toContain(`（${a.source.listDate.label}）第 ${a.source.line} 行`);
    }
    // The card with the note in view, the graph drawn: what staff see.
    await renderedGraph(page);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'succession-ask-zhengxiang');

    // The 原文 panel's header names the list with its date too.
    await card.locator('[data-testid=source-link]').click();
    const title = page.locator('[data-testid=source-title]');
    await page.locator('[data-testid=source-lines] li.cited').first().waitFor({ timeout: 30_000 });
    expect(await title.textContent()).toContain(`（${answer.source.listDate.label}）`);
    await title.scrollIntoViewIfNeeded();
    await screenshot(page, 'succession-ask-source-panel');
    await page.close();
  });

  it('截至 2017: the lists as they stood, the old body and no successor note; 清除 brings the note back', async () => {
    const then = await reply(10, '2017');
    expect(then.answers.length).toBeGreaterThan(0);
    expect(then.answers.every((a) => a.succession === null)).toBe(true);
    expect(then.answers.some((a) => FOOD_DRUG.test(a.agency.name))).toBe(true);

    const page = await openPage(e2e, at('ask'));
    await answersShown(page);
    expect(await page.locator('[data-testid=succession-note]').count()).toBeGreaterThan(0);
    await page.fill('[data-testid=as-of-input]', '2017');
    await page.press('[data-testid=as-of-input]', 'Enter');
    await page.locator('[data-testid=as-of-active]').waitFor({ timeout: 60_000 });
    await answersShown(page);
    // The date is in the link, so what staff saw before the reform can be shared.
    expect(page.url()).toContain('asof=2017');
    expect(await page.locator('[data-testid=as-of-active]').textContent()).toContain('2017');
    expect(await page.locator('[data-testid=answer-agency]').allTextContents()).toEqual(then.answers.map((a) => a.agency.name));
    expect(await page.locator('[data-testid=succession-note]').count()).toBe(0);
    await screenshot(page, 'succession-ask-as-of-2017');

    // A malformed date is refused in place and never sent.
    await page.fill('[data-testid=as-of-input]', '2017年');
    await page.press('[data-testid=as-of-input]', 'Enter');
    expect(await page.locator('[data-testid=as-of-input]').evaluate((input) => (input as HTMLInputElement).validity.valid)).toBe(false);
    expect(page.url()).toContain('asof=2017');

    await page.click('[data-testid=as-of-clear]');
    await page.locator('[data-testid=succession-note]').first().waitFor({ timeout: 60_000 });
    expect(page.url()).not.toContain('asof=');
    expect(await page.locator('[data-testid=as-of-active]').count()).toBe(0);
    await page.close();

    // A link with the date opens as of that date.
    const linked = await openPage(e2e, at('ask', '&asof=2017'));
    await linked.locator('[data-testid=as-of-active]').waitFor({ timeout: 60_000 });
    expect(await linked.locator('[data-testid=as-of-input]').inputValue()).toBe('2017');
    expect(await linked.locator('[data-testid=succession-note]').count()).toBe(0);
    await linked.close();
  });
});

describe('群众办事 (public): nobody is sent to a body that is gone', () => {
  it('the present body heads the card; the listed one and its phones are named as from the list of that year', async () => {
    const api = await reply(5);
    const index = api.contacts.findIndex((c) => c.succession);
    expect(index, JSON.stringify(api.contacts.map((c) => c.agency.name))).toBeGreaterThanOrEqual(0);
    const contact = api.contacts[index]!;

    const page = await openPage(e2e, at('public'));
    await page.locator('[data-testid=public-card]').first().waitFor({ timeout: 60_000 });
    // One heading per contact (agencies dividing one matter may share a card), a note on each one the API gives one.
    expect(await page.locator('[data-testid=public-office]').count()).toBe(api.contacts.length);
    expect(await page.locator('[data-testid=succession-note]').count()).toBe(api.contacts.filter((c) => c.succession).length);
    const card = page
      .locator('[data-testid=public-card], [data-testid=public-share]')
      .filter({ has: page.locator('[data-testid=public-listed-office]', { hasText: contact.agency.name }) })
      .last();
    expect(await card.locator('[data-testid=public-office]').textContent()).toBe(contact.succession!.current.join('、'));
    expect(await card.locator('[data-testid=public-listed-office]').textContent()).toBe(contact.agency.name);
    expect(await card.textContent()).toContain(`清单（${contact.source.listDate.label}）所列原机构`);
    expect(await card.locator('[data-testid=succession-origin]').first().textContent()).toMatch(/^(全国改革通行做法|本地记录)$/);
    // The first thing the card names is the present body, not the gone one.
    const text = (await card.textContent())!;
    expect(text.indexOf(contact.succession!.current[0]!)).toBeLessThan(text.indexOf(contact.agency.name));
    if (await card.locator('a.phone').count()) {
      expect(await card.locator('[data-testid=public-old-phones]').textContent()).toContain(
        `清单（${contact.source.listDate.label}）所载原机构电话`,
      );
    }
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'succession-public-zhengxiang', { fullPage: true });
    await page.close();

    const phone = await openPhonePage(e2e, at('public'));
    await phone.locator('[data-testid=succession-note]').first().waitFor({ timeout: 60_000 });
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phoneViewport.width);
    await screenshot(phone, 'succession-public-zhengxiang-phone', { fullPage: true });
    await phone.close();
  });
});
