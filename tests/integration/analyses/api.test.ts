// The overlap contract over HTTP, against the real server and the real Neo4j holding the five seeds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, errorCodes, gql } from '../api/client.js';
import { loadSeeds } from '../fixtures.js';

beforeAll(async () => {
  await loadSeeds();
  await api();
}, 180_000);
afterAll(async () => (await api()).close());

interface OverlapOut {
  id: string;
  kind: string;
  score: number;
  agencies: Array<{ name: string; aliases: string[] }>;
  items: Array<{ text: string; source: { file: string; line: number } }>;
  matter: { title: string } | null;
  divisions: Array<{ agencyRaw: string; division: string; listDepartment: string }>;
  explanation: string;
}

const OVERLAPS = `query($j: String!, $kind: OverlapKind, $first: Int, $minScore: Float, $after: String) {
  overlaps(jurisdiction: $j, kind: $kind, first: $first, minScore: $minScore, after: $after) {
    id kind score agencies { name aliases } items { text source { file line } }
    matter { title } divisions { agencyRaw division listDepartment } explanation } }`;

describe('overlap API', () => {
  it('returns every kind for 蒸湘区, strongest first, each citing its sources', async () => {
    for (const kind of ['DECLARED', 'UNDECLARED', 'CONTRADICTION']) {
      const r = await gql<{ overlaps: OverlapOut[] }>(OVERLAPS, { j: '蒸湘区', kind, first: 50 });
      expect(r.errors, kind).toBeUndefined();
      const found = r.data!.overlaps;
      expect(found.length, kind).toBeGreaterThan(0);
      expect(found.every((f) => f.kind === kind)).toBe(true);
      expect(found.map((f) => f.score)).toEqual([...found.map((f) => f.score)].sort((a, b) => b - a));
      for (const f of found) {
        expect(f.agencies.length).toBeGreaterThanOrEqual(kind === 'UNDECLARED' ? 2 : 1);
        expect(f.items.length).toBeGreaterThanOrEqual(2);
        expect(f.items.every((i) => i.text.length > 0 && i.source.line > 0 && i.source.file.length > 0)).toBe(true);
        expect(f.explanation).not.toBe('');
      }
    }
  });

  it('puts contradictions, then undeclared overlaps, before declared ones when no kind is asked', async () => {
    const r = await gql<{ overlaps: OverlapOut[] }>(OVERLAPS, { j: '蒸湘区', first: 100 });
    const kinds = r.data!.overlaps.map((f) => f.kind);
    expect(kinds[0]).toBe('CONTRADICTION');
    expect(kinds.lastIndexOf('CONTRADICTION')).toBeLessThan(kinds.indexOf('UNDECLARED'));
    expect(kinds.lastIndexOf('UNDECLARED')).toBeLessThan(kinds.indexOf('DECLARED'));
  });

  it('applies minScore and pages with after', async () => {
    const all = await gql<{ overlaps: OverlapOut[] }>(OVERLAPS, { j: '蒸湘区', kind: 'DECLARED', first: 10 });
    const strong = await gql<{ overlaps: OverlapOut[] }>(OVERLAPS, { j: '蒸湘区', kind: 'DECLARED', first: 100, minScore: 0.9 });
    expect(strong.data!.overlaps.every((f) => f.score >= 0.9)).toBe(true);
    const next = await gql<{ overlaps: OverlapOut[] }>(OVERLAPS, {
      j: '蒸湘区',
      kind: 'DECLARED',
      first: 10,
      after: all.data!.overlaps.at(-1)!.id,
    });
    const ids = new Set(all.data!.overlaps.map((f) => f.id));
    expect(next.data!.overlaps.length).toBeGreaterThan(0);
    expect(next.data!.overlaps.some((f) => ids.has(f.id))).toBe(false);
  });

  it('answers sharedMatters by canonical name or alias, with assignments', async () => {
    const Q = `query($a: [String!]!) { sharedMatters(jurisdiction: "蒸湘区", agencies: $a) { key title assignments { agency { name } agencyRaw division } } }`;
    const byAlias = await gql<{ sharedMatters: Array<{ title: string; assignments: Array<{ agency: { name: string } | null }> }> }>(Q, {
      a: ['区卫生局', '区人口计生局'],
    });
    expect(byAlias.errors).toBeUndefined();
    const titles = byAlias.data!.sharedMatters.map((m) => m.title);
    expect(titles).toContain('出生人口性别比治理');
    const m = byAlias.data!.sharedMatters.find((x) => x.title === '出生人口性别比治理')!;
    expect(m.assignments.some((a) => a.agency?.name.includes('卫生局'))).toBe(true);
    const byName = await gql<{ sharedMatters: Array<{ title: string }> }>(Q, { a: ['衡阳市蒸湘区卫生局', '衡阳市蒸湘区人口和计划生育局'] });
    expect(byName.data!.sharedMatters.map((x) => x.title)).toEqual(titles);
    const unknown = await gql(Q, { a: ['区卫生局', '不存在局'] });
    expect(errorCodes(unknown)).toContain('BAD_USER_INPUT');
  });

  it('accepts the short names planners type (安监局, 公安分局) that no document writes exactly', async () => {
    const Q = `query($a: [String!]!) { sharedMatters(jurisdiction: "蒸湘区", agencies: $a) { title } }`;
    const short = await gql<{ sharedMatters: Array<{ title: string }> }>(Q, { a: ['公安分局', '安监局'] });
    expect(short.errors).toBeUndefined();
    const full = await gql<{ sharedMatters: Array<{ title: string }> }>(Q, { a: ['公安局蒸湘分局', '衡阳市蒸湘区安全生产监督管理局'] });
    expect(full.data!.sharedMatters.length).toBeGreaterThan(0);
    expect(short.data!.sharedMatters).toEqual(full.data!.sharedMatters);
  });

  it('compares 节能管理 between 临高县 and 蒸湘区 with each division', async () => {
    const r = await gql<{
      compareMatter: Array<{
        jurisdiction: string;
        matter: { title: string };
        assignments: Array<{ agency: { name: string } | null; division: string }>;
      }>;
    }>(`{ compareMatter(title: "节能管理", first: 10) { jurisdiction matter { title } assignments { agency { name } division } } }`);
    expect(r.errors).toBeUndefined();
    const places = r.data!.compareMatter.map((m) => m.jurisdiction);
    expect(places).toEqual(expect.arrayContaining(['临高县', '蒸湘区']));
    expect(r.data!.compareMatter.every((m) => m.assignments.some((a) => a.division.length > 0))).toBe(true);
  });

  it('lists uncovered assignments and the overlap matrix', async () => {
    const u = await gql<{
      uncoveredAssignments: Array<{
        agency: { name: string };
        matter: { title: string };
        score: number;
        assignment: { source: { line: number } };
      }>;
    }>(
      `{ uncoveredAssignments(jurisdiction: "蒸湘区", first: 5) { agency { name } matter { title } score assignment { division source { line } } closest { text } } }`,
    );
    expect(u.errors).toBeUndefined();
    expect(u.data!.uncoveredAssignments.length).toBeGreaterThan(0);
    expect(u.data!.uncoveredAssignments.every((x) => x.score > 0 && x.assignment.source.line > 0)).toBe(true);
    const m = await gql<{
      overlapMatrix: {
        agencies: Array<{ key: string; matterCount: number }>;
        edges: Array<{ source: string; target: string; kind: string; weight: number }>;
      };
    }>(
      `{ overlapMatrix(jurisdiction: "蒸湘区") { agencies { key name matterCount dutyCount } edges { source target kind weight maxScore labels } } }`,
    );
    expect(m.errors).toBeUndefined();
    const keys = new Set(m.data!.overlapMatrix.agencies.map((a) => a.key));
    expect(m.data!.overlapMatrix.edges.length).toBeGreaterThan(0);
    expect(m.data!.overlapMatrix.edges.every((e) => keys.has(e.source) && keys.has(e.target) && e.weight > 0)).toBe(true);
    expect(new Set(m.data!.overlapMatrix.edges.map((e) => e.kind))).toEqual(new Set(['DECLARED', 'UNDECLARED', 'CONTRADICTION']));
  });

  it('answers BAD_USER_INPUT for an unknown jurisdiction, cursor or out-of-range threshold', async () => {
    for (const q of [
      '{ overlaps(jurisdiction: "不存在县") { id } }',
      '{ overlapMatrix(jurisdiction: "不存在县") { edges { kind } } }',
      '{ uncoveredAssignments(jurisdiction: "不存在县") { id } }',
      '{ sharedMatters(jurisdiction: "不存在县", agencies: ["甲局"]) { title } }',
      '{ overlaps(jurisdiction: "蒸湘区", after: "no-such-finding") { id } }',
      '{ overlaps(jurisdiction: "蒸湘区", minScore: 1.5) { id } }',
      '{ compareMatter(title: "  ") { jurisdiction } }',
    ])
      expect(errorCodes(await gql(q)), q).toContain('BAD_USER_INPUT');
  });
});
