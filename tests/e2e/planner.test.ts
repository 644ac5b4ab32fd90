// The planner's workspace (issue 14, item 1, and the keyboard/axe part of item 4) end to end:
// real Neo4j with the five seeds, the real server, headless Chromium, on 蒸湘区. The pair table
// beside the graph and the graph select each other; the table and a detail list download as
// CSV and .xlsx whose rows equal the API's; the printed report; the searchable agency filter;
// copy link; Tab reaches the toolbar and the table; axe-core finds nothing serious.
// Screenshots in tests/e2e/screenshots/planner-*.png.
import { readFile } from 'node:fs/promises';
import type { EdgeSingular } from 'cytoscape';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strings } from '../../web/src/strings.js';
import { loadSeeds } from '../integration/fixtures.js';
import { seriousViolations } from './axe.js';
import { openPage, renderedGraph, screenshot, startE2E, type E2E, queryE2E } from './browser.js';

let e2e: E2E;

beforeAll(async () => {
  await loadSeeds();
  e2e = await startE2E();
}, 240_000);

afterAll(async () => {
  await e2e?.close();
});

const graphql = <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => queryE2E<T>(e2e, query, variables);

interface Matrix {
  agencies: { key: string; name: string; aliases: string[] }[];
  edges: { source: string; target: string; kind: string; weight: number; labels: string[] }[];
}

async function matrix(): Promise<Matrix> {
  return (
    await graphql<{ overlapMatrix: Matrix }>(
      `query($j: String!) { overlapMatrix(jurisdiction: $j) { agencies { key name aliases } edges { source target kind weight labels } } }`,
      { j: '蒸湘区' },
    )
  ).overlapMatrix;
}

/** The API's pairs as the table's first columns: 部门甲, 部门乙 (name order), kind, strength, matter count, matters. */
function expectedRows(m: Matrix, keep: (edge: Matrix['edges'][number], names: string[]) => boolean = () => true): string[][] {
  const name = new Map(m.agencies.map((a) => [a.key, a.name]));
  return m.edges
    .map((edge) => ({ edge, names: [name.get(edge.source)!, name.get(edge.target)!].sort((x, y) => (x < y ? -1 : 1)) }))
    .filter(({ edge, names }) => keep(edge, names))
    .map(({ edge, names }) => [
      ...names,
      strings.kinds[edge.kind]!,
      String(edge.weight),
      String(edge.labels.length),
      edge.labels.join('；'),
    ])
    .sort();
}

const overlapsUrl = (extra = '') => `#view=overlaps&j=${encodeURIComponent('蒸湘区')}${extra}`;

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const waiting = page.waitForEvent('download', { timeout: 60_000 });
  await click();
  const download = await waiting;
  return { download, bytes: await readFile((await download.path())!) };
}

async function xlsxRows(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let i = 1; i <= sheet.columnCount; i += 1) cells.push(String(row.getCell(i).value ?? ''));
    rows.push(cells);
  });
  return rows;
}

/** The table's rows once its sources (every finding of every kind) have arrived. */
async function tableReady(page: Page): Promise<void> {
  await page.locator('[data-testid=pair-table] tbody tr').first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid=pair-table]')?.textContent?.includes('出处加载中'), null, {
    timeout: 90_000,
  });
}

