// What the one server serves besides GraphQL (no database needed: nothing here queries).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer, type RunningServer } from '../../../api/server.js';
import { CACHE_CONTROL } from '../../../api/web.js';
import { captureLog } from '../../log-lines.js';

/** A hashed bundle as `npm run web:build` leaves it: the file, its .br and its .gz. */
const BUNDLE = `console.log(${JSON.stringify('职责图谱 '.repeat(400))});`;

let scratch = '';
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'jurisgraph-server-unit-'));
  await mkdir(path.join(scratch, 'built/assets'), { recursive: true });
  await writeFile(path.join(scratch, 'built/index.html'), '<!doctype html><title>page</title>');
  await writeFile(path.join(scratch, 'built/assets/app-1.js'), 'console.log(1)');
  await mkdir(path.join(scratch, 'compressed/assets'), { recursive: true });
  await writeFile(path.join(scratch, 'compressed/index.html'), '<!doctype html><title>page</title>');
  const bundle = path.join(scratch, 'compressed/assets/index-abc123.js');
  await writeFile(bundle, BUNDLE);
  await writeFile(`${bundle}.br`, brotliCompressSync(BUNDLE));
  await writeFile(`${bundle}.gz`, gzipSync(BUNDLE));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** A GET over node:http, which (unlike fetch) neither adds nor undoes a Content-Encoding. */
function rawGet(
  url: string,
  acceptEncoding: string | undefined,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { ...headers, ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
  });
}

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

  it('serves the pre-compressed bundle the client accepts (br first), long-cached; index.html revalidated', async () => {
    await withServer({ webDir: path.join(scratch, 'compressed') }, async ({ url }) => {
      const asset = `${url}/assets/index-abc123.js`;
      const br = await rawGet(asset, 'gzip, deflate, br');
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['content-type']).toMatch(/javascript/);
      expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(br.headers.vary).toMatch(/accept-encoding/i);
      expect(brotliDecompressSync(br.body).toString()).toBe(BUNDLE);
      expect(br.body.length).toBeLessThan(Buffer.byteLength(BUNDLE) / 4);

      const gz = await rawGet(asset, 'gzip');
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.body).toString()).toBe(BUNDLE);

      const plain = await rawGet(asset, undefined);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers['cache-control']).toBe(CACHE_CONTROL.hashedAsset);
      expect(plain.body.toString()).toBe(BUNDLE);

      // A conditional request for the same representation is answered without a body.
      const again = await rawGet(asset, 'br', { 'if-none-match': String(br.headers.etag) });
      expect(again.status).toBe(304);

      for (const route of ['/', '/index.html', '/overlaps']) {
        const page = await rawGet(url + route, 'gzip, br');
        expect(page.status, route).toBe(200);
        expect(page.headers['cache-control'], route).toBe('no-cache');
        expect(page.body.toString(), route).toContain('<title>page</title>');
      }
      expect((await rawGet(`${url}/assets/index-old.js`, 'br')).status).toBe(404);
      expect((await rawGet(`${url}/assets/..%2f..%2fpackage.json`, 'br')).status).toBe(404);
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

  it('gives every request an id: x-request-id, extensions.requestId of its errors, and one access line', async () => {
    await withServer({ web: false }, async ({ url }) => {
      const log = captureLog();
      try {
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-request-id': 'client-7' },
          body: JSON.stringify({ query: '{ noSuchField }' }),
        });
        expect(res.headers.get('x-request-id')).toBe('client-7');
        const body = (await res.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
        expect(body.errors[0]!.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', requestId: 'client-7' });
        await vi.waitFor(() => expect(log.lines()).toHaveLength(1));
        expect(log.lines()[0]).toMatchObject({ level: 30, requestId: 'client-7', method: 'POST', path: '/graphql', status: 400 });
        const missing = await fetch(`${url}/nothing-here`, { headers: { 'x-request-id': 'not valid!' } });
        expect(missing.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      } finally {
        log.stop();
      }
    });
  });
});
