import express from 'express';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS, requestTimeout } from '../../../api/guards.js';
import { loadSeeds } from '../fixtures.js';
import { api, errorCodes, gql } from './client.js';

beforeAll(async () => {
  await loadSeeds();
  await api();
}, 120_000);
afterAll(async () => (await api()).close());

describe('guards', () => {
  it('refuses a query nested deeper than the limit', async () => {
    // matters > edges > node > responsibilities > agencies > matters > responsibilities > agencies > name
    const r = await gql(`{ matters(first: 1) { edges { node { responsibilities { agencies { matters {
      responsibilities { agencies { name } } } } } } } } }`);
    expect(r.data ?? null).toBeNull();
    expect(r.errors![0]!.message).toMatch(/depth/i);
    expect(r.errors![0]!.extensions?.stacktrace).toBeUndefined();
  });

  it('refuses a query more complex than the limit', async () => {
    const r = await gql(`{ whoHandles(question: "节能", first: 100) {
      agency { duties { text } services { title } matters { title } responsibilities { division } } } }`);
    expect(errorCodes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.status).toBe(400);
  });

  it('accepts an ordinary browsing query under both limits', async () => {
    const r = await gql(`{ agencies(jurisdiction: "洪江区") { name duties { text } matters { title } services { title } } }`);
    expect(r.errors).toBeUndefined();
  });

  it('caps page sizes', async () => {
    for (const q of [
      `{ matters(first: ${LIMITS.maxPageSize + 1}) { count } }`,
      `{ agencies(first: 0) { name } }`,
      `{ bases(first: -1) { key } }`,
    ]) {
      expect(errorCodes(await gql(q)), q).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('refuses a question longer than a question can be', async () => {
    const r = await gql('query($q: String!) { whoHandles(question: $q) { score } }', { q: '炼油'.repeat(LIMITS.maxQuestionLength) });
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
  });

  it('does not leak stack traces on internal errors', async () => {
    const r = await gql('{ nope }');
    for (const e of r.errors ?? []) expect(e.extensions?.stacktrace).toBeUndefined();
  });
});

describe('request timeout', () => {
  let url = '';
  let close = () => {};
  beforeAll(async () => {
    const app = express();
    app.use(requestTimeout(100));
    app.get('/slow', (_req, res) => {
      setTimeout(() => {
        if (!res.headersSent) res.json({ late: true });
      }, 500);
    });
    app.get('/fast', (_req, res) => {
      res.json({ ok: true });
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  it('answers 503 TIMEOUT when the handler is too slow', async () => {
    const res = await fetch(`${url}/slow`);
    expect(res.status).toBe(503);
    const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe('TIMEOUT');
  });

  it('leaves a fast handler alone', async () => {
    const res = await fetch(`${url}/fast`);
    expect(res.status).toBe(200);
  });
});
