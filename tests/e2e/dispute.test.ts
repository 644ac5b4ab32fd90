// 争议协调 end to end: real Neo4j with the five seeds, the real server, headless Chromium.
// 蒸湘区's 卫生局 and 计生局 dispute 出生人口性别比: the dossier side by side, a source opened
// in the 原文 panel, the print layout, the Word draft downloaded and read, and a ruling recorded
// through the form changing what the public page answers (then withdrawn). Screenshots go to
// tests/e2e/screenshots/ for a person to look at. Then an editor checks a list upload (a dry run).
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorToken, readerToken } from '../support/editor-token.js';
import { loadSeeds, seedFiles, uniqueTag } from '../integration/fixtures.js';
import { openPage, screenshot, startE2E, type E2E, queryE2E } from './browser.js';

const jurisdiction = '蒸湘区';
const question = '出生人口性别比';
const health = '衡阳市蒸湘区卫生局';
const family = '衡阳市蒸湘区人口和计划生育局';

let e2e: E2E;
let editor: string;
let reader: string;

beforeAll(async () => {
  // Tokens first: the server reads its token file (JURISGRAPH_TOKENS_FILE) from the start.
  editor = editorToken('e2e-dispute-editor');
  reader = readerToken('e2e-dispute-reader');
  // Uploads are staged in a directory of this run's own, not the repository's .data/.
  process.env.JURISGRAPH_UPLOAD_DIR = mkdtempSync(path.join(os.tmpdir(), 'jurisgraph-e2e-uploads-'));
  await loadSeeds();
  e2e = await startE2E();
}, 240_000);

afterAll(async () => {
  await e2e?.close();
});

const graphql = <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => queryE2E<T>(e2e, query, variables);

interface ApiDossier {
  sections: {
    agency: { name: string };
    rows: {
      division: string;
      list: { key: string };
      bases: { title: string | null }[];
      source: { file: string; line: number; title: string | null; listDate: { label: string } };
    }[];
  }[];
  proposal: { text: string };
}

/** The dossier as the API gives it, to compare the page against. */
async function dossier(): Promise<ApiDossier> {
  const query = `query($j: String!, $q: String!, $a: [String!]!) { dispute(jurisdiction: $j, question: $q, agencies: $a) {
    sections { agency { name } rows { division list { key } bases { title } source { file line title listDate { label } } } } proposal { text } } }`;
  return (await graphql<{ dispute: ApiDossier }>(query, { j: jurisdiction, q: question, a: [health, family] })).dispute;
}

/** The first office the public page would name for a question, and whether it rests on a ruling. */
async function publicAnswer(text: string): Promise<{ agency: string; ruling: string | null }> {
  const query = `query($q: String!, $j: String) { ask(question: $q, jurisdiction: $j, first: 5) { contacts { agency { name } ruling { reference } } } }`;
  const { ask } = await graphql<{ ask: { contacts: { agency: { name: string }; ruling: { reference: string } | null }[] } }>(query, {
    q: text,
    j: jurisdiction,
  });
  const first = ask.contacts[0]!;
  return { agency: first.agency.name, ruling: first.ruling?.reference ?? null };
}

const disputeLink = `#view=dispute&j=${encodeURIComponent(jurisdiction)}&q=${encodeURIComponent(question)}&a=${encodeURIComponent(health)}&a=${encodeURIComponent(family)}`;

async function openDossier(): Promise<Page> {
  const page = await openPage(e2e, disputeLink);
  await page.locator('[data-testid=dossier-grid]').waitFor({ timeout: 60_000 });
  return page;
}

/** Picks an agency in the agency box by what staff type; returns the suggestions shown first. */
async function pick(page: Page, typed: string, agency: string): Promise<string[]> {
  await page.fill('input[name=agency-search]', typed);
  const suggestions = page.locator('[data-testid=agency-suggestions] li[data-agency]');
  await suggestions.first().waitFor({ timeout: 30_000 });
  const shown = await suggestions.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.agency!));
  await page.locator(`[data-testid=agency-suggestions] li[data-agency="${agency}"]`).click();
  return shown;
}

