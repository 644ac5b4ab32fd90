// The public page on a phone (issue 14): 390 px wide, real Neo4j with the five seeds, the real
// server, headless Chromium. It opens on 群众办事 (on a phone and at /ask), asks for the county
// first and remembers it, Enter asks, each card names its county and dials with the area code,
// agencies dividing one matter are one card, axe-core finds nothing serious, and the static
// first frame is readable with JavaScript off. Screenshots in tests/e2e/screenshots/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areaCodeOf, withAreaCode } from '../../domain/area-codes.js';
import { parseJurisdictionKey } from '../../domain/jurisdiction.js';
import { loadSeeds } from '../integration/fixtures.js';
import { seriousViolations } from './axe.js';
import { phoneViewport, screenshot, startE2E, type E2E, queryE2E } from './browser.js';

let e2e: E2E;

beforeAll(async () => {
  await loadSeeds();
  e2e = await startE2E();
}, 240_000);

afterAll(async () => {
  await e2e?.close();
});

const graphql = <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => queryE2E<T>(e2e, query, variables);

interface PublicReply {
  contacts: { agency: { name: string }; phones: string[]; confidence: number }[];
  answers: {
    jurisdiction: string;
    role: string | null;
    division: string;
    matter: { key: string | null; title: string };
    agency: { name: string };
  }[];
}

/** What the public page asks (first 5), with what each answer says about its matter. */
async function askPublic(question: string, jurisdiction: string): Promise<PublicReply> {
  const query = `query($q: String!, $j: String) { ask(question: $q, jurisdiction: $j, first: 5) {
    contacts { agency { name } phones confidence }
    answers { jurisdiction role division matter { key title } agency { name } } } }`;
  return (await graphql<{ ask: PublicReply }>(query, { q: question, j: jurisdiction })).ask;
}

async function countyAreaCode(county: string): Promise<string | null> {
  const { jurisdictions } = await graphql<{ jurisdictions: { key: string; name: string; level: string }[] }>(
    '{ jurisdictions { key name level } }',
  );
  const j = jurisdictions.find((x) => x.level === 'county' && x.name === county);
  expect(j, `${county} is loaded`).toBeDefined();
  return areaCodeOf(parseJurisdictionKey(j!.key));
}

