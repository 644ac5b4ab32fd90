// The web page end to end: real Neo4j with the five seeds, the real server, headless
// Chromium. Each test leaves a screenshot in tests/e2e/screenshots/ for a person to look at.
import type { EdgeSingular } from 'cytoscape';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../integration/fixtures.js';
import { openPage, renderedGraph, screenshot, startE2E, type E2E } from './browser.js';

let e2e: E2E;

beforeAll(async () => {
  await loadSeeds();
  e2e = await startE2E();
}, 240_000);

afterAll(async () => {
  await e2e?.close();
});

/** What the API itself says, to compare the page against. */
async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${e2e.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

describe('ask (谁负责)', () => {
  it('answers a plain question with the expected agency, highlighted evidence and a matter graph', async () => {
    const page = await openPage(e2e, '#view=ask');
    await page.selectOption('select[name=jurisdiction]', '洪江区');
    await page.fill('input[name=q]', '有企业想在我们区建炼油厂，行业上归哪个部门管？');
    await page.press('input[name=q]', 'Enter');
    const first = page.locator('[data-testid=answer-agency]').first();
    await first.waitFor({ timeout: 30_000 });
    expect(await first.textContent()).toContain('发改');
    // The matched words are marked in the evidence (炼油 lives in the division text).
    expect(await page.locator('.answer').first().locator('mark').count()).toBeGreaterThan(0);
    // The URL carries the question, so the link can be shared.
    expect(decodeURIComponent(page.url())).toContain('q=有企业想在我们区建炼油厂');
    const labels = await renderedGraph(page);
    const agency = (await first.textContent())!;
    expect(labels).toContain(agency);
    expect(await page.evaluate(() => window.__jurisgraph.cy!.nodes('[kind = "matter"]').length)).toBe(1);
    await screenshot(page, 'ask-hongjiang-refinery');
    await page.close();
  });

  it('says so when the jurisdiction is unknown', async () => {
    const page = await openPage(e2e, `#view=ask&j=${encodeURIComponent('火星区')}&q=${encodeURIComponent('电力设施保护')}`);
    const error = page.locator('[data-status=error]');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.textContent()).toContain('未知的辖区');
    expect(await error.textContent()).toContain('火星区');
    await screenshot(page, 'ask-unknown-jurisdiction');
    await page.close();
  });
});

