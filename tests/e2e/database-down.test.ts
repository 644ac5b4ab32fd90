// The page when the database goes away under a running server, and after it comes back:
// a real `npm start --load …` against a Neo4j of this test's own, given as NEO4J_URI (the
// shared one stays up for the other suites), its JVM killed with SIGKILL, then started again
// on the same store. As an external server it is not supervised: the outage lasts until the
// test ends it (a local Neo4j that `npm start` supervises comes back by itself within seconds,
// which tests/integration/lifecycle.test.ts covers; a request may then wait the outage out).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../graph/config.js';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../graph/localNeo4j.js';
import { alive, lockPid, removeLocalStore, startMain, stopMain, until, type MainProcess } from '../support/mainProcess.js';
import { ensureWebBuild, launchChromium, screenshot } from './browser.js';

const seed = path.resolve(repoRoot, '../shared/seeds/000_02dffcade9210f53.txt');
const question = `#view=ask&j=${encodeURIComponent('洪江区')}&q=${encodeURIComponent('有企业想建炼油厂，归哪个部门管？')}`;

/** Opens the ask view with the question and waits for either answers or an error. */
async function ask(browser: Browser, url: string): Promise<{ page: Page; agency: string | null; error: string | null }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${url}/${question}`);
  const answer = page.locator('[data-testid=answer-agency]').first();
  const error = page.locator('[data-status=error]').first();
  await answer.or(error).waitFor({ timeout: 60_000 });
  return {
    page,
    agency: (await answer.count()) ? await answer.textContent() : null,
    error: (await error.count()) ? await error.textContent() : null,
  };
}

describe('database down (数据库不可用) in the browser', () => {
  let dataDir = '';
  let boltPort = 0;
  let main: MainProcess | undefined;
  let neo4j: LocalNeo4j | undefined;
  let restarted: LocalNeo4j | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    ensureWebBuild();
    dataDir = await mkdtemp(path.join(tmpdir(), 'jurisgraph-e2e-down-'));
    boltPort = await freePort();
    neo4j = await startLocalNeo4j({ port: boltPort, dataDir });
    main = await startMain({ HOST: '127.0.0.1', PORT: '0' }, ['--load', seed], neo4j.connection);
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await stopMain(main);
    await restarted?.stop();
    await neo4j?.stop();
    await removeLocalStore(dataDir);
  }, 60_000);

  it('says the database is unavailable while Neo4j is killed, and answers again once it is back', async () => {
    const before = await ask(browser!, main!.url);
    expect(before.error).toBeNull();
    expect(before.agency).toContain('发改');
    await before.page.close();

    const jvm = lockPid(dataDir);
    process.kill(jvm, 'SIGKILL');
    await until(
      async () => alive(jvm),
      (a) => !a,
      10_000,
    );

    const down = await ask(browser!, main!.url);
    expect(down.agency).toBeNull();
    expect(down.error).toContain('数据库不可用');
    // No stack trace or driver jargon reaches the person reading the page.
    expect(down.error).not.toMatch(/at .+\.(ts|js)|Neo4jError|ServiceUnavailable/);
    await screenshot(down.page, 'database-down');
    await down.page.close();

    // Neo4j back on the same store; the running server recovers without a restart.
    restarted = await startLocalNeo4j({ port: boltPort, dataDir });
    const after = await until(
      async () => {
        const attempt = await ask(browser!, main!.url);
        await attempt.page.close();
        return attempt;
      },
      (a) => a.agency !== null,
      60_000,
    );
    expect(after.error).toBeNull();
    expect(after.agency).toContain('发改');
  }, 240_000);
});
