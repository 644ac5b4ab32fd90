// The download routes' guard on an open server: at most MAX_CONCURRENT_EXPORTS exports run at
// once, the next client is told to come back (429, Retry-After) before anything is read.
import type { AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { attachment, exportRoutes, exportSlots, MAX_CONCURRENT_EXPORTS } from '../../../api/export/export.routes.js';

describe('export slots', () => {
  it('hands out at most `max` slots; a slot released (once, however often called) is free again', () => {
    const slots = exportSlots(MAX_CONCURRENT_EXPORTS);
    const held = Array.from({ length: MAX_CONCURRENT_EXPORTS }, () => slots.acquire());
    expect(held.every((r) => r !== null)).toBe(true);
    expect(slots.acquire()).toBeNull();
    held[0]!();
    held[0]!();
    expect(slots.running).toBe(MAX_CONCURRENT_EXPORTS - 1);
    expect(slots.acquire()).not.toBeNull();
    expect(slots.acquire()).toBeNull();
  });

  it('a download beyond the limit is refused with 429 RATE_LIMITED and Retry-After, before the graph is touched', async () => {
    const app = express();
    app.use('/export', exportRoutes(exportSlots(0)));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const { port } = server.address() as AddressInfo;
      for (const path of ['/export/data.json', '/export/responsibilities.csv', '/export/graph.graphml']) {
        const res = await fetch(`http://127.0.0.1:${port}${path}?jurisdiction=蒸湘区`);
        expect(res.status).toBe(429);
        expect(res.headers.get('retry-after')).toBe('30');
        const body = (await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
        expect(body.errors[0]!.extensions.code).toBe('RATE_LIMITED');
        expect(body.errors[0]!.message).toContain('导出繁忙');
      }
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});

describe('attachment names', () => {
  it('carry an ASCII fallback and the Chinese name percent-encoded as UTF-8 (RFC 5987)', () => {
    expect(attachment('jurisgraph-agencies.csv', 'jurisgraph-蒸湘区-agencies.csv')).toBe(
      `attachment; filename="jurisgraph-agencies.csv"; filename*=UTF-8''jurisgraph-%E8%92%B8%E6%B9%98%E5%8C%BA-agencies.csv`,
    );
    expect(attachment('x.csv', "a'(b)*.csv")).toBe(`attachment; filename="x.csv"; filename*=UTF-8''a%27%28b%29%2A.csv`);
  });
});