/** A phone-sized page in a fresh browser context: nothing remembered from an earlier test. */
async function phonePage(path: string, options: { javaScript?: boolean } = {}): Promise<Page> {
  const context = await e2e.browser.newContext({ viewport: phoneViewport, javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  await page.goto(`${e2e.url}${path}`);
  return page;
}

const localNumber = /^[2-9]\d{6,7}$/;

describe('public page on a phone (群众办事, 390 px)', () => {
  it('opens on 群众办事 at / on a phone, asks for the county first and remembers it after a reload', async () => {
    const page = await phonePage('/');
    const chooser = page.locator('[data-testid=county-chooser]');
    await chooser.locator('.county-option').first().waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).hash).toContain('view=public');
    // The chooser comes before the question box, which waits for a county.
    expect(await page.locator('form.public-form').isHidden()).toBe(true);
    const names = await chooser.locator('.county-option').allTextContents();
    expect(names).toContain('蒸湘区');
    await screenshot(page, 'public-phone-county-chooser', { fullPage: true });

    await chooser.locator('.county-option', { hasText: '蒸湘区' }).click();
    await page.locator('[data-testid=chosen-county]').waitFor();
    expect(await page.locator('[data-testid=chosen-county]').textContent()).toBe('蒸湘区');
    expect(await page.locator('form.public-form').isVisible()).toBe(true);

    // Reload the bare address: the county is remembered, the question box comes straight away.
    await page.goto(`${e2e.url}/`);
    await page.locator('[data-testid=chosen-county]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid=chosen-county]').textContent()).toBe('蒸湘区');
    expect(await page.locator('[data-testid=county-chooser]').count()).toBe(0);
    expect(decodeURIComponent(page.url())).toContain('j=蒸湘区');

    // 更换县（区） brings the chooser back and forgets the choice.
    await page.getByRole('button', { name: '更换县（区）' }).click();
    await page.locator('[data-testid=county-chooser] .county-option').first().waitFor();
    await page.context().close();
  });

  it('opens on 群众办事 at the short address /ask (on a wide screen too)', async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${e2e.url}/ask`);
    await page.locator('[data-testid=county-chooser]').waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe('/ask');
    expect(new URL(page.url()).hash).toContain('view=public');
    expect(await page.locator('.tab.active').getAttribute('data-view')).toBe('public');
    // /ask/ is the same page (its relative asset paths would break under a trailing slash).
    await page.goto(`${e2e.url}/ask/`);
    await page.locator('[data-testid=county-chooser]').waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe('/ask');
    await context.close();
  });

  it('Enter asks, Shift+Enter adds a line; each card names its county and dials with the area code', async () => {
    const county = '临高县';
    const areaCode = await countyAreaCode(county);
    expect(areaCode).toBe('0898');
    const question = '想咨询节能技术改造的政策，找哪个部门？';
    const reply = await askPublic(question, county);
    const local = reply.contacts.flatMap((c) => c.phones).filter((p) => localNumber.test(p));
    expect(local.length, 'the API gives a local number for 临高县').toBeGreaterThan(0);

    const page = await phonePage(`/#j=${encodeURIComponent(county)}`);
    const box = page.locator('textarea[name=problem]');
    await box.waitFor({ timeout: 30_000 });
    await box.fill('想咨询节能技术改造的政策，');
    await box.press('Shift+Enter');
    expect(await box.inputValue()).toBe('想咨询节能技术改造的政策，\n');
    expect(await page.locator('[data-testid=public-card]').count()).toBe(0);
    await box.fill(question);
    await box.press('Enter');
    await page.locator('[data-testid=public-card]').first().waitFor({ timeout: 30_000 });
    expect(decodeURIComponent(page.url())).toContain(`q=${question}`);

    const cards = page.locator('[data-testid=public-card]');
    for (let i = 0; i < (await cards.count()); i++) {
      expect(await cards.nth(i).locator('[data-testid=public-county]').first().textContent()).toBe(county);
    }
    const hrefs = await page.locator('[data-testid=phone-link]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    // tel:0898-28273128: a dash is a visual separator a tel: URI allows (RFC 3966).
    for (const number of local) expect(hrefs).toContain(`tel:${withAreaCode(number, areaCode)}`);
    expect(await page.locator('[data-testid=phone-link]').first().textContent()).toMatch(/^☎ 0898-\d{8}$/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phoneViewport.width);
    await screenshot(page, 'public-phone-lingao-area-code', { fullPage: true });
    await page.context().close();
  });

  it('agencies dividing one matter are one card: lead first, each with its division sentence', async () => {
    const county = '蒸湘区';
    // Questions about matters 蒸湘区's boundary table gives to more than one agency; the first
    // whose top five answers share a matter key is the one the page must show merged.
    const candidates = [
      '小区里有人违章搭建，该找谁？',
      '违法建设谁来查处？',
      '路边占道经营谁来管？',
      '户外广告牌设置谁审批？',
      '城市道路挖掘谁审批？',
      '建筑工地扬尘污染找谁？',
      '餐馆油烟扰民找谁？',
      '食品安全问题找谁？',
    ];
    let found: { question: string; reply: PublicReply; key: string } | null = null;
    for (const question of candidates) {
      const reply = await askPublic(question, county);
      const keys = reply.answers.map((a) => a.matter.key).filter((k): k is string => Boolean(k));
      const shared = keys.find((k, i) => keys.indexOf(k) !== i);
      if (shared) {
        found = { question, reply, key: shared };
        break;
      }
    }
    expect(found, 'a question whose answers share a matter in 蒸湘区').not.toBeNull();
    const { question, reply, key } = found!;
    console.log(`merged card: 「${question}」 shares ${key}`);
    const members = reply.answers.filter((a) => a.matter.key === key);
    const lead = members.find((a) => a.role === 'lead') ?? members[0]!;

    const page = await phonePage(`/#view=public&j=${encodeURIComponent(county)}&q=${encodeURIComponent(question)}`);
    const merged = page.locator(`[data-testid=public-card][data-merged=true][data-matter="${key}"]`);
    await merged.waitFor({ timeout: 30_000 });
    // A share names the listed agency (or, for a body the reform ended, today's body first and the listed one under it).
    const shares = await merged.locator('[data-testid=public-share]').allTextContents();
    expect(shares).toHaveLength(members.length);
    expect(shares[0]).toContain(lead.agency.name);
    expect(await merged.locator('[data-testid=public-share]').first().getAttribute('data-role')).toBe(lead.role ?? '');
    for (const member of members) expect(shares.some((text) => text.includes(member.agency.name))).toBe(true);
    const divisions = await merged.locator('[data-testid=public-division]').allTextContents();
    expect(new Set(divisions)).toEqual(new Set(members.map((m) => m.division).filter(Boolean)));
    expect(await merged.locator('[data-testid=public-county]').textContent()).toBe(county);
    // Fewer cards than contacts: the members of the shared matter are not repeated as cards.
    const distinct = new Set(reply.answers.map((a, i) => (a.matter.key ? `${a.jurisdiction}|${a.matter.key}` : `#${i}`)));
    expect(await page.locator('[data-testid=public-card]').count()).toBe(distinct.size);
    await merged.scrollIntoViewIfNeeded();
    await screenshot(page, 'public-phone-merged-card', { fullPage: true });
    await page.context().close();
  });

  it('axe-core: no serious or critical violations on the chooser and on an answer; every action is reachable by Tab', async () => {
    const chooser = await phonePage('/');
    await chooser.locator('.county-option').first().waitFor({ timeout: 30_000 });
    expect(await seriousViolations(chooser)).toEqual([]);
    await chooser.context().close();

    const page = await phonePage(`/#view=public&j=${encodeURIComponent('蒸湘区')}&q=${encodeURIComponent('邻居家装修太吵了找谁？')}`);
    await page.locator('[data-testid=reply-message]').waitFor({ timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);

    // Tab from the top reaches every link, button and field of the page, each with a visible outline.
    const actions = await page
      .locator('a[href], button:not([disabled]), textarea, select, input')
      .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    const reached = new Set<string>();
    let outlined = 0;
    for (let i = 0; i < actions + 5; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          id: `${el.tagName}|${el.textContent?.slice(0, 30)}|${el.getAttribute('href') ?? ''}|${Array.from(el.parentNode?.children ?? []).indexOf(el)}`,
          outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
        };
      });
      if (!focus) continue;
      reached.add(focus.id);
      if (focus.outline) outlined++;
    }
    expect(reached.size).toBeGreaterThanOrEqual(actions);
    expect(outlined).toBeGreaterThan(0);
    await screenshot(page, 'public-phone-keyboard-focus');
    await page.context().close();
  });

  it('the static first frame is readable with JavaScript off', async () => {
    const page = await phonePage('/', { javaScript: false });
    const frame = page.locator('[data-testid=first-frame]');
    expect(await frame.locator('h1').textContent()).toBe('遇到问题，该找谁？');
    expect(await frame.isVisible()).toBe(true);
    expect(await frame.textContent()).toContain('需要启用 JavaScript');
    expect(await frame.locator('a[href="tel:12345"]').isVisible()).toBe(true);
    // Nothing is loading without JavaScript: the 正在加载 line is hidden.
    expect(await frame.locator('.first-frame-note').isVisible()).toBe(false);
    await screenshot(page, 'public-phone-no-javascript');
    await page.context().close();
  });
});