describe('planner workspace (职责交叉 on 蒸湘区)', () => {
  it('table rows and graph edges select each other', async () => {
    const m = await matrix();
    const page = await openPage(e2e, overlapsUrl());
    await renderedGraph(page);
    await tableReady(page);
    const rows = page.locator('[data-testid=pair-table] tbody tr');
    // One row per edge the graph draws, with the graph's ids.
    const rowIds = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.edge!).sort());
    const edgeIds = await page.evaluate(() =>
      window.__jurisgraph
        .cy!.edges()
        .map((e) => e.id())
        .sort(),
    );
    expect(rowIds).toEqual(edgeIds);
    expect(rowIds).toHaveLength(m.edges.length);

    // A row (the fifth: not simply the first) selects its edge, names it in the URL and explains it.
    const row = rows.nth(4);
    const id = (await row.getAttribute('data-edge'))!;
    await row.click();
    await page.locator('[data-testid=detail] h3').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => window.__jurisgraph.cy!.edges(':selected').map((e) => e.id()))).toEqual([id]);
    expect(decodeURIComponent(page.url())).toContain(`sel=${id}`);
    expect(await row.getAttribute('aria-selected')).toBe('true');
    const names = await page.evaluate((edgeId) => {
      const edge = window.__jurisgraph.cy!.getElementById(edgeId) as EdgeSingular;
      return [edge.source().data('name'), edge.target().data('name')] as string[];
    }, id);
    const heading = (await page.locator('[data-testid=detail] h3').textContent())!;
    for (const name of names) expect(heading).toContain(name);
    await screenshot(page, 'planner-row-selects-edge');

    // A real click on an edge (one Cytoscape's hit test gives to that edge, far down the table) highlights its row.
    const target = await page.evaluate(() => {
      const cy = window.__jurisgraph.cy!;
      const hit = (
        cy as unknown as { renderer(): { findNearestElement(x: number, y: number, interactive: boolean, touch: boolean): unknown } }
      ).renderer();
      const box = cy.container()!.getBoundingClientRect();
      const edge = cy
        .edges()
        .sort((a, b) => a.data('strength') - b.data('strength'))
        .toArray()
        .find(
          (e) =>
            !e.selected() && hit.findNearestElement((e as EdgeSingular).midpoint().x, (e as EdgeSingular).midpoint().y, true, false) === e,
        ) as EdgeSingular | undefined;
      const mid = edge?.renderedMidpoint();
      return edge && mid ? { id: edge.id(), x: box.left + mid.x, y: box.top + mid.y } : null;
    });
    expect(target).not.toBeNull();
    await page.mouse.click(target!.x, target!.y);
    const clicked = await page.evaluate(() => window.__jurisgraph.cy!.edges(':selected').map((e) => e.id()));
    expect(clicked).toHaveLength(1);
    const highlighted = page.locator('[data-testid=pair-table] tbody tr.selected');
    await expect.poll(() => highlighted.getAttribute('data-edge')).toBe(clicked[0]);
    expect(await highlighted.count()).toBe(1);
    expect(await page.locator(`[data-testid=pair-table] tr[data-edge="${id}"]`).getAttribute('aria-selected')).toBe('false');
    // The highlighted row is scrolled into the table's view.
    const visible = await highlighted.evaluate((tr) => {
      const box = tr.getBoundingClientRect();
      const scroller = tr.closest('.pair-scroll')!.getBoundingClientRect();
      return box.top >= scroller.top - 1 && box.bottom <= scroller.bottom + 1;
    });
    expect(visible).toBe(true);
    await screenshot(page, 'planner-edge-highlights-row');

    // Sorting by a column header and searching the table.
    await page.click('[data-testid=pair-table] button.sort[data-column=a]');
    const firstColumn = await rows.evaluateAll((trs) => trs.map((tr) => (tr.children[0] as HTMLElement).title));
    expect(firstColumn).toEqual([...firstColumn].sort((x, y) => x.localeCompare(y, 'zh')));
    await page.fill('[data-testid=pair-search]', '矛盾');
    const contradictions = m.edges.filter((e) => e.kind === 'CONTRADICTION').length;
    expect(contradictions).toBeGreaterThan(0);
    expect(await rows.count()).toBe(contradictions);
    await page.close();
  });

  it('downloads the table as CSV and .xlsx with the API’s rows, and a detail list complete', async () => {
    const m = await matrix();
    const page = await openPage(e2e, overlapsUrl());
    await renderedGraph(page);
    await tableReady(page);
    const csv = await downloaded(page, () => page.click('[data-testid=pair-export-csv]'));
    expect(csv.download.suggestedFilename()).toBe('职责交叉-蒸湘区.csv');
    expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.bytes.toString('utf8')).toContain('\r\n');
    const csvRows = parse(csv.bytes, { bom: true }) as string[][];
    expect(csvRows[0]).toEqual(['部门甲', '部门乙', '交叉类型', '强度（项数）', '最高分', '事项数', '涉及事项', '出处']);
    const body = csvRows.slice(1);
    const pick = (r: string[]) => [r[0]!, r[1]!, r[2]!, r[3]!, r[5]!, r[6]!];
    expect(body.map(pick).sort()).toEqual(expectedRows(m));
    // Every pair names where its findings were read, line by line.
    expect(body.every((r) => /第 \d+ 行/.test(r[7]!))).toBe(true);

    const xlsx = await downloaded(page, () => page.click('[data-testid=pair-export-xlsx]'));
    expect(xlsx.download.suggestedFilename()).toBe('职责交叉-蒸湘区.xlsx');
    const sheet = await xlsxRows(xlsx.bytes);
    expect(sheet[0]).toEqual(csvRows[0]);
    expect(sheet.slice(1).map(pick).sort()).toEqual(expectedRows(m));
    expect(sheet.slice(1).map((r) => r[7])).toEqual(body.map((r) => r[7]));

    // The strongest declared pair: its panel lists every shared matter (no cap) and its file
    // holds every row of every one of them, as sharedMatters returns them.
    await page.goto(`${e2e.url}/${overlapsUrl('&kind=DECLARED')}`);
    await renderedGraph(page);
    await page.click('.strongest li:first-child button');
    await page.locator('[data-testid=shared-matter]').first().waitFor({ timeout: 30_000 });
    const pair = await page.evaluate(() => {
      const edge = window.__jurisgraph.cy!.edges(':selected')[0]!;
      return [edge.source().data('name'), edge.target().data('name')] as string[];
    });
    const { sharedMatters } = await graphql<{
      sharedMatters: { title: string; assignments: { division: string; source: { file: string; line: number } }[] }[];
    }>(
      `query($j: String!, $a: [String!]!) { sharedMatters(jurisdiction: $j, agencies: $a) { title assignments { division source { file line } } } }`,
      { j: '蒸湘区', a: pair },
    );
    expect(await page.locator('[data-testid=shared-matter]').count()).toBe(sharedMatters.length);
    const detailCsv = await downloaded(page, () => page.click('[data-testid=detail-export-csv]'));
    const detailRows = (parse(detailCsv.bytes, { bom: true }) as string[][]).slice(1);
    const expected = sharedMatters
      .flatMap((x) => x.assignments.map((a) => [x.title, a.division, a.source.file, String(a.source.line)]))
      .sort();
    expect(detailRows.map((r) => [r[0]!, r[4]!, r[7]!, r[8]!]).sort()).toEqual(expected);
    const detailXlsx = await downloaded(page, () => page.click('[data-testid=detail-export-xlsx]'));
    expect((await xlsxRows(detailXlsx.bytes)).slice(1)).toEqual((parse(detailCsv.bytes, { bom: true }) as string[][]).slice(1));

    // The agency with the longest list (duties or matters) of all loaded counties: every item in
    // its panel (the panel used to stop at 40), and every duty and matter row in its file.
    const { jurisdictions } = await graphql<{ jurisdictions: { name: string }[] }>(`{ jurisdictions { name } }`, {});
    const counties = await Promise.all(
      jurisdictions.map(async ({ name }) => {
        const { overlapMatrix } = await graphql<{
          overlapMatrix: { agencies: { key: string; name: string; dutyCount: number; matterCount: number }[] };
        }>(`query($j: String!) { overlapMatrix(jurisdiction: $j) { agencies { key name dutyCount matterCount } } }`, { j: name });
        return overlapMatrix.agencies.map((a) => ({ ...a, jurisdiction: name }));
      }),
    );
    const longest = (a: { dutyCount: number; matterCount: number }) => Math.max(a.dutyCount, a.matterCount);
    const busiest = counties.flat().sort((x, y) => longest(y) - longest(x))[0]!;
    const { agency } = await graphql<{ agency: { duties: { text: string }[]; responsibilities: { matter: { title: string } }[] } }>(
      `query($k: ID!) { agency(key: $k) { duties { text } responsibilities { matter { title } } } }`,
      { k: busiest.key },
    );
    // The seeds' longest list, printed so the note can say how far past the old cap the test goes.
    console.info(
      `[planner] longest detail list: ${busiest.jurisdiction} ${busiest.name}, ${agency.duties.length} duties, ${busiest.matterCount} matters`,
    );
    await page.goto(
      `${e2e.url}/#view=overlaps&j=${encodeURIComponent(busiest.jurisdiction)}&sel=${encodeURIComponent(`a:${busiest.name}`)}`,
    );
    await renderedGraph(page);
    const sections = page.locator('[data-testid=detail] .agency-section');
    await sections.first().waitFor({ timeout: 30_000 });
    expect(await sections.nth(1).locator('li').count()).toBe(agency.duties.length);
    expect(await sections.nth(0).locator('li').count()).toBe(new Set(agency.responsibilities.map((r) => r.matter.title)).size);
    const agencyCsv = await downloaded(page, () => page.click('[data-testid=detail-export-csv]'));
    const agencyRows = (parse(agencyCsv.bytes, { bom: true }) as string[][]).slice(1);
    expect(agencyRows.filter((r) => r[0] === '部门职责').map((r) => r[4])).toEqual(agency.duties.map((d) => d.text));
    expect(agencyRows.filter((r) => r[0] === '承担的管理事项')).toHaveLength(agency.responsibilities.length);
    await screenshot(page, 'planner-detail-complete');
    await page.close();
  }, 180_000);

  it('prints a report with title, jurisdiction, filters, date, legend, graph and the table', async () => {
    const m = await matrix();
    const page = await openPage(e2e, overlapsUrl('&kind=DECLARED,CONTRADICTION&min=2'));
    await renderedGraph(page);
    await tableReady(page);
    // No print dialog in a test: the page calls window.print(), the test looks at the print layout.
    await page.evaluate(() => {
      window.print = () => {
        (window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1;
      };
    });
    await page.click('[data-testid=print-report]');
    const report = page.locator('[data-testid=report]');
    await report.waitFor({ state: 'attached', timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    // On screen the report is not shown; in print it is the only thing shown.
    expect(await report.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await report.isVisible()).toBe(true);
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    const text = (await report.textContent())!;
    expect(text).toContain('蒸湘区部门职责交叉报告');
    expect(text).toContain(`交叉类型：${strings.kinds.DECLARED}、${strings.kinds.CONTRADICTION}`);
    expect(text).toContain('最低强度：2');
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect(text).toContain(today);
    expect(await report.locator('.report-legend-entry:not(.report-legend-node)').allTextContents()).toEqual([
      strings.kinds.DECLARED,
      strings.kinds.CONTRADICTION,
    ]);
    expect(await report.locator('img.report-graph').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);
    const printed = await report
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.children].map((td) => td.textContent ?? '')).map((c) => [c[0]!, c[1]!, c[2]!, c[3]!, c[4]!, c[5]!]),
      );
    const expected = expectedRows(m, (e) => (e.kind === 'DECLARED' || e.kind === 'CONTRADICTION') && e.weight >= 2).map((r) => [
      r[0]!,
      r[1]!,
      strings.kindShort[Object.keys(strings.kinds).find((k) => strings.kinds[k] === r[2])!]!,
      r[3]!,
      r[4]!,
      r[5]!,
    ]);
    expect(printed.sort()).toEqual(expected.sort());
    await screenshot(page, 'planner-report-print-first-page');
    await screenshot(page, 'planner-report-print', { fullPage: true });
    await page.close();
  });

  it('filters by an agency typed by its alias, and copies the link', async () => {
    const m = await matrix();
    const withAlias = m.agencies.find(
      (a) => a.aliases.some((x) => x !== a.name && !a.name.includes(x)) && m.edges.some((e) => e.source === a.key || e.target === a.key),
    );
    expect(withAlias, 'an agency with an alias and an overlap').toBeDefined();
    const alias = withAlias!.aliases.find((x) => x !== withAlias!.name && !withAlias!.name.includes(x))!;
    const context = await e2e.browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.url });
    const page = await context.newPage();
    await page.goto(`${e2e.url}/${overlapsUrl()}`);
    await renderedGraph(page);
    const renders = await page.evaluate(() => window.__jurisgraph.renders);
    await page.fill('input[name=agency-search]', alias);
    await page.locator('[data-testid=agency-suggestions] li[data-agency]').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-testid=agency-suggestions] li[data-agency]').first().getAttribute('data-agency')).toBe(
      withAlias!.name,
    );
    await screenshot(page, 'planner-agency-search');
    await page.press('input[name=agency-search]', 'Enter');
    await renderedGraph(page, renders);
    expect(decodeURIComponent(page.url())).toContain(`agency=${withAlias!.name}`);
    const tableRows = await page
      .locator('[data-testid=pair-table] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [(tr.children[0] as HTMLElement).title, (tr.children[1] as HTMLElement).title]));
    expect(tableRows.length).toBe(expectedRows(m, (_, names) => names.includes(withAlias!.name)).length);
    expect(tableRows.every((names) => names.includes(withAlias!.name))).toBe(true);

    await page.click('[data-testid=copy-link]');
    await expect.poll(() => page.locator('.copy-note').textContent()).toBe('链接已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await context.close();
  });

  it('keyboard: Tab reaches the toolbar and the table rows, Enter selects; axe-core finds nothing serious', async () => {
    const page = await openPage(e2e, overlapsUrl());
    await renderedGraph(page);
    await tableReady(page);
    const reached = new Set<string>();
    let row: string | null = null;
    for (let i = 0; i < 200 && !row; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { testId: el?.dataset.testid ?? null, edge: el?.dataset.edge ?? null, tag: el?.tagName ?? '' };
      });
      if (focused.testId) reached.add(focused.testId);
      if (focused.edge) row = focused.edge;
    }
    for (const id of ['copy-link', 'print-report', 'pair-export-csv', 'pair-export-xlsx', 'pair-search']) expect(reached, id).toContain(id);
    expect(row).not.toBeNull();
    await page.keyboard.press('ArrowDown');
    const next = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.edge ?? null);
    expect(next).not.toBeNull();
    expect(next).not.toBe(row);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=detail] h3').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => window.__jurisgraph.cy!.edges(':selected').map((e) => e.id()))).toEqual([next]);
    // Focus stays on the row after the selection re-renders the panel.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.edge ?? null)).toBe(next);
    await screenshot(page, 'planner-keyboard');

    const serious = await seriousViolations(page);
    expect(serious).toEqual([]);
    await page.close();
  }, 240_000);
});