describe('overlaps (职责交叉)', () => {
  const matrixQuery = `query($j: String!) { overlapMatrix(jurisdiction: $j) { agencies { name } edges { kind weight } } }`;

  it('draws the 蒸湘区 agencies and their overlaps, and shows both division texts for a clicked edge', async () => {
    const { overlapMatrix } = await graphql<{ overlapMatrix: { agencies: { name: string }[]; edges: { kind: string; weight: number }[] } }>(
      matrixQuery,
      { j: '蒸湘区' },
    );
    const page = await openPage(e2e, `#view=overlaps&j=${encodeURIComponent('蒸湘区')}`);
    const labels = await renderedGraph(page);
    // Every agency of the district is a node, and the departments whose lists the file holds are among them.
    expect(new Set(labels)).toEqual(new Set(overlapMatrix.agencies.map((a) => a.name)));
    for (const department of ['卫生', '人民防空', '民族宗教']) expect(labels.some((l) => l.includes(department))).toBe(true);
    const edgeCount = await page.evaluate(() => window.__jurisgraph.cy!.edges().length);
    expect(edgeCount).toBe(overlapMatrix.edges.length);
    await screenshot(page, 'overlaps-zhengxiang');
    const download = page.waitForEvent('download');
    await page.click('button:has-text("导出图片")');
    expect((await download).suggestedFilename()).toBe('职责交叉-蒸湘区.png');

    // Show declared overlaps only (unticking the other kinds), then click (a real mouse click)
    // the strongest edge whose midpoint Cytoscape's hit test gives to that edge.
    const renders = await page.evaluate(() => window.__jurisgraph.renders);
    await page.uncheck('input[name=kind][value=UNDECLARED]');
    await renderedGraph(page, renders);
    await page.uncheck('input[name=kind][value=CONTRADICTION]');
    await renderedGraph(page, renders + 1);
    expect(decodeURIComponent(page.url())).toContain('kind=DECLARED');
    const point = await page.evaluate(() => {
      const cy = window.__jurisgraph.cy!;
      const hit = (cy as unknown as { renderer(): { findNearestElement(x: number, y: number, interactive: boolean, touch: boolean): unknown } }).renderer();
      const box = cy.container()!.getBoundingClientRect();
      const edges = cy.edges().sort((a, b) => b.data('strength') - a.data('strength'));
      const edge = edges.toArray().find((e) => hit.findNearestElement((e as EdgeSingular).midpoint().x, (e as EdgeSingular).midpoint().y, true, false) === e) as EdgeSingular | undefined;
      const mid = edge?.renderedMidpoint();
      return mid ? { x: box.left + mid.x, y: box.top + mid.y } : null;
    });
    expect(point).not.toBeNull();
    // Hovering names the pair before anyone clicks.
    await page.mouse.move(point!.x, point!.y);
    await page.locator('.graph-tooltip.shown').waitFor({ timeout: 10_000 });
    expect(await page.locator('.graph-tooltip').textContent()).toMatch(/ — .*\n清单已写明的共管：\d+ 项/s);
    await page.mouse.click(point!.x, point!.y);
    const shared = page.locator('[data-testid=shared-matter]').first();
    await shared.waitFor({ timeout: 30_000 });
    // Whichever edge the click landed on is selected, named in the URL, and explained.
    const selected = await page.evaluate(() => {
      const edge = window.__jurisgraph.cy!.edges(':selected')[0];
      return edge ? { id: edge.id(), kind: edge.data('kind'), a: edge.source().data('name'), b: edge.target().data('name') } : null;
    });
    expect(selected).not.toBeNull();
    expect(selected!.kind).toBe('declared');
    expect(decodeURIComponent(page.url())).toContain(`sel=${selected!.id}`);
    const columns = shared.locator('.column');
    expect(await columns.count()).toBe(2);
    const heads = await shared.locator('.column-head').allTextContents();
    expect(new Set(heads)).toEqual(new Set([selected!.a, selected!.b]));
    expect(await page.locator('[data-testid=detail] h3').textContent()).toContain(selected!.a);
    // The texts are the API's own division texts for each side (a blank cell reads 未写明).
    const { sharedMatters } = await graphql<{ sharedMatters: { title: string; assignments: { agency: { name: string } | null; division: string }[] }[] }>(
      `query($j: String!, $a: [String!]!) { sharedMatters(jurisdiction: $j, agencies: $a) { title assignments { agency { name } division } } }`,
      { j: '蒸湘区', a: [selected!.a, selected!.b] },
    );
    const first = sharedMatters[0]!;
    expect(await shared.locator('h4').textContent()).toBe(first.title);
    const expected = (name: string) => [...new Set(first.assignments.filter((x) => x.agency?.name === name).map((x) => x.division))].join('\n') || '（未写明）';
    const texts = await shared.locator('.column').evaluateAll((columns) => columns.map((c) => [c.querySelector('.column-head')!.textContent, c.querySelector('.column-text')!.textContent]));
    for (const [head, text] of texts) expect(text).toBe(expected(head!));
    expect(texts.some(([, text]) => text!.length > 4 && text !== '（未写明）')).toBe(true);
    await screenshot(page, 'overlaps-zhengxiang-edge');

    // Reloading the shared link restores the selection.
    await page.reload();
    await renderedGraph(page);
    await page.locator('[data-testid=shared-matter]').first().waitFor({ timeout: 30_000 });
    expect(await page.evaluate((id) => window.__jurisgraph.cy!.getElementById(id).selected(), selected!.id)).toBe(true);
    await page.close();
  });

  it('filters by overlap kind and minimum strength', async () => {
    const page = await openPage(e2e, `#view=overlaps&j=${encodeURIComponent('蒸湘区')}&kind=DECLARED&min=2`);
    await renderedGraph(page);
    const edges = await page.evaluate(() => window.__jurisgraph.cy!.edges().map((e) => [e.data('kind'), e.data('strength')] as const));
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every(([kind, strength]) => kind === 'declared' && strength >= 2)).toBe(true);
    expect(await page.locator('input[name=kind][value=UNDECLARED]').isChecked()).toBe(false);

    // With nothing selected the panel lists the strongest pairs; one click opens the first.
    const strongest = await page.evaluate(() => {
      const edge = window.__jurisgraph.cy!.edges().sort((a, b) => b.data('strength') - a.data('strength'))[0]!;
      return edge.data('strength') as number;
    });
    await page.click('.strongest li:first-child button');
    await page.locator('[data-testid=shared-matter]').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid=detail] .muted').first().textContent()).toBe(`共 ${strongest} 项`);
    expect(await page.evaluate(() => window.__jurisgraph.cy!.edges(':selected').length)).toBe(1);
    await screenshot(page, 'overlaps-zhengxiang-strongest');

    // Clicking the agency with the most matters opens it: its matters, duties and services.
    const node = await page.evaluate(() => {
      const cy = window.__jurisgraph.cy!;
      const biggest = cy.nodes().sort((a, b) => b.data('matters') - a.data('matters'))[0]!;
      const box = cy.container()!.getBoundingClientRect();
      const at = biggest.renderedPosition();
      return { x: box.left + at.x, y: box.top + at.y, name: String(biggest.data('name')), matters: Number(biggest.data('matters')) };
    });
    await page.mouse.click(node.x, node.y);
    const sections = page.locator('[data-testid=detail] .agency-section summary');
    await sections.first().waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid=detail] h3').textContent()).toBe(node.name);
    const summaries = await sections.allTextContents();
    expect(summaries[0]).toContain(`承担的管理事项（${node.matters}）`);
    await screenshot(page, 'overlaps-zhengxiang-agency');
    await page.close();
  });
});

