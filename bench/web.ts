// Web render bench: time to first render of the 蒸湘区 overlap graph and of a synthetic
// 5,000-node graph in headless Chromium, each as a ratio to cytoscape-fcose with
// quality 'draft' on the same elements in the same page, and (issue #14) the readable look
// against the look before it ("before": no sector colours, every label shown ellipsised):
// first render and label overlaps (pairs of visible label boxes that overlap, counted on the
// rendered layout at the fit, at 1× and at 2×). The contenders are interleaved over several
// rounds; we print medians and min/max of the per-round ratios.
//
//   npx tsx bench/web.ts [--rounds 5] [--nodes 5000]
//
// Starts its own Neo4j (or uses NEO4J_URI), loads the five seeds, builds the web page when
// web/ changed, serves it with the real server, and drives /usr/bin/chromium.
import { readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import type { ElementDefinition } from 'cytoscape';
import type { Page } from 'playwright-core';
import { startServer } from '../api/server.js';
import { repoRoot } from '../graph/config.js';
import { writeLoad } from '../graph/writer.js';
import { loadDocuments } from '../loaders/load.js';
import { ensureWebBuild, launchChromium, screenshotsDir } from '../tests/e2e/browser.js';
import type { Contender, RenderTiming } from '../web/src/hook.types.js';
import { startBenchGraph } from './graph.js';
import { median } from './measure.js';

const options = new Command()
  .option('--rounds <n>', 'interleaved A/B rounds', (v) => Number.parseInt(v, 10), 5)
  .option('--nodes <n>', 'synthetic graph size', (v) => Number.parseInt(v, 10), 5000)
  .parse()
  .opts<{ rounds: number; nodes: number }>();

const seedsDir = path.resolve(repoRoot, '../shared/seeds');
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => path.join(seedsDir, f));

async function measure(page: Page, elements: ElementDefinition[], contender: Contender): Promise<RenderTiming> {
  return page.evaluate(([els, who]) => window.__jurisgraph.measure!(els, who), [elements, contender] as const);
}

const loads = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** Labels before → after at each zoom: "visible labels / overlapping pairs". */
function labelLine(before: RenderTiming['labels'], after: RenderTiming['labels']): string {
  if (!before || !after) return '';
  const at = (z: 'fit' | 'zoom1' | 'zoom2') =>
    `${z === 'fit' ? 'fit' : z === 'zoom1' ? '1×' : '2×'} ${before[z].overlaps} → ${after[z].overlaps} pairs (${before[z].visible} → ${after[z].visible} labels shown)`;
  return `  label overlaps before → after: ${at('fit')}; ${at('zoom1')}; ${at('zoom2')}`;
}

/** Interleaves app, app-legacy and baseline `rounds` times on the same elements; prints the figures. */
async function compare(page: Page, name: string, elements: ElementDefinition[]): Promise<void> {
  const app: RenderTiming[] = [];
  const legacy: RenderTiming[] = [];
  const draft: number[] = [];
  // One unmeasured pass of each warms the JIT and font caches.
  await measure(page, elements, 'app');
  await measure(page, elements, 'app-legacy');
  await measure(page, elements, 'fcose-draft');
  const rotations: Contender[][] = [
    ['app', 'app-legacy', 'fcose-draft'],
    ['app-legacy', 'fcose-draft', 'app'],
    ['fcose-draft', 'app', 'app-legacy'],
  ];
  for (let round = 0; round < options.rounds; round++) {
    // Rotate which goes first so none always runs on a warmer page.
    for (const who of rotations[round % rotations.length]!) {
      const timing = await measure(page, elements, who);
      if (who === 'app') app.push(timing);
      else if (who === 'app-legacy') legacy.push(timing);
      else draft.push(timing.total);
    }
  }
  const ratios = app.map((a, i) => a.total / draft[i]!);
  const vsBefore = app.map((a, i) => a.total / legacy[i]!.total);
  const nodes = elements.filter((e) => e.group === 'nodes').length;
  const ms = (values: number[]) => `${Math.round(median(values))} ms`;
  console.log(
    `${name} (${nodes} nodes, ${elements.length - nodes} edges): first render ${ms(app.map((a) => a.total))}` +
      ` [build ${ms(app.map((a) => a.build ?? 0))}, layout ${ms(app.map((a) => a.layout ?? 0))}, paint ${ms(app.map((a) => a.paint ?? 0))}]` +
      `; fcose draft ${ms(draft)}; ratio median ${median(ratios).toFixed(2)} (min ${Math.min(...ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)})`,
  );
  console.log(
    `  first render before (old look) ${ms(legacy.map((a) => a.total))}` +
      ` [build ${ms(legacy.map((a) => a.build ?? 0))}, layout ${ms(legacy.map((a) => a.layout ?? 0))}, paint ${ms(legacy.map((a) => a.paint ?? 0))}]` +
      ` → after ${ms(app.map((a) => a.total))};` +
      ` after/before median ${median(vsBefore).toFixed(2)} (min ${Math.min(...vsBefore).toFixed(2)}, max ${Math.max(...vsBefore).toFixed(2)})`,
  );
  // The layout is seeded, so every round draws the same picture: the last round's labels stand for all.
  const labels = labelLine(legacy.at(-1)?.labels, app.at(-1)?.labels);
  if (labels) console.log(labels);
  console.log(`  load average (1, 5, 15 min): ${loads()}`);
}