describe('争议协调', () => {
  it('builds the dossier from agencies typed by their short names: both columns side by side, rows with their sources', async () => {
    const page = await openPage(e2e, `#view=dispute&j=${encodeURIComponent(jurisdiction)}`);
    // Short forms and aliases find the agencies the lists name otherwise.
    expect((await pick(page, '公安分局', '公安局蒸湘分局'))[0]).toBe('公安局蒸湘分局');
    await page.locator(`[data-testid=agency-chips] .chip[data-agency="公安局蒸湘分局"] button`).click();
    expect((await pick(page, '卫生局', health))[0]).toBe(health);
    expect((await pick(page, '计生局', family))[0]).toBe(family);
    expect(
      await page.locator('[data-testid=agency-chips] .chip').evaluateAll((c) => c.map((x) => (x as HTMLElement).dataset.agency)),
    ).toEqual([health, family]);
    await page.fill('input[name=matter]', question);
    await page.press('input[name=matter]', 'Enter');
    // The first dossier of a run builds the search index (cold on a busy machine).
    await page.locator('[data-testid=dossier-grid]').waitFor({ timeout: 150_000 });
    // The link carries the dossier: opening it again shows the same.
    const url = decodeURIComponent(page.url());
    expect(url).toContain(`a=${health}`);
    expect(url).toContain(`a=${family}`);
    expect(url).toContain(`q=${question}`);

    const api = await dossier();
    expect(api.sections.map((s) => s.agency.name)).toEqual([health, family]);
    expect(await page.locator('[data-testid=dossier-column-head]').allTextContents()).toEqual([health, family]);
    expect(await page.locator('[data-testid=dossier-proposal] .proposal-text').textContent()).toBe(api.proposal.text);
    for (const section of api.sections) {
      expect(section.rows.length).toBeGreaterThan(0);
      const cells = page.locator(`.grid-cell[data-agency="${section.agency.name}"]`);
      const rows = cells.locator('[data-testid=dossier-row]');
      expect(await rows.count()).toBe(section.rows.length);
      // Each row is its list's own: division and source as the API gives them, the source by title and line.
      for (const [i, row] of section.rows.entries()) {
        const card = rows.nth(i);
        expect(await card.locator('.row-division').textContent()).toContain(row.division);
        const link = card.locator('[data-testid=source-link]');
        expect(await link.getAttribute('data-line')).toBe(String(row.source.line));
        expect(await link.textContent()).toMatch(new RegExp(`^《.+》.*（${row.source.listDate.label}）第 ${row.source.line} 行$`));
        expect(await card.evaluate((el) => el.closest('.grid-cell')!.getAttribute('data-list'))).toBe(row.list.key);
      }
    }
    // No file name stands for a source anywhere on the page.
    expect(await page.locator('[data-testid=dossier]').textContent()).not.toMatch(/\.txt 第/);
    await screenshot(page, 'dispute-dossier');
    await page.close();
  }, 240_000);

  it('opens a source in the 原文 panel: the list title, numbered lines, the cited lines highlighted', async () => {
    const api = await dossier();
    const row = api.sections[0]!.rows[0]!;
    const page = await openDossier();
    await page.locator(`.grid-cell[data-agency="${health}"] [data-testid=source-link]`).first().click();
    const panel = page.locator('[data-testid=source-panel]');
    await panel.locator('[data-testid=source-lines] li.cited').first().waitFor({ timeout: 30_000 });
    expect(row.source.title).toBeTruthy();
    // The list's title with its date (issue 13).
    expect(await panel.locator('[data-testid=source-title]').textContent()).toBe(`《${row.source.title}》（${row.source.listDate.label}）`);
    const cited = panel.locator('li.cited');
    expect(await cited.first().getAttribute('data-line')).toBe(String(row.source.line));
    // The cited record holds the division the dossier quotes.
    const citedText = (await cited.locator('.line-text').allTextContents()).join('');
    expect(citedText).toContain(row.division.slice(0, 20));
    // Lines around it, numbered in order.
    const numbers = (await panel.locator('.line-number').allTextContents()).map(Number);
    expect(numbers.length).toBeGreaterThan((await cited.count()) + 4);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers[0]).toBeLessThan(row.source.line);
    await screenshot(page, 'dispute-source-panel');
    await page.locator('[data-testid=source-close]').click();
    expect(await panel.isVisible()).toBe(false);
    await page.close();
  });

  it('prints the dossier alone, under a header with the jurisdiction, the question, the date and the link', async () => {
    const page = await openDossier();
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.topbar', '.dispute-form', '.dossier-toolbar', '[data-testid=ruling-card]']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    const head = page.locator('[data-testid=dossier-head]');
    expect(await head.isVisible()).toBe(true);
    const text = (await head.textContent())!;
    expect(text).toContain(`${jurisdiction} · ${question}`);
    expect(text).toMatch(/打印日期\d{4}\/\d{1,2}\/\d{1,2}/);
    expect(text).toContain(decodeURI(page.url()));
    expect(await page.locator('[data-testid=dossier-grid]').isVisible()).toBe(true);
    await screenshot(page, 'dispute-print', { fullPage: true });
    await page.close();
  });

  it('downloads the dossier as a Word draft naming both agencies and their bases', async () => {
    const api = await dossier();
    const page = await openDossier();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=dossier-word]').click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const zip = await JSZip.loadAsync(await readFile((await download.path())!));
    const xml = await zip.file('word/document.xml')!.async('string');
    // Words split across runs read whole once the markup is gone.
    const text = xml.replace(/<[^>]+>/g, '');
    for (const section of api.sections) {
      expect(text).toContain(section.agency.name);
      const titles = [...new Set(section.rows.flatMap((r) => r.bases.map((b) => b.title)).filter((t): t is string => Boolean(t)))];
      expect(titles.length).toBeGreaterThan(0);
      for (const title of titles) expect(text).toContain(title);
    }
    await page.close();
  });

  it('a ruling recorded through the form changes the public answer and says so; withdrawing it reverts', async () => {
    const asked = '出生人口性别比综合治理归哪个部门管';
    const before = await publicAnswer(asked);
    expect(before.ruling).toBeNull();
    // The ruling names as lead whichever party the public page does not name first now.
    const lead = before.agency === family ? health : family;
    const cooperating = lead === family ? health : family;
    const tag = uniqueTag('e2e');
    const reference = `蒸编办函〔2026〕${tag}号`;

    const page = await openDossier();
    const form = page.locator('[data-testid=ruling-form]');
    const fill = async () => {
      await form.locator(`select[data-agency="${lead}"]`).selectOption('lead');
      await form.locator(`select[data-agency="${cooperating}"]`).selectOption('cooperate');
      await form.locator('textarea[name=ruling-basis]').fill('区编委会议纪要（出生人口性别比综合治理职责分工）');
      await form.locator('input[name=ruling-reference]').fill(reference);
    };
    await fill();
    // Without a token the page says what to do; with a reader's token the server refuses, in words.
    await page.locator('[data-testid=ruling-submit]').click();
    expect(await page.locator('[data-testid=ruling-outcome]').textContent()).toContain('编辑登录');
    await signIn(page, reader);
    await page.locator('[data-testid=ruling-submit]').click();
    await page.locator('[data-testid=ruling-outcome] [data-status=error]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid=ruling-outcome]').textContent()).toContain('没有编辑权限');
    expect((await publicAnswer(asked)).ruling).toBeNull();

    await page.locator('[data-testid=editor-login]').click(); // 退出
    await signIn(page, editor);
    await page.locator('[data-testid=ruling-submit]').click();
    const notice = page.locator('[data-testid=dispute-notice]');
    await notice.getByText(`已录入协调意见 ${reference}`).waitFor({ timeout: 30_000 });
    // The dossier reloads with the ruling in force.
    await page.locator('[data-testid=dossier-ruling].current').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid=dossier-ruling].current').first().textContent()).toContain(reference);
    await screenshot(page, 'dispute-ruling-recorded');

    const ruled = await publicAnswer(asked);
    expect(ruled).toEqual({ agency: lead, ruling: reference });
    const publicPage = await openPage(e2e, `#view=public&j=${encodeURIComponent(jurisdiction)}&q=${encodeURIComponent(asked)}`);
    const first = publicPage.locator('[data-testid=public-card]').first();
    await first.waitFor({ timeout: 30_000 });
    expect(await namedOffice(first)).toBe(lead);
    // Agencies dividing the matter share one card, each citing the ruling.
    const note = (await first.locator('[data-testid=ruling-note]').first().textContent())!;
    expect(note).toContain(`依据 ${jurisdiction}机构编制委员会办公室 ${reference} 协调意见`);
    await screenshot(publicPage, 'dispute-public-ruling');

    // Withdraw: the public answer is the lists' again.
    const withdrawal = page.locator('[data-testid=withdraw-form]');
    await withdrawal.locator('textarea[name=withdraw-basis]').fill('编委会复议，撤销原分工');
    await withdrawal.locator('input[name=withdraw-reference]').fill(`${reference}-撤`);
    await page.locator('[data-testid=ruling-withdraw]').click();
    await notice.getByText(`已撤销，撤销文号 ${reference}-撤`).waitFor({ timeout: 30_000 });
    expect(await publicAnswer(asked)).toEqual(before);
    await publicPage.reload();
    await publicPage.locator('[data-testid=public-card]').first().waitFor({ timeout: 30_000 });
    expect(await namedOffice(publicPage.locator('[data-testid=public-card]').first())).toBe(before.agency);
    expect(await publicPage.locator('[data-testid=ruling-note]').count()).toBe(0);
    await publicPage.close();
    await page.close();
  });
});

