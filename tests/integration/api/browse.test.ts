import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../fixtures.js';
import { api, errorCodes, gql } from './client.js';

beforeAll(async () => {
  await loadSeeds();
  await api();
}, 120_000);
afterAll(async () => (await api()).close());

describe('browsing', () => {
  it('lists the five seed jurisdictions with their parents', async () => {
    const r = await gql<{ jurisdictions: Array<{ name: string; level: string; parentName: string | null; agencyCount: number }> }>(
      '{ jurisdictions { name level parentName agencyCount } }',
    );
    const counties = r.data!.jurisdictions.filter((j) => j.level === 'county');
    for (const name of ['安化县', '鹿泉区', '临高县', '洪江区', '蒸湘区']) {
      const j = counties.find((c) => c.name === name);
      expect(j, name).toBeDefined();
      expect(j!.agencyCount).toBeGreaterThan(0);
    }
    expect(counties.find((c) => c.name === '蒸湘区')?.parentName).toBe('衡阳市');
  });

  it('shows an agency with its aliases, duties, matters and services', async () => {
    const r = await gql<{
      agencies: Array<{ name: string; aliases: string[]; duties: unknown[]; matters: unknown[]; services: Array<{ phones: string[] }> }>;
    }>(
      `{ agencies(jurisdiction: "安化县", name: "工信") { name aliases duties { text items } matters { title } services { title units phones } } }`,
    );
    expect(r.errors).toBeUndefined();
    const a = r.data!.agencies[0]!;
    expect(a.duties.length).toBeGreaterThan(0);
    expect(a.matters.length).toBeGreaterThan(0);
    expect(a.services.some((s) => s.phones.length > 0)).toBe(true);
    expect([a.name, ...a.aliases].some((n) => n.includes('工信'))).toBe(true);
  });

  it('pages through matters with cursors, without overlap', async () => {
    const Q = `query($after: String) { matters(jurisdiction: "蒸湘区", first: 5, after: $after) {
      edges { cursor node { key title } } pageInfo { hasNextPage endCursor } count } }`;
    type Page = { matters: { edges: Array<{ node: { key: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const one = await gql<Page>(Q);
    expect(one.data!.matters.edges).toHaveLength(5);
    expect(one.data!.matters.pageInfo.hasNextPage).toBe(true);
    const two = await gql<Page>(Q, { after: one.data!.matters.pageInfo.endCursor });
    const keys1 = one.data!.matters.edges.map((e) => e.node.key);
    const keys2 = two.data!.matters.edges.map((e) => e.node.key);
    expect(keys2.length).toBeGreaterThan(0);
    expect(keys1.filter((k) => keys2.includes(k))).toEqual([]);
    expect(keys2[0]! > keys1.at(-1)!).toBe(true);
  });

  it('filters matters by agency and by text in the division', async () => {
    const r = await gql<{ matters: { edges: Array<{ node: { title: string } }> } }>(
      `{ matters(jurisdiction: "洪江区", text: "炼油") { edges { node { title } } } }`,
    );
    expect(r.data!.matters.edges.map((e) => e.node.title).some((t) => t.includes('石油化工'))).toBe(true);
    const byAgency = await gql<{ matters: { edges: unknown[] } }>(
      `{ matters(jurisdiction: "洪江区", agency: "区发改局") { edges { node { title } } } }`,
    );
    expect(byAgency.data!.matters.edges.length).toBeGreaterThan(0);
  });

  it('rejects a malformed cursor', async () => {
    const r = await gql(`{ matters(after: "bm90LWEta2V5") { count } }`);
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
  });

  it('shows a basis with every responsibility resting on it', async () => {
    const list = await gql<{ bases: Array<{ key: string; responsibilityCount: number }> }>(
      '{ bases(first: 3) { key responsibilityCount } }',
    );
    const top = list.data!.bases[0]!;
    expect(top.responsibilityCount).toBeGreaterThan(1);
    const r = await gql<{ basis: { responsibilities: Array<{ division: string; matter: { title: string } }> } }>(
      'query($k: ID!) { basis(key: $k) { title docNumber responsibilities { division matter { title } agencies { name } source { file line } } } }',
      { k: top.key },
    );
    expect(r.data!.basis.responsibilities).toHaveLength(top.responsibilityCount);
  });

  it('lists documents with their load reports', async () => {
    const r = await gql<{
      documents: Array<{ file: string; sha256: string; lists: number; diagnosticCount: number; diagnostics: Array<{ code: string }> }>;
    }>(
      '{ documents { file sha256 lists diagnosticCount diagnostics(first: 100) { code severity message line } departments { department } } }',
    );
    const seeds = r.data!.documents.filter((d) => /^00\d_/.test(d.file));
    expect(seeds).toHaveLength(5);
    for (const d of seeds) {
      expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(d.lists).toBeGreaterThan(0);
      expect(d.diagnostics.length).toBe(Math.min(d.diagnosticCount, 100));
    }
  });
});
