// The web view in the growth curves (bench/scale.ts): time from navigating to a view until
// its graph is drawn (the page hook's first render done, web/src/hook.ts), in Debian's
// headless Chromium, as a person opening the link would wait. Each round is a new browser
// context (no HTTP cache), so it includes fetching the page, the API call and the layout.
import type { Browser } from 'playwright-core';
import type {} from '../web/src/hook.types.js';
import { percentile } from './measure.js';

export interface ViewTiming {
  /** The first load (server caches cold for this view). */
  firstMs: number;
  p50: number;
  p99: number;
  /** Median of the page's own time to first render (build, layout, paint), without navigation and API. */
  inPageP50: number;
  nodes: number;
  rounds: number;
}

export async function timeView(browser: Browser, url: string, rounds: number): Promise<ViewTiming> {
  const once = async (): Promise<{ ms: number; inPage: number; nodes: number }> => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      const t0 = performance.now();
      await page.goto(url);
      await page.waitForFunction(() => window.__jurisgraph?.renders > 0 && window.__jurisgraph.renderMs !== null, undefined, {
        timeout: 120_000,
      });
      const ms = performance.now() - t0;
      const drawn = await page.evaluate(() => ({ inPage: window.__jurisgraph.renderMs!, nodes: window.__jurisgraph.cy!.nodes().length }));
      return { ms, ...drawn };
    } finally {
      await page.close();
    }
  };
  const first = await once();
  const runs = [];
  for (let i = 0; i < rounds; i++) runs.push(await once());
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
  const inPage = runs.map((r) => r.inPage).sort((a, b) => a - b);
  return {
    firstMs: first.ms,
    p50: percentile(ms, 50),
    p99: percentile(ms, 99),
    inPageP50: percentile(inPage, 50),
    nodes: first.nodes,
    rounds,
  };
}
