// HTTP hardening against the real graph (issue 11, item 6): no answer names a path on the
// server, and aliases of database-touching fields are priced per alias.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../api/guards.js';
import { repoRoot } from '../../../graph/config.js';
import { loadSeeds, seedsDir } from '../fixtures.js';
import { api, errorCodes, gql } from './client.js';

beforeAll(async () => {
  await loadSeeds();
  await api();
}, 120_000);
afterAll(async () => (await api()).close());

const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('server paths', () => {
  it('answers with file names, never the absolute paths documents are keyed by', async () => {
    const r = await gql(`{
      documents { key file }
      whoHandles(question: "炼油厂归哪个部门管", jurisdiction: "洪江区", first: 3) { key source { file } }
      whereToComplain(question: "中小企业贷款担保", jurisdiction: "洪江区") { source { file } }
    }`);
    expect(r.errors).toBeUndefined();
    const text = JSON.stringify(r.data);
    expect(text).not.toContain(seedsDir);
    expect(text).not.toContain(repoRoot);
    expect(text).not.toMatch(/"\/[^"]*\//);
    const data = r.data as { documents: Array<{ key: string }>; whoHandles: Array<{ key: string; source: { file: string } }> };
    expect(data.documents.filter((d) => /^00\d_.*\.txt$/.test(d.key))).toHaveLength(5);
    expect(data.whoHandles[0]!.source.file).toMatch(/^00\d_.*\.txt$/);
    expect(data.whoHandles[0]!.key).toMatch(/^00\d_.*\.txt#/);
  });
});

describe('aliases', () => {
  it('runs as many health aliases as the limit allows and refuses one more', async () => {
    const ok = await gql(aliases(LIMITS.maxRootFields, 'health { status }'));
    expect(ok.errors).toBeUndefined();
    expect(Object.keys(ok.data ?? {})).toHaveLength(LIMITS.maxRootFields);
    const over = await gql(aliases(LIMITS.maxRootFields + 1, 'health { status }'));
    expect(over.status).toBe(400);
    expect(errorCodes(over)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('allows a few questions in one request, not a flood', async () => {
    const ok = await gql(aliases(3, 'whoHandles(question: "炼油", jurisdiction: "洪江区", first: 1) { score }'));
    expect(ok.errors).toBeUndefined();
    const over = await gql(aliases(4, 'whoHandles(question: "炼油", jurisdiction: "洪江区", first: 1) { score }'));
    expect(over.status).toBe(400);
    expect(errorCodes(over)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});
