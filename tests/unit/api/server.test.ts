// What the one server serves besides GraphQL (no database needed: nothing here queries).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../api/server.js';

let scratch = '';
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'jurisgraph-server-unit-'));
  await mkdir(path.join(scratch, 'built/assets'), { recursive: true });
  await writeFile(path.join(scratch, 'built/index.html'), '<!doctype html><title>page</title>');
  await writeFile(path.join(scratch, 'built/assets/app-1.js'), 'console.log(1)');
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function withServer(options: { web?: boolean; webDir?: string }, check: (server: RunningServer) => Promise<void>): Promise<void> {
  const server = await startServer({ port: 0, host: '127.0.0.1', ...options });
  try {
    await check(server);
  } finally {
    await server.close();
  }
}

describe('startServer', () => {
  it('serves the built page at / and for client-side routes, assets as files, a missing asset as 404', async () => {
    await withServer({ webDir: path.join(scratch, 'built') }, async ({ url }) => {
      for (const route of ['/', '/overlaps?jurisdiction=x']) {
        const res = await fetch(url + route);
        expect(res.status, route).toBe(200);
        expect(await res.text(), route).toContain('<title>page</title>');
      }
      expect(await (await fetch(`${url}/assets/app-1.js`)).text()).toBe('console.log(1)');
      expect((await fetch(`${url}/assets/app-0.js`)).status).toBe(404);
    });
  });

  it('explains in Chinese how to build the page when it is not built', async () => {
    await withServer({ webDir: path.join(scratch, 'missing') }, async ({ url }) => {
      const res = await fetch(`${url}/`);
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('npm run web:build');
    });
  });

  it('serves GraphQL only with web: false (--api-only)', async () => {
    await withServer({ web: false, webDir: path.join(scratch, 'built') }, async ({ url }) => {
      expect((await fetch(`${url}/`)).status).toBe(404);
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    });
  });
});
