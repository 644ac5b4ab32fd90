// The public page's short address (issue 14): /ask is the page; /ask/ redirects to it, because
// the page names its files relative to itself (./assets/…) and under /ask/ they would be missing.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../../api/server.js';

let scratch = '';
let server: RunningServer;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'jurisgraph-short-url-'));
  await writeFile(path.join(scratch, 'index.html'), '<!doctype html><title>page</title>');
  server = await startServer({ port: 0, host: '127.0.0.1', webDir: scratch });
});
afterAll(async () => {
  await server?.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('/ask', () => {
  it('is the page', async () => {
    const res = await fetch(`${server.url}/ask`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>page</title>');
  });

  it('/ask/ redirects to /ask, keeping the query', async () => {
    const res = await fetch(`${server.url}/ask/?j=1`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/ask?j=1');
  });

  it('never redirects to another host: //evil/ becomes /evil on this one', async () => {
    const res = await fetch(`${server.url}//evil/`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/evil');
  });
});
