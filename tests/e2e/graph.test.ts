// The overlap graph made readable (issue #14, item 2), end to end on 蒸湘区: real Neo4j with the
// five seeds, the real server, headless Chromium. Screenshots land in tests/e2e/screenshots/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../integration/fixtures.js';
import { openPage, renderedGraph, screenshot, screenshotsDir, startE2E, queryE2E, type E2E } from './browser.js';
import type { NodeSingular } from 'cytoscape';
import type { Page } from 'playwright-core';

let e2e: E2E;

beforeAll(async () => {
  await loadSeeds();
  e2e = await startE2E();
}, 240_000);

afterAll(async () => {
  await e2e?.close();
});

const district = `#view=overlaps&j=${encodeURIComponent('蒸湘区')}`;

interface MatrixAgency {
  name: string;
  aliases: string[];
}

async function agencies(): Promise<MatrixAgency[]> {
  const query = 'query($j: String!) { overlapMatrix(jurisdiction: $j) { agencies { name aliases } } }';
  return (await queryE2E<{ overlapMatrix: { agencies: MatrixAgency[] } }>(e2e, query, { j: '蒸湘区' })).overlapMatrix.agencies;
}

/** Visible labels on screen and pairs of them that overlap, measured from Cytoscape's label boxes. */
function labelOverlaps(page: Page): Promise<{ visible: number; overlaps: number }> {
  return page.evaluate(() => {
    const cy = window.__jurisgraph.cy!;
    const view = cy.extent();
    const boxes = cy
      .nodes()
      .filter(
        (n) =>
          !!n.style('label') &&
          n.numericStyle('text-opacity') > 0 &&
          n.numericStyle('opacity') > 0.2 &&
          n.numericStyle('font-size') * cy.zoom() >= n.numericStyle('min-zoomed-font-size'),
      )
      .map((n) => n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true } as never))
      .filter((b) => b.w > 0 && b.x2 > view.x1 && b.x1 < view.x2 && b.y2 > view.y1 && b.y1 < view.y2);
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps++;
      }
    return { visible: boxes.length, overlaps };
  });
}

