// The province/city overlap view against the real Neo4j: a generated 3-county country
// (tools/country) loaded county by county, then regionOverlaps checked against what the
// per-county overlaps API reports for the same counties.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, errorCodes, type GqlResponse, gql } from '../api/client.js';
import { type LoadedCountry, loadSmallCountry } from './country.js';

let country: LoadedCountry;
let city = '';
let province = '';
let counties: string[] = [];

beforeAll(async () => {
  country = await loadSmallCountry(11, 3);
  ({ city, province, counties } = country);
  await api();
}, 300_000);

afterAll(async () => {
  await (await api()).close();
  country?.remove();
});

interface PairOut {
  id: string;
  a: { id: string; label: string };
  b: { id: string; label: string };
  counties: number;
  countiesWithBoth: number;
  matters: number;
  declared: number;
  undeclared: number;
  contradictions: number;
  topMatters: Array<{ title: string; counties: number }>;
  countyRows: Array<{
    jurisdiction: string;
    jurisdictionKey: string;
    agenciesA: string[];
    agenciesB: string[];
    declared: number;
    undeclared: number;
    contradictions: number;
    matters: string[];
    sources: string[];
  }>;
}

const REGION = `query($r: String!, $first: Int, $min: Int, $pair: ID) {
  regionOverlaps(region: $r, first: $first, minCounties: $min, pair: $pair) {
    region regionKey level countyCount analysedCounties complete pairCount kinds { id label counties agencies }
    pairs { id a { id label } b { id label } counties countiesWithBoth matters declared undeclared contradictions
      topMatters { title counties }
      countyRows { jurisdiction jurisdictionKey agenciesA agenciesB declared undeclared contradictions matters sources } } } }`;

type RegionOut = {
  regionOverlaps: { countyCount: number; analysedCounties: number; complete: boolean; level: string; pairCount: number; pairs: PairOut[] };
};

/** Asks until the aggregation is complete (a cold region answers with the counties done so far). */
async function complete(variables: Record<string, unknown>): Promise<GqlResponse<RegionOut>> {
  for (;;) {
    const r = await gql<RegionOut>(REGION, variables);
    if (r.errors || r.data!.regionOverlaps.complete) return r;
    const { analysedCounties, countyCount } = r.data!.regionOverlaps;
    expect(analysedCounties).toBeLessThan(countyCount);
  }
}

interface Finding {
  id: string;
  kind: 'DECLARED' | 'UNDECLARED' | 'CONTRADICTION';
  agencies: Array<{ name: string }>;
  matter: { key: string; title: string } | null;
}

/** Every finding the county overlap API reports for a county, page by page. */
async function allFindings(county: string): Promise<Finding[]> {
  const out: Finding[] = [];
  for (let after: string | null = null; ; ) {
    const r: GqlResponse<{ overlaps: Finding[] }> = await gql<{ overlaps: Finding[] }>(
      'query($j: String!, $after: String) { overlaps(jurisdiction: $j, first: 100, after: $after) { id kind agencies { name } matter { key title } } }',
      { j: county, after },
    );
    expect(r.errors).toBeUndefined();
    out.push(...r.data!.overlaps);
    if (r.data!.overlaps.length < 100) return out;
    after = r.data!.overlaps.at(-1)!.id;
  }
}

const between = (f: Finding, a: readonly string[], b: readonly string[]) => {
  const [x, y] = f.agencies.map((g) => g.name);
  return !!x && !!y && ((a.includes(x) && b.includes(y)) || (a.includes(y) && b.includes(x)));
};

describe('regionOverlaps', () => {
  it('folds every finding of the city’s counties into exactly one kind pair, county rows matching the county overlaps', async () => {
    const r = await complete({ r: `${province}${city}`, first: 1000 });
    expect(r.errors).toBeUndefined();
    const result = r.data!.regionOverlaps;
    expect(result.level).toBe('city');
    expect(result.countyCount).toBe(counties.length);
    expect(result.analysedCounties).toBe(counties.length);
    expect(result.pairs.length).toBe(result.pairCount);
    expect(result.pairs.length).toBeGreaterThan(0);

    const findings = new Map<string, Finding[]>();
    for (const key of counties) findings.set(key, await allFindings(key.replaceAll('/', '')));
    const total = [...findings.values()].flat().filter((f) => f.agencies.length >= 2).length;
    const sum = (p: { declared: number; undeclared: number; contradictions: number }) => p.declared + p.undeclared + p.contradictions;
    expect(result.pairs.reduce((n, p) => n + sum(p), 0)).toBe(total);

    for (const pair of result.pairs) {
      let matterSum = 0;
      expect(pair.countyRows.length).toBe(pair.counties);
      expect(pair.countiesWithBoth).toBeGreaterThanOrEqual(pair.counties);
      expect(pair.countiesWithBoth).toBeLessThanOrEqual(counties.length);
      expect(pair.countyRows.reduce((n, c) => n + sum(c), 0)).toBe(sum(pair));
      for (const row of pair.countyRows) {
        const mine = findings.get(row.jurisdictionKey)!.filter((f) => between(f, row.agenciesA, row.agenciesB));
        expect(row.sources.every((s) => /:\d+$/.test(s))).toBe(true);
        // Two agencies of one kind may be listed on either side: exact counts only for pairs of two kinds.
        if (pair.a.id === pair.b.id) continue;
        const kinds = { DECLARED: 0, UNDECLARED: 0, CONTRADICTION: 0 };
        for (const f of mine) kinds[f.kind] += 1;
        expect([row.declared, row.undeclared, row.contradictions], `${pair.id} ${row.jurisdiction}`).toEqual([
          kinds.DECLARED,
          kinds.UNDECLARED,
          kinds.CONTRADICTION,
        ]);
        const distinct = new Set(mine.filter((f) => f.matter).map((f) => f.matter!.key)).size;
        expect(row.matters.length).toBe(Math.min(10, distinct));
        matterSum += distinct;
      }
      if (pair.a.id !== pair.b.id) expect(matterSum, pair.id).toBe(pair.matters);
    }
  }, 240_000);

  it('returns one pair with its counties when asked for it, and filters by counties', async () => {
    const all = await complete({ r: `${province}${city}`, first: 1000 });
    const pairs = all.data!.regionOverlaps.pairs;
    const one = await gql<{ regionOverlaps: { pairs: PairOut[] } }>(REGION, { r: `${province}${city}`, pair: pairs[0]!.id });
    expect(one.data!.regionOverlaps.pairs).toEqual([pairs[0]]);
    const min = Math.max(...pairs.map((p) => p.counties));
    const wide = await gql<{ regionOverlaps: { pairs: PairOut[] } }>(REGION, { r: `${province}${city}`, first: 1000, min });
    expect(wide.data!.regionOverlaps.pairs.map((p) => p.id)).toEqual(pairs.filter((p) => p.counties >= min).map((p) => p.id));
  });

  it('refuses a county, an unknown place and a bad page size in Chinese', async () => {
    const county = await gql(REGION, { r: counties[0]!.replaceAll('/', '') });
    expect(errorCodes(county)).toEqual(['BAD_USER_INPUT']);
    expect(county.errors![0]!.message).toContain('县级辖区');
    const unknown = await gql(REGION, { r: '不存在省' });
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors![0]!.message).toContain('未知的辖区');
    const bad = await gql(REGION, { r: city, first: 0 });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0]!.message).toMatch(/first/);
  });
});