/**
 * Pan/zoom responsiveness as a person would feel it: frame intervals (rAF timestamps) while
 * the mouse wheel-zooms 20 steps and drags 10 times over the graph's centre.
 */
async function interactionFrames(page: Page, at: { x: number; y: number }): Promise<string> {
  // A string, not a function: tsx's keepNames would wrap the inner `loop` in a missing __name.
  await page.evaluate(`(() => {
    window.frames_ = [];
    window.stop_ = false;
    const loop = (ts) => { window.frames_.push(ts); if (!window.stop_) requestAnimationFrame(loop); };
    requestAnimationFrame(loop);
  })()`);
  await page.mouse.move(at.x, at.y);
  for (let i = 0; i < 20; i++) {
    await page.mouse.wheel(0, i < 10 ? -120 : 120);
    await page.waitForTimeout(50);
  }
  for (let i = 0; i < 10; i++) {
    await page.mouse.down();
    await page.mouse.move(at.x + 30 * (i % 3), at.y + 20 * (i % 2), { steps: 4 });
    await page.mouse.up();
  }
  const gaps = await page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; stop_: boolean };
    w.stop_ = true;
    return w.frames_.slice(1).map((t, i) => t - w.frames_[i]!);
  });
  gaps.sort((a, b) => a - b);
  const at_ = (p: number) => gaps[Math.min(gaps.length - 1, Math.floor(p * gaps.length))]!.toFixed(0);
  return `frame interval p50 ${at_(0.5)} ms, p90 ${at_(0.9)} ms, max ${at_(1 - 1e-9)} ms over ${gaps.length} frames`;
}

async function main(): Promise<void> {
  const graph = await startBenchGraph();
  const run = await loadDocuments(seeds);
  await writeLoad(run.result, run.documents);
  ensureWebBuild();
  const server = await startServer({ port: 0, host: '127.0.0.1' });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    console.log(`rounds: ${options.rounds}; viewport 1440×900, graph box 1200×800; Chromium ${browser.version()}; load average ${loads()}`);

    // 蒸湘区 as the overlap view shows it (all kinds, minimum strength 1).
    await page.goto(`${server.url}/#view=overlaps&j=${encodeURIComponent('蒸湘区')}`);
    await page.waitForFunction(() => window.__jurisgraph?.renders > 0 && window.__jurisgraph.renderMs !== null, undefined, {
      timeout: 120_000,
    });
    const inView = await page.evaluate(() => window.__jurisgraph.renderMs!);
    console.log(`蒸湘区 overlap view, first render as loaded in the page: ${Math.round(inView)} ms`);
    const district = await page.evaluate(() =>
      window.__jurisgraph.cy!.elements().map((e) => ({ group: e.group(), data: { ...e.data() } }) as ElementDefinition),
    );
    console.log(`蒸湘区 wheel-zoom and drag in the view: ${await interactionFrames(page, { x: 900, y: 450 })}`);
    // Labels where planners read them: a box the size of the view's graph canvas (the table
    // beside it leaves the graph far less room than the bench's 1200×800 box).
    const canvasBox = await page.evaluate(() => {
      const r = document.querySelector('[data-testid=graph]')!.getBoundingClientRect();
      return { width: Math.round(r.width), height: Math.round(r.height) };
    });
    const viewLabels = async (who: Contender) =>
      (await page.evaluate(([els, c, box]) => window.__jurisgraph.measure!(els, c, false, box), [district, who, canvasBox] as const))
        .labels;
    console.log(`蒸湘区 in a ${canvasBox.width}×${canvasBox.height} box (the view's graph canvas):`);
    console.log(labelLine(await viewLabels('app-legacy'), await viewLabels('app')));
    await compare(page, '蒸湘区 overlap graph', district);

    const synthetic = await page.evaluate((n) => window.__jurisgraph.synthetic!(n), options.nodes);
    await compare(page, `synthetic ${options.nodes}-node graph`, synthetic);
    // Leave one on screen: pan/zoom frame time, and a screenshot to look at.
    await page.evaluate((els) => window.__jurisgraph.measure!(els, 'app', true), synthetic);
    console.log(`synthetic ${options.nodes}-node wheel-zoom and drag: ${await interactionFrames(page, { x: 600, y: 400 })}`);
    await page.screenshot({ path: path.join(screenshotsDir, `synthetic-${options.nodes}.png`) });
  } finally {
    await browser.close();
    await server.close();
    await graph.stop();
  }
}

await main();
