// HTTP hardening (issue 11, item 6), on a server without a database: every request here is
// refused before a resolver runs, or answers without one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS, operationComplexity } from '../../../api/guards.js';
import { apiSchema } from '../../../api/schema.js';
import { introspectionFromEnv, type RunningServer, startServer, withoutServerPaths } from '../../../api/server.js';
import { repoRoot } from '../../../graph/config.js';

let server: RunningServer;
let introspecting: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0, host: '127.0.0.1', web: false });
  introspecting = await startServer({ port: 0, host: '127.0.0.1', web: false, introspection: true });
});
afterAll(async () => {
  await server.close();
  await introspecting.close();
});

interface Reply {
  status: number;
  type: string | null;
  text: string;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

async function post(body: string, options: { to?: RunningServer; type?: string } = {}): Promise<Reply> {
  const res = await fetch(`${(options.to ?? server).url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': options.type ?? 'application/json' },
    body,
  });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), text, body: JSON.parse(text) as Reply['body'] };
}

const query = (q: string, to?: RunningServer) => post(JSON.stringify({ query: q }), { to });
const codes = (r: Reply) => (r.body.errors ?? []).map((e) => e.extensions?.code);
const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/** What no answer may contain: a stack frame or a path on this machine. */
function expectNoInternals(r: Reply): void {
  expect(r.type).toMatch(/application\/json/);
  expect(r.text).not.toMatch(/\bat .*\(|stacktrace|node_modules/);
  expect(r.text).not.toContain(repoRoot);
}

describe('depth', () => {
  it('refuses a fragment cycle with 400 and JSON, and keeps serving', async () => {
    const r = await query('{ health { ...A } } fragment A on Health { status ...B } fragment B on Health { ...A }');
    expect(r.status).toBe(400);
    expect(codes(r)).toContain('GRAPHQL_VALIDATION_FAILED');
    expectNoInternals(r);
    expect((await query('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('counts depth through fragments and inline fragments', async () => {
    const deep = `{ matters(first: 1) { ...E } }
      fragment E on MatterConnection { edges { node { ... on Matter { responsibilities { ...R } } } } }
      fragment R on Responsibility { agencies { matters { responsibilities { agencies { name } } } } }`;
    const r = await query(deep);
    expect(r.status).toBe(400);
    expect(r.body.errors![0]!.message).toMatch(/exceeds maximum operation depth of 6/);
  });
});

describe('bodies that are not GraphQL', () => {
  it('answers malformed JSON with 400 BAD_REQUEST, GraphQL-shaped, without internals', async () => {
    const r = await post('{"query": "{ __typename }"');
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['BAD_REQUEST']);
    expect(r.body.errors![0]!.extensions?.requestId).toBeTypeOf('string');
    expectNoInternals(r);
  });

  it('answers an oversized body with 413 PAYLOAD_TOO_LARGE, GraphQL-shaped', async () => {
    const r = await post(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(200_000) } }));
    expect(r.status).toBe(413);
    expect(codes(r)).toEqual(['PAYLOAD_TOO_LARGE']);
    expectNoInternals(r);
  });

  it('refuses mutations and subscriptions as validation errors, not internal ones', async () => {
    for (const q of ['mutation { x }', 'subscription { x }']) {
      const r = await query(q);
      expect(r.status, q).toBe(400);
      expect(codes(r), q).toContain('GRAPHQL_VALIDATION_FAILED');
      expect(codes(r), q).not.toContain('INTERNAL_SERVER_ERROR');
    }
  });
});

describe('aliases of database-touching fields', () => {
  it('refuses 999 aliases of health while parsing (token limit)', async () => {
    const r = await query(aliases(999, 'health { status }'));
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('prices every root field: 11 × health is refused, and 20 × health is over the complexity limit too', async () => {
    const r = await query(aliases(11, 'health { status }'));
    expect(r.status).toBe(400);
    expect(r.body.errors![0]!.message).toMatch(/最多 10 个顶层字段，收到 11 个/);
    const schema = await apiSchema();
    expect(operationComplexity(schema, parse(aliases(20, 'health { status }')))).toBeGreaterThan(LIMITS.maxComplexity);
  });

  it('refuses more than 3 questions in one request, through fragments too', async () => {
    const who = 'whoHandles(question: "炼油", first: 1) { score }';
    for (const q of [
      aliases(4, who),
      `{ ...Q ...Q2 } fragment Q on Query { a: ${who} b: ${who} } fragment Q2 on Query { c: ${who} d: ask(question: "炼油") { message } }`,
    ]) {
      const r = await query(q);
      expect(r.status).toBe(400);
      expect(r.body.errors![0]!.message).toMatch(/最多 3 个问题，收到 4 个/);
    }
  });

  it('keeps every operation the web page sends under the limit', async () => {
    const schema = await apiSchema();
    const document = parse(readFileSync(path.join(repoRoot, 'web/src/operations.graphql'), 'utf8'));
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    expect(operations.length).toBeGreaterThan(3);
    // A value for every variable the page's operations declare (required ones must be given).
    const withdrawal = {
      jurisdiction: '蒸湘区',
      matter: '事项',
      reference: '编号',
      decidedBy: '编办',
      decidedOn: '2026-01-01',
      basis: '依据',
    };
    const ruling = { ...withdrawal, lead: { agency: '甲', division: '主办' }, cooperating: [{ agency: '乙', division: '协办' }] };
    const common = {
      question: '炼油',
      jurisdiction: '蒸湘区',
      region: '湖南省',
      pair: '公安~市场监管',
      key: 'k',
      title: '节能',
      agencies: ['甲', '乙'],
      first: 10,
      file: 'f.txt',
      line: 1,
    };
    const inputs: Record<string, object> = { RecordRuling: ruling, WithdrawRuling: withdrawal };
    for (const op of operations) {
      const input = inputs[op.name!.value];
      const variables = input ? { ...common, input } : common;
      const c = operationComplexity(schema, document, variables, op.name!.value);
      expect(c, op.name!.value).toBeLessThanOrEqual(LIMITS.maxComplexity);
    }
    expect(operationComplexity(schema, parse('{ health { status } }'))).toBeGreaterThan(LIMITS.rootFieldCost);
  });
});

describe('production-safe defaults', () => {
  it('refuses introspection unless chosen, and then answers it', async () => {
    const q = '{ __schema { queryType { name } } }';
    expect((await query(q)).status).toBe(400);
    expect((await query(q, introspecting)).body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('reads GRAPHQL_INTROSPECTION, off when unset outside development, and names the variable on a bad value', () => {
    expect(introspectionFromEnv({})).toBe(false);
    expect(introspectionFromEnv({ GRAPHQL_INTROSPECTION: 'true' })).toBe(true);
    expect(introspectionFromEnv({ GRAPHQL_INTROSPECTION: '0' })).toBe(false);
    expect(() => introspectionFromEnv({ GRAPHQL_INTROSPECTION: 'yes please' })).toThrow(/GRAPHQL_INTROSPECTION/);
  });

  it('suggests no field names when the schema is not to be explored', async () => {
    const r = await query('{ healt { status } }');
    expect(r.status).toBe(400);
    expect(r.text).not.toMatch(/Did you mean/);
  });
});

describe('security headers', () => {
  it('sends CSP with frame-ancestors none, nosniff and X-Frame-Options on the API and the page', async () => {
    const page = await startServer({ port: 0, host: '127.0.0.1', webDir: path.join(repoRoot, 'no-such-dir') });
    try {
      for (const res of [await fetch(`${page.url}/`), await fetch(`${server.url}/graphql`, { method: 'POST' })]) {
        const csp = res.headers.get('content-security-policy') ?? '';
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).toContain("script-src 'self'");
        expect(csp).toContain("default-src 'self'");
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(res.headers.get('x-frame-options')).toBe('DENY');
        expect(res.headers.get('x-powered-by')).toBeNull();
      }
    } finally {
      await page.close();
    }
  });
});

describe('withoutServerPaths', () => {
  it('turns absolute paths at the start of a string into a file name or a repo-relative path', () => {
    const root = '/srv/app';
    expect(
      withoutServerPaths(
        {
          key: '/home/ops/lists/000_洪江区.txt',
          fact: '/home/ops/lists/000_洪江区.txt#L0#M3#A1',
          inside: '/srv/app/domain/department-profiles.ts',
          relative: '../shared/seeds/000.txt',
          text: '负责/配合 /不是路径',
          list: [{ file: '/tmp/x/a b.txt' }],
          n: 3,
          none: null,
        },
        root,
      ),
    ).toEqual({
      key: '000_洪江区.txt',
      fact: '000_洪江区.txt#L0#M3#A1',
      inside: 'domain/department-profiles.ts',
      relative: '../shared/seeds/000.txt',
      text: '负责/配合 /不是路径',
      list: [{ file: 'a b.txt' }],
      n: 3,
      none: null,
    });
  });
});