/**
 * The agency a public card names first, as the lists or the ruling name it: a body the reform
 * ended heads its card by the one holding its duties today, its own name on the line below
 * (issue 13). Agencies dividing one matter share a card, the lead first.
 */
async function namedOffice(card: Locator): Promise<string | null> {
  const shares = card.locator('[data-testid=public-share]');
  const first = (await shares.count()) ? shares.first() : card;
  const listed = first.locator('[data-testid=public-listed-office]');
  const office = first.locator('[data-testid=public-office]');
  if (!(await listed.count())) return office.textContent();
  // The heading is the present body, never the listed one.
  expect(await office.textContent()).not.toBe(await listed.first().textContent());
  return listed.first().textContent();
}

async function signIn(page: Page, token: string): Promise<void> {
  await page.locator('[data-testid=editor-login]').click();
  await page.locator('input[name=editor-token]').fill(token);
  await page.locator('[data-testid=editor-login-form] button[type=submit]').click();
}

describe('清单上传', () => {
  it('checks a list without writing it: the summary, the counts and every diagnostic with file and line', async () => {
    const file = seedFiles()[0]!;
    const name = path.basename(file);
    const page = await openPage(e2e, '#view=upload');
    await page.locator('input[name=list-file]').setInputFiles(file);
    // Without a token the page says what to do and sends nothing.
    await page.locator('.upload-form button[type=submit]').click();
    expect(await page.locator('[data-testid=upload-result]').textContent()).toContain('编辑登录');
    await signIn(page, editor);
    const documentsBefore = await documentCount();
    await page.locator('.upload-form button[type=submit]').click();
    await page.locator('[data-testid=upload-report]').waitFor({ timeout: 60_000 });
    const summary = (await page.locator('[data-testid=upload-summary]').textContent())!;
    expect(summary).toMatch(/^共 1 个文档、1 个部门；错误 0/);
    const diagnostics = page.locator('[data-testid=upload-diagnostic]');
    expect(await diagnostics.count()).toBeGreaterThan(0);
    for (const where of await diagnostics.locator('.diagnostic-where').allTextContents()) {
      expect(where).toMatch(new RegExp(`^${name.replace('.', '\\.')} 第 \\d+ 行$`));
    }
    expect(await page.locator('[data-testid=upload-commit]').isEnabled()).toBe(true);
    // A dry run: nothing written.
    expect(await documentCount()).toBe(documentsBefore);
    await screenshot(page, 'upload-report');
    await page.close();
  });
});

async function documentCount(): Promise<number> {
  return (await graphql<{ documents: unknown[] }>('{ documents { key } }', {})).documents.length;
}
