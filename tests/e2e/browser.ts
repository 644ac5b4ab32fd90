// Shared by the e2e tests: a fresh web build when web/ changed, the real server (API +
// page) on an ephemeral port over the real Neo4j, and Debian's headless Chromium.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer } from '../../api/server.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const screenshotsDir = path.join(repoRoot, 'tests/e2e/screenshots');

function newestMtime(dir: string): number {
  return Math.max(0, ...readdirSync(dir, { recursive: true }).map((file) => statSync(path.join(dir, String(file))).mtimeMs));
}

function webBuildIsFresh(): boolean {
  let builtAt = 0;
  try {
    builtAt = statSync(path.join(repoRoot, 'dist/web/index.html')).mtimeMs;
  } catch {
    // Not built yet.
  }
  const sourcesAt = Math.max(newestMtime(path.join(repoRoot, 'web')), statSync(path.join(repoRoot, 'vite.config.ts')).mtimeMs);
  return builtAt > sourcesAt;
}

const buildLock = path.join(repoRoot, 'dist/.web-build.lock');
/** A lock older than this was left by a killed run: no build takes that long. */
const staleLockMs = 300_000;

/**
 * Runs `build` holding dist/.web-build.lock (mkdir is atomic): e2e files run in parallel workers,
 * and two vite builds into dist/web at once delete each other's files (ENOENT on a .br).
 */
function holdingBuildLock(build: () => void): void {
  mkdirSync(path.dirname(buildLock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(buildLock);
      break;
    } catch {
      try {
        if (Date.now() - statSync(buildLock).mtimeMs > staleLockMs) rmSync(buildLock, { recursive: true, force: true });
      } catch {
        // Released meanwhile.
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    build();
  } finally {
    rmSync(buildLock, { recursive: true, force: true });
  }
}

/** Builds dist/web when it is missing or older than web/ (a stale build would test old code). */
export function ensureWebBuild(): void {
  if (webBuildIsFresh()) return;
  holdingBuildLock(() => {
    // Another worker may have built it while this one waited.
    if (webBuildIsFresh()) return;
    execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: repoRoot,
      stdio: 'inherit',
    });
  });
}

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface E2E {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startE2E(): Promise<E2E> {
  ensureWebBuild();
  const server = await startServer({ port: 0, host: '127.0.0.1' });
  const browser = await launchChromium();
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Opens the page at a hash state; the viewport is a common laptop screen. */
export async function openPage(e2e: E2E, hash: string): Promise<Page> {
  const page = await e2e.browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${e2e.url}/${hash}`);
  return page;
}

/** The visible screen, or with `fullPage` the whole scrolled page (a phone-sized answer is long). */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(screenshotsDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotsDir, `${name}.png`), fullPage: options.fullPage ?? false });
}

/** A phone-sized page (iPhone 12–14 CSS pixels) at a hash state. */
export const phoneViewport = { width: 390, height: 844 } as const;

export async function openPhonePage(e2e: E2E, hash: string): Promise<Page> {
  const page = await e2e.browser.newPage({ viewport: phoneViewport });
  await page.goto(`${e2e.url}/${hash}`);
  return page;
}

/** Waits until the graph on screen has finished its first render; returns its nodes' full names. */
export async function renderedGraph(page: Page, previousRenders = 0): Promise<string[]> {
  await page.waitForFunction((n) => window.__jurisgraph?.renders > n && window.__jurisgraph.renderMs !== null, previousRenders, {
    timeout: 60_000,
  });
  return page.evaluate(() => window.__jurisgraph.cy!.nodes().map((node) => String(node.data('name') ?? node.data('label'))));
}

/** A query the test expects to succeed, sent to the e2e server as the page would send it: its data. */
export async function queryE2E<T>(e2e: E2E, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${e2e.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL 错误：${JSON.stringify(body.errors)}`);
  return body.data;
}
