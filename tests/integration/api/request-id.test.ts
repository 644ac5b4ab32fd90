// A request id a user can quote: sent back as x-request-id, returned in every error's
// extensions.requestId, and on every log line written while the request is served
// (here: formatError's line for an unknown jurisdiction found by graph/ code, and the
// access line).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { captureLog, type LogCapture } from '../../log-lines.js';
import { api } from './client.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const QUERY = '{ whoHandles(question: "炼油", jurisdiction: "火星区") { score } }';

async function ask(headers: Record<string, string> = {}) {
  const { url } = await api();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: QUERY }),
  });
  const body = (await res.json()) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  return { header: res.headers.get('x-request-id'), error: body.errors?.[0] };
}

let log: LogCapture;
beforeAll(async () => {
  await api();
});
afterEach(() => log?.stop());
afterAll(async () => (await api()).close());

describe('request id', () => {
  it('is returned in the error and carried by every log line of the request', async () => {
    log = captureLog();
    const { header, error } = await ask();
    expect(header).toMatch(UUID);
    expect(error?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'jurisdiction',
      jurisdiction: '火星区',
      requestId: header,
    });
    // The access line is written when the response has closed, just after the client has it.
    await vi.waitFor(() => expect(log.lines().some((l) => l.path === '/graphql')).toBe(true));
    const mine = log.lines().filter((l) => l.requestId === header);
    expect(mine.find((l) => l.code === 'UNKNOWN_JURISDICTION')?.msg).toBe('未知的辖区：火星区');
    expect(mine.find((l) => l.path === '/graphql')).toMatchObject({ level: 30, method: 'POST', status: 200, ms: expect.any(Number) });
    // Lines written during the request carry no other id and none lacks it.
    expect(log.lines().every((l) => l.requestId === header)).toBe(true);
  });

  it('honours a valid incoming x-request-id and replaces an invalid one', async () => {
    const kept = await ask({ 'x-request-id': 'lb-2024.06_abc-1' });
    expect(kept.header).toBe('lb-2024.06_abc-1');
    expect(kept.error?.extensions?.requestId).toBe('lb-2024.06_abc-1');
    for (const invalid of ['two words', 'x'.repeat(65), 'a;b']) {
      const replaced = await ask({ 'x-request-id': invalid });
      expect(replaced.header, invalid).toMatch(UUID);
      expect(replaced.error?.extensions?.requestId, invalid).toBe(replaced.header);
    }
  });
});