describe('a readable overlap graph (蒸湘区)', () => {
  it('colours agencies by sector with a legend, draws contradictions on top, shows labels that do not overlap', async () => {
    const page = await openPage(e2e, district);
    await renderedGraph(page);
    const sectors = await page.evaluate(() => [...new Set(window.__jurisgraph.cy!.nodes().map((n) => String(n.data('sector'))))]);
    expect(sectors.length).toBeGreaterThan(2);
    const colours = await page.evaluate(() => new Set(window.__jurisgraph.cy!.nodes().map((n) => n.style('background-color'))).size);
    expect(colours).toBe(sectors.length);
    // Every sector drawn is in the legend, besides the three overlap kinds.
    const legend = await page.locator('.legend li').allTextContents();
    expect(legend.length).toBe(sectors.length + 3);
    expect(legend).toContain('清单之间的矛盾');

    const z = await page.evaluate(() => {
      const cy = window.__jurisgraph.cy!;
      const of = (selector: string) => cy.edges(selector).map((e) => e.numericStyle('z-index'));
      return { contradiction: of('[kind = "contradiction"]'), others: of('[kind != "contradiction"]') };
    });
    expect(z.contradiction.length).toBeGreaterThan(0);
    expect(Math.min(...z.contradiction)).toBeGreaterThan(Math.max(...z.others));
    const look = await page.evaluate(() => {
      const cy = window.__jurisgraph.cy!;
      const style = (kind: string) => {
        const e = cy.edges(`[kind = "${kind}"][strength = 1]`).first();
        return { colour: e.style('line-color'), dash: e.style('line-style'), width: e.numericStyle('width') };
      };
      return { contradiction: style('contradiction'), undeclared: style('undeclared'), declared: style('declared') };
    });
    expect(look.contradiction.colour).not.toBe(look.declared.colour);
    expect(look.contradiction.dash).not.toBe(look.declared.dash);
    expect(look.contradiction.width).toBeGreaterThan(Math.max(look.declared.width, look.undeclared.width));

    // Labels: some shown, none overlapping, at the fit and zoomed in.
    const atFit = await labelOverlaps(page);
    expect(atFit.visible).toBeGreaterThan(5);
    expect(atFit.overlaps).toBe(0);
    await screenshot(page, 'graph-zhengxiang-fit');
    // Zoom in 3× about the centre (as the wheel does), then wait for the labels to be re-placed.
    await page.evaluate(() => {
      const cy = window.__jurisgraph.cy!;
      cy.zoom({ level: cy.zoom() * 3, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    await page.waitForTimeout(800);
    const zoomed = await labelOverlaps(page);
    expect(zoomed.overlaps).toBe(0);
    expect(zoomed.visible).toBeGreaterThan(0);
    await screenshot(page, 'graph-zhengxiang-zoomed');
    console.log(`labels at fit: ${JSON.stringify(atFit)}; zoomed in: ${JSON.stringify(zoomed)}`);
    await page.close();
  });

  it('hovering an agency dims everything but its neighbourhood and names it in full', async () => {
    const page = await openPage(e2e, district);
    await renderedGraph(page);
    const target = await page.evaluate(() => {
      const cy = window.__jurisgraph.cy!;
      // An agency with a few partners, not the hub: the dimmed rest is then most of the graph.
      const node = cy
        .nodes()
        .filter((n) => n.degree(false) > 0)
        .sort((a, b) => (a as NodeSingular).degree(false) - (b as NodeSingular).degree(false))[0]!;
      const rect = cy.container()!.getBoundingClientRect();
      const at = node.renderedPosition();
      return { id: node.id(), name: String(node.data('name')), x: rect.left + at.x, y: rect.top + at.y };
    });
    await page.mouse.move(target.x, target.y);
    await page.waitForFunction((id) => window.__jurisgraph.cy!.getElementById(id).hasClass('hovered'), target.id);
    const state = await page.evaluate((id) => {
      const cy = window.__jurisgraph.cy!;
      const node = cy.getElementById(id);
      const around = node.closedNeighborhood();
      return {
        aroundDimmed: around.filter((e) => e.hasClass('dimmed')).length,
        othersUndimmed: cy
          .elements()
          .not(around)
          .filter((e) => !e.hasClass('dimmed')).length,
        others: cy.elements().not(around).length,
        label: node.style('label') as string,
      };
    }, target.id);
    expect(state.others).toBeGreaterThan(0);
    expect(state.aroundDimmed).toBe(0);
    expect(state.othersUndimmed).toBe(0);
    expect(state.label).toBe(target.name);
    expect((await labelOverlaps(page)).overlaps).toBe(0);
    await screenshot(page, 'graph-zhengxiang-hover');
    // Moving away restores the graph.
    await page.mouse.move(5, 5);
    await page.waitForFunction(() => window.__jurisgraph.cy!.elements('.dimmed').length === 0);
    await page.close();
  });

  it('finds an agency by an alias: the node is selected and in view', async () => {
    const all = await agencies();
    // An alias that is not the name itself, so the search must go through the aliases.
    const agency = all.find((a) => a.aliases.some((alias) => alias !== a.name && !a.name.includes(alias)));
    expect(agency, 'an agency with an alias of its own').toBeDefined();
    const alias = agency!.aliases.find((x) => x !== agency!.name && !agency!.name.includes(x))!;
    const page = await openPage(e2e, district);
    await renderedGraph(page);
    await page.fill('input[name=node-search]', alias);
    await page.press('input[name=node-search]', 'Enter');
    await page.waitForFunction(() => window.__jurisgraph.cy!.nodes(':selected').length === 1);
    const selected = await page.evaluate(() => {
      const cy = window.__jurisgraph.cy!;
      const node = cy.nodes(':selected')[0]!;
      const p = node.renderedPosition();
      return { name: String(node.data('name')), label: node.style('label') as string, x: p.x, y: p.y, w: cy.width(), h: cy.height() };
    });
    expect(selected.name).toBe(agency!.name);
    // Shown with its full name, inside the visible graph.
    expect(selected.label).toBe(agency!.name);
    expect(selected.x).toBeGreaterThan(0);
    expect(selected.x).toBeLessThan(selected.w);
    expect(selected.y).toBeGreaterThan(0);
    expect(selected.y).toBeLessThan(selected.h);
    expect(decodeURIComponent(page.url())).toContain(`sel=a:${agency!.name}`);
    await screenshot(page, 'graph-zhengxiang-search');

    // A name no agency has says so.
    await page.fill('input[name=node-search]', '不存在的部门');
    await page.press('input[name=node-search]', 'Enter');
    expect(await page.locator('[data-testid=node-search-message]').textContent()).toContain('不存在的部门');
    await page.close();
  });

  it('a filter hides unconnected agencies, and one that leaves no edge says why', async () => {
    const page = await openPage(e2e, `${district}&kind=CONTRADICTION`);
    await renderedGraph(page);
    const isolated = await page.evaluate(() => window.__jurisgraph.cy!.nodes().filter((n) => n.degree(false) === 0).length);
    expect(isolated).toBe(0);
    const renders = await page.evaluate(() => window.__jurisgraph.renders);
    await page.fill('input[name=min]', '50');
    await page.press('input[name=min]', 'Enter');
    await page.locator('input[name=min]').dispatchEvent('change');
    const note = page.locator('[data-testid=empty-filter]');
    await note.waitFor({ timeout: 30_000 });
    expect(await note.textContent()).toBe('当前筛选下没有交叉关系：类型为清单之间的矛盾；强度不低于 50，可降低强度阈值或勾选更多类型');
    expect(await page.evaluate(() => window.__jurisgraph.cy)).toBeNull();
    expect(await page.evaluate(() => window.__jurisgraph.renders)).toBe(renders);
    await screenshot(page, 'graph-zhengxiang-empty-filter');
    await page.close();
  });

  it('exports a PNG with title, filters, date, legend and full names', async () => {
    const page = await openPage(e2e, `${district}&kind=CONTRADICTION`);
    await renderedGraph(page);
    const download = page.waitForEvent('download');
    await page.click('button:has-text("导出图片")');
    const file = await download;
    expect(file.suggestedFilename()).toBe('职责交叉-蒸湘区.png');
    const saved = path.join(screenshotsDir, 'graph-zhengxiang-export.png');
    await file.saveAs(saved);
    const png = readFileSync(saved);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // Taller than the graph alone drawn at the same scale: the header and legend sit above it.
    const graphAlone = await page.evaluate(async () => {
      const image = new Image();
      image.src = window.__jurisgraph.cy!.png({ full: true, scale: 2, output: 'base64uri' });
      await image.decode();
      return image.height;
    });
    expect(png.readUInt32BE(20)).toBeGreaterThan(graphAlone + 100);
    await page.close();
  });
});