describe('undeclared overlaps and contradictions', () => {
  it.each([
    ['UNDECLARED', 'overlaps-zhengxiang-undeclared'],
    ['CONTRADICTION', 'overlaps-zhengxiang-contradiction'],
  ])('%s: the strongest pair shows both sides with their sources', async (kind, shot) => {
    const page = await openPage(e2e, `#view=overlaps&j=${encodeURIComponent('蒸湘区')}&kind=${kind}`);
    await renderedGraph(page);
    const edges = await page.evaluate(() => window.__jurisgraph.cy!.edges().map((e) => e.data('kind') as string));
    expect(edges.length).toBeGreaterThan(0);
    expect(new Set(edges)).toEqual(new Set([kind.toLowerCase()]));
    await page.click('.strongest li:first-child button');
    const shared = page.locator('[data-testid=shared-matter]').first();
    await shared.waitFor({ timeout: 60_000 });
    const columns = await shared.locator('.column-text').allTextContents();
    expect(columns).toHaveLength(2);
    // Each side quotes at least one text with the file and line it came from.
    for (const text of columns) expect(text).toMatch(/\S{4,}.*第 \d+ 行/s);
    await screenshot(page, shot);
    await page.close();
  });
});

describe('public mode (群众办事)', () => {
  it('gives the office, unit and phone number for a problem described in plain words', async () => {
    const page = await openPage(e2e, `#view=public&j=${encodeURIComponent('洪江区')}`);
    await page.fill('textarea[name=problem]', '我开了个小厂，想找人做创业辅导和融资咨询');
    await page.click('.public-form button[type=submit]');
    const phones = page.locator('[data-testid=public-phones]').first();
    await phones.waitFor({ timeout: 30_000 });
    // The seed's public-service table: 中小企业促进股, 07457622012.
    expect(await phones.textContent()).toContain('07457622012');
    expect(await page.locator('.public-card').first().textContent()).toContain('中小企业促进股');
    await screenshot(page, 'public-hongjiang');
    await page.close();

    // The public page on a phone: same answer, nothing cut off sideways.
    const phone = await e2e.browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${e2e.url}/#view=public&j=${encodeURIComponent('洪江区')}&q=${encodeURIComponent('我开了个小厂，想找人做创业辅导和融资咨询')}`);
    await phone.locator('[data-testid=public-phones]').first().waitFor({ timeout: 30_000 });
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(phone, 'public-hongjiang-phone');
    await phone.close();
  });
});

describe('compare (跨地区对比)', () => {
  it('shows one matter in several jurisdictions side by side', async () => {
    const page = await openPage(e2e, `#view=compare&q=${encodeURIComponent('节能管理')}`);
    const columns = page.locator('.compare-column');
    await columns.first().waitFor({ timeout: 30_000 });
    const jurisdictions = new Set(await page.locator('.compare-column .jurisdiction-name').allTextContents());
    expect(jurisdictions.size).toBeGreaterThan(1);
    await screenshot(page, 'compare-energy');

    // A title no jurisdiction has: the page says there is no result, not a blank.
    await page.fill('input[name=q]', '火星殖民地登记');
    await page.press('input[name=q]', 'Enter');
    const empty = page.locator('[data-status=empty]');
    await empty.waitFor({ timeout: 30_000 });
    expect(await empty.textContent()).toContain('没有结果');
    await page.close();
  });
});
