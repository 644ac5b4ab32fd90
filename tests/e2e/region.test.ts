// The overlap tab's 省/市 level mode end to end: a generated 3-county country in the real
// Neo4j, the real server, headless Chromium. Choosing the city in the jurisdiction picker draws
// department kinds as nodes, the table lists kind pairs with their county counts, and a pair's
// county opens that county's own overlap view on the pair's two agencies.
// Screenshots in tests/e2e/screenshots/region-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadedCountry, loadSmallCountry } from '../integration/region/country.js';
import { openPage, queryE2E, renderedGraph, screenshot, startE2E, type E2E } from './browser.js';

let e2e: E2E;
let country: LoadedCountry;

beforeAll(async () => {
  country = await loadSmallCountry(11, 3);
  e2e = await startE2E();
}, 300_000);

afterAll(async () => {
  await e2e?.close();
  country?.remove();
});

interface RegionOut {
  complete: boolean;
  pairs: Array<{ id: string; a: { label: string }; b: { label: string }; counties: number; countiesWithBoth: number }>;
  kinds: Array<{ id: string; label: string }>;
}

describe('province/city overlap view', () => {
  it('draws kinds, lists kind pairs and drills into a county', async () => {
    const page = await openPage(e2e, '#view=overlaps');
    // The picker offers the city in its 省/市 group; choosing it switches the tab to the city mode.
    const option = page.locator('select.jurisdiction-picker optgroup option', { hasText: country.city });
    await option.first().waitFor({ state: 'attached', timeout: 30_000 });
    const started = Date.now();
    await page.selectOption('select.jurisdiction-picker', country.city);
    const names = await renderedGraph(page);
    const drawnMs = Date.now() - started;
    let api: RegionOut;
    for (;;) {
      api = (
        await queryE2E<{ regionOverlaps: RegionOut }>(
          e2e,
          'query($r: String!) { regionOverlaps(region: $r, first: 1000) { complete pairs { id a { label } b { label } counties countiesWithBoth } kinds { id label } } }',
          { r: country.city },
        )
      ).regionOverlaps;
      if (api.complete) break;
    }
    // Nodes are kinds (公安, 财政 …), never one county's agencies.
    expect(names.length).toBeGreaterThan(1);
    const labels = new Set(api.kinds.map((k) => k.label));
    expect(names.every((n) => labels.has(n))).toBe(true);
    expect(names.some((n) => /县|区/.test(n))).toBe(false);

    const rows = page.locator('[data-testid=region-pair-table] tbody tr');
    expect(await rows.count()).toBe(api.pairs.length);
    const first = api.pairs[0]!;
    await expect
      .poll(() => rows.first().locator('td').allTextContents())
      .toEqual(expect.arrayContaining([first.a.label, first.b.label, `${first.counties} / ${first.countiesWithBoth}`]));
    await screenshot(page, 'region-city');

    // The first pair: its counties, each opening that county's overlap view.
    await rows.first().click();
    const detail = page.locator('[data-testid=region-pair-detail]');
    await detail.waitFor({ timeout: 30_000 });
    const countyLinks = detail.locator('[data-testid=open-county]');
    expect(await countyLinks.count()).toBe(first.counties);
    await screenshot(page, 'region-pair');
    const county = (await countyLinks.first().textContent())!;
    const renders = await page.evaluate(() => window.__jurisgraph.renders);
    await countyLinks.first().click();
    const agencies = await renderedGraph(page, renders);
    const hash = decodeURIComponent(await page.evaluate(() => location.hash));
    expect(hash).toContain(`j=${county}`);
    expect(hash).toMatch(/agency=/);
    expect(hash).toMatch(/sel=e:/);
    // The county view: its agencies, filtered to the pair's first agency and what it overlaps with.
    expect(agencies.some((n) => n.startsWith(county) || n.includes('局') || n.includes('办'))).toBe(true);
    await expect.poll(() => page.locator('[data-testid=detail]').textContent(), { timeout: 30_000 }).not.toContain('正在加载');
    await screenshot(page, 'region-county');
    console.log(`region view: graph drawn ${drawnMs} ms after choosing ${country.city} (${country.counties.length} counties)`);
    await page.close();
  }, 180_000);
});
