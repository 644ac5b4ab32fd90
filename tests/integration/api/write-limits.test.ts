// Write rate limits (issue 12): writes per token per minute (WRITE_RATE_LIMIT, here 3), and
// failed authentications per address, after which even a valid token from that address
// waits. A file of its own: the counters live in the server process and this file's
// server is its own (vitest isolates test files' modules).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH_FAILURES } from '../../../api/auth/rate-limits.js';
import { bearer, editorToken } from '../../support/editor-token.js';
import { loadSeeds, uniqueTag } from '../fixtures.js';
import { api } from './client.js';

process.env.WRITE_RATE_LIMIT = '3';
const tag = uniqueTag('limits');
const busy = editorToken(`busy-${tag}`);
const calm = editorToken(`calm-${tag}`);

beforeAll(async () => {
  await loadSeeds();
  await api();
}, 120_000);
afterAll(async () => {
  delete process.env.WRITE_RATE_LIMIT;
  await (await api()).close();
});

/** unloadDocument of a file nobody loaded: passes the gate (counted), then refused as BAD_USER_INPUT, writing nothing. */
async function unloadNothing(token: string | null): Promise<{ status: number; code: unknown; retryAfter: string | null }> {
  const { url } = await api();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? bearer(token) : {}) },
    body: JSON.stringify({ query: `mutation { unloadDocument(file: "${tag}-no-such-file.txt") }` }),
  });
  const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: unknown } }> };
  return { status: res.status, code: body.errors?.[0]?.extensions?.code, retryAfter: res.headers.get('retry-after') };
}

describe('write rate limits', () => {
  it('refuses a token’s fourth write within a minute with RATE_LIMITED and Retry-After; another token is not affected', async () => {
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await unloadNothing(busy)).code);
    expect(codes).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'RATE_LIMITED']);
    const limited = await unloadNothing(busy);
    expect(limited.status).toBe(429);
    expect(Number(limited.retryAfter)).toBeGreaterThan(0);
    expect(Number(limited.retryAfter)).toBeLessThanOrEqual(60);
    expect((await unloadNothing(calm)).code).toBe('BAD_USER_INPUT');
  });

  it('blocks an address after repeated unknown tokens, even for a valid token, while reads stay open', async () => {
    const codes = [];
    for (let i = 0; i < AUTH_FAILURES.points; i++) codes.push((await unloadNothing(`jg_guess${i}`)).code);
    expect(new Set(codes)).toEqual(new Set(['UNAUTHENTICATED']));
    const blocked = await unloadNothing('jg_guess-again');
    expect([blocked.status, blocked.code]).toEqual([429, 'RATE_LIMITED']);
    expect(Number(blocked.retryAfter)).toBeGreaterThan(AUTH_FAILURES.windowSeconds);
    expect((await unloadNothing(calm)).code).toBe('RATE_LIMITED');
    const { url } = await api();
    const read = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ documents { file } }' }),
    });
    expect(read.status).toBe(200);
  });
});
