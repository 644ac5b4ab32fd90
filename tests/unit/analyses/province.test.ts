import { describe, expect, it } from 'vitest';
import { DEPARTMENT_PROFILES } from '../../../domain/department-profiles.js';
import type { CorpusAgency } from '../../../graph/analyses/corpus.js';
import type { OverlapFinding, OverlapKind } from '../../../graph/analyses/finding.js';
import { type CountyOverlaps, aggregateRegion, RegionOverlapAggregator } from '../../../graph/analyses/province.js';
import { agencyKind, nameWithoutPlace } from '../../../graph/analyses/province-kinds.js';

const agency = (county: string, name: string): CorpusAgency => ({ key: `${county}|${name}`, name, aliases: [] });

let line = 0;
function finding(kind: OverlapKind, county: string, a: CorpusAgency, b: CorpusAgency, matter: string | null): OverlapFinding {
  line += 1;
  return {
    id: `${kind}|${line}`,
    kind,
    score: 0.5,
    jurisdictionKey: county,
    agencies: [a, b],
    items: [
      { text: 'x', agencyKey: a.key, role: 'division', source: { file: `${county}.txt`, line, endLine: line } },
      { text: 'y', agencyKey: b.key, role: 'division', source: { file: `${county}.txt`, line: line + 100, endLine: line + 100 } },
    ],
    matter: matter ? { key: `${county}|${matter}`, title: matter } : null,
    divisions: [],
    sharedTerms: [],
    explanation: '',
  };
}

/** A county 湖南省/甲市/<name> with a 公安局, a 市场监督管理局 and a 编办, and the findings `build` makes. */
function county(
  name: string,
  build: (ga: CorpusAgency, sc: CorpusAgency, bb: CorpusAgency, key: string) => OverlapFinding[],
  withMarket = true,
): CountyOverlaps {
  const key = `湖南省/甲市/${name}`;
  const ga = agency(key, `${name}公安局`);
  const sc = agency(key, `${name}市场监督管理局`);
  const bb = agency(key, `${name}编办`);
  return {
    key,
    name,
    placeNames: ['湖南省', '甲市', name],
    agencies: withMarket ? [ga, sc, bb] : [ga, bb],
    findings: build(ga, sc, bb, key),
  };
}

describe('agency kinds', () => {
  it('groups agencies by department profile, with a short label', () => {
    expect(agencyKind('石川县公安局', ['湖南省', '甲市', '石川县'])).toEqual({
      id: 'public-security',
      label: '公安',
      profileId: 'public-security',
    });
    expect(agencyKind('县市场监督管理局', ['石川县']).label).toBe('市场监管');
  });

  it('groups agencies no profile recognises by their name without the place', () => {
    expect(agencyKind('湖南省甲市石川县编办', ['湖南省', '甲市', '石川县'])).toEqual({ id: 'name:编办', label: '编办', profileId: null });
    expect(agencyKind('云川县编办', ['云川县']).id).toBe(agencyKind('县编办', ['石川县']).id);
    // 县委 is part of the office's name, not a place.
    expect(nameWithoutPlace('县委宣传部', ['石川县'])).toBe('县委宣传部');
  });

  it('has a short label for every profile', () => {
    for (const p of DEPARTMENT_PROFILES) expect(agencyKind(p.kind, []).label.length, p.id).toBeLessThan(p.kind.length + 1);
    const labels = DEPARTMENT_PROFILES.map((p) => agencyKind(p.kind, []));
    expect(labels.filter((l) => l.profileId === null)).toEqual([]);
    expect(new Set(labels.map((l) => l.label)).size).toBe(DEPARTMENT_PROFILES.length);
  });
});

describe('region overlaps by kind pair', () => {
  const counties = [
    county('石川县', (ga, sc, bb) => [
      finding('DECLARED', 'a', ga, sc, '食品安全'),
      finding('CONTRADICTION', 'a', sc, ga, '食品安全'),
      finding('UNDECLARED', 'a', ga, sc, null),
      finding('DECLARED', 'a', bb, ga, '机构编制'),
    ]),
    county('云川县', (ga, sc) => [finding('DECLARED', 'b', ga, sc, '食品安全'), finding('DECLARED', 'b', sc, ga, '市场秩序')]),
    county('临城县', () => []),
    county('兴阳县', () => [], false),
  ];

  it('counts counties, counties having both kinds, matters and kinds of findings per kind pair', () => {
    const aggregator = new RegionOverlapAggregator();
    for (const c of counties) aggregator.add(c);
    const { pairs, kinds } = aggregator.result();
    const pair = pairs.find((p) => p.id === 'market-regulation~public-security')!;
    expect(pair.a.label).toBe('市场监管');
    expect(pair.counties).toBe(2);
    // 兴阳县 has no 市场监管: three counties have both kinds.
    expect(pair.countiesWithBoth).toBe(3);
    // 石川县: 食品安全 (declared and contradicted: one matter); 云川县: 食品安全, 市场秩序.
    expect(pair.matters).toBe(3);
    expect([pair.declared, pair.undeclared, pair.contradictions]).toEqual([3, 1, 1]);
    expect(pair.topMatters[0]).toEqual({ title: '食品安全', counties: 2 });
    expect(pair.countyRows.map((r) => r.jurisdiction)).toEqual(['石川县', '云川县']);
    const first = pair.countyRows[0]!;
    expect(first.agenciesA).toEqual(['石川县市场监督管理局']);
    expect(first.agenciesB).toEqual(['石川县公安局']);
    expect(first.sources.length).toBe(3);
    expect(first.sources[0]).toMatch(/^a\.txt:\d+$/);
    const other = pairs.find((p) => p.id === 'name:编办~public-security')!;
    expect([other.counties, other.countiesWithBoth, other.matters]).toEqual([1, 4, 1]);
    expect(pairs[0]!.id).toBe(pair.id);
    expect(kinds.find((k) => k.id === 'market-regulation')).toMatchObject({ counties: 3, agencies: 3 });
  });

  it('pairs two agencies of one kind with their kind, counting counties that have two of it', () => {
    const key = '湖南省/甲市/石川县';
    const a = agency(key, '石川县公安局');
    const b = agency(key, '石川县公安分局');
    const aggregator = new RegionOverlapAggregator();
    aggregator.add({ key, name: '石川县', placeNames: ['石川县'], agencies: [a, b], findings: [finding('DECLARED', 'c', a, b, '治安')] });
    aggregator.add(counties[3]!);
    const pair = aggregator.result().pairs[0]!;
    expect(pair.id).toBe('public-security~public-security');
    // 兴阳县 has one 公安 only.
    expect([pair.counties, pair.countiesWithBoth]).toEqual([1, 1]);
    expect(pair.countyRows[0]!.agenciesA.concat(pair.countyRows[0]!.agenciesB).sort()).toEqual(['石川县公安分局', '石川县公安局']);
  });

  it('reads counties one at a time and skips those that are gone', async () => {
    const read: string[] = [];
    let open = 0;
    const result = await aggregateRegion(['x', 'gone', 'y'], async (key) => {
      read.push(key);
      open += 1;
      expect(open).toBe(1);
      await Promise.resolve();
      open -= 1;
      return key === 'gone' ? null : counties[key === 'x' ? 0 : 1]!;
    });
    expect(read).toEqual(['x', 'gone', 'y']);
    expect(result.counties.map((c) => c.name)).toEqual(['石川县', '云川县']);
  });
});
