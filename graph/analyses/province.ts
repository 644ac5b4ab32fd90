// The province/city view of the overlap analyses (issue 15): a region holds tens to a hundred
// counties, and drawing every agency of every county is thousands of nodes. Planners compare
// how counties divide the same work, so the counties' findings are folded by department KIND
// pair (公安 × 市场监管): in how many counties the two kinds overlap (of how many have both),
// how many matters they share, how many contradictions, which matters most often — and every
// figure keeps the counties it came from, whose own analyses keep the list lines.
// Pure: counties are added one at a time and only their summary is kept (bounded memory).

import type { CorpusAgency } from './corpus.js';
import type { OverlapFinding, OverlapKind } from './finding.js';
import { type AgencyKind, agencyKind } from './province-kinds.js';

/** What the aggregation reads of one county's analysis. */
export interface CountyOverlaps {
  key: string;
  name: string;
  /** Names of the county and the places above it, taken off agency names (province-kinds.ts). */
  placeNames: readonly string[];
  agencies: readonly CorpusAgency[];
  /** Findings of every kind. */
  findings: readonly OverlapFinding[];
}

/** How one county divides the work of a kind pair: the drill-down row. */
export interface RegionPairCounty {
  jurisdictionKey: string;
  jurisdiction: string;
  /** Full names of the county's agencies of the pair's first and second kind that overlap. */
  agenciesA: string[];
  agenciesB: string[];
  declared: number;
  undeclared: number;
  contradictions: number;
  /** Titles of the matters the findings are about (DECLARED, CONTRADICTION), strongest first. */
  matters: string[];
  /** `file:line` of the strongest findings' texts: where the county's figure can be checked. */
  sources: string[];
}

export interface RegionMatter {
  title: string;
  /** Counties in which the pair shares a matter of this title. */
  counties: number;
}

export interface RegionKindPair {
  /** `<kind a>~<kind b>`, kind ids in code-point order. */
  id: string;
  a: AgencyKind;
  b: AgencyKind;
  /** Counties where the two kinds overlap at all. */
  counties: number;
  /** Counties that have agencies of both kinds (two of the kind, for a kind paired with itself). */
  countiesWithBoth: number;
  /** Shared matters summed over the counties (each county's distinct matters). */
  matters: number;
  declared: number;
  undeclared: number;
  contradictions: number;
  /** Matter titles in the most counties first. */
  topMatters: RegionMatter[];
  /** One row per county where they overlap, most findings first. */
  countyRows: RegionPairCounty[];
}

export interface RegionKindNode extends AgencyKind {
  /** Counties having an agency of this kind. */
  counties: number;
  /** Agencies of this kind over all counties. */
  agencies: number;
}

export interface RegionOverlaps {
  /** Counties analysed, in the order added. */
  counties: Array<{ key: string; name: string }>;
  kinds: RegionKindNode[];
  /** Counties-first, then findings. */
  pairs: RegionKindPair[];
}

/** How many matter titles and source lines a county row keeps: enough to check, bounded. */
const COUNTY_MATTERS = 10;
const COUNTY_SOURCES = 3;

const FIELD: Record<OverlapKind, 'declared' | 'undeclared' | 'contradictions'> = {
  DECLARED: 'declared',
  UNDECLARED: 'undeclared',
  CONTRADICTION: 'contradictions',
};

/** Titles compared without spaces and punctuation, as matter keys are (domain/matter-title.ts). */
const titleKey = (title: string) => title.replace(/[\s\p{P}]/gu, '');

interface PairAccumulator extends Omit<RegionKindPair, 'topMatters' | 'countiesWithBoth'> {
  titleCounties: Map<string, RegionMatter>;
}

/** Folds counties one at a time; `result()` may be called at any point. */
export class RegionOverlapAggregator {
  private readonly counties: Array<{ key: string; name: string }> = [];
  /** Per county: agencies per kind id (for countiesWithBoth and the nodes). */
  private readonly kindCounts: Array<Map<string, number>> = [];
  private readonly kinds = new Map<string, AgencyKind>();
  private readonly pairs = new Map<string, PairAccumulator>();

  add(county: CountyOverlaps): void {
    this.counties.push({ key: county.key, name: county.name });
    const kindOf = new Map<string, AgencyKind>();
    const counts = new Map<string, number>();
    for (const agency of county.agencies) {
      const kind = agencyKind(agency.name, county.placeNames);
      kindOf.set(agency.key, kind);
      this.kinds.set(kind.id, kind);
      counts.set(kind.id, (counts.get(kind.id) ?? 0) + 1);
    }
    this.kindCounts.push(counts);
    const rows = new Map<string, { row: RegionPairCounty; matterKeys: Set<string>; a: AgencyKind; b: AgencyKind }>();
    for (const finding of county.findings) {
      const [x, y] = finding.agencies;
      if (!x || !y) continue;
      const kx = kindOf.get(x.key) ?? agencyKind(x.name, county.placeNames);
      const ky = kindOf.get(y.key) ?? agencyKind(y.name, county.placeNames);
      const [first, second, nameA, nameB] = kx.id <= ky.id ? [kx, ky, x.name, y.name] : [ky, kx, y.name, x.name];
      const id = `${first.id}~${second.id}`;
      const entry = rows.get(id) ?? {
        a: first,
        b: second,
        matterKeys: new Set<string>(),
        row: {
          jurisdictionKey: county.key,
          jurisdiction: county.name,
          agenciesA: [],
          agenciesB: [],
          declared: 0,
          undeclared: 0,
          contradictions: 0,
          matters: [],
          sources: [],
        },
      };
      rows.set(id, entry);
      const { row } = entry;
      if (!row.agenciesA.includes(nameA)) row.agenciesA.push(nameA);
      if (!row.agenciesB.includes(nameB)) row.agenciesB.push(nameB);
      row[FIELD[finding.kind]] += 1;
      if (finding.matter && !entry.matterKeys.has(finding.matter.key)) {
        entry.matterKeys.add(finding.matter.key);
        row.matters.push(finding.matter.title);
      }
      for (const item of finding.items) {
        const at = `${item.source.file}:${item.source.line}`;
        if (row.sources.length < COUNTY_SOURCES && !row.sources.includes(at)) row.sources.push(at);
      }
    }
    for (const [id, { row, matterKeys, a, b }] of rows) {
      const pair = this.pairs.get(id) ?? {
        id,
        a,
        b,
        counties: 0,
        matters: 0,
        declared: 0,
        undeclared: 0,
        contradictions: 0,
        countyRows: [],
        titleCounties: new Map<string, RegionMatter>(),
      };
      this.pairs.set(id, pair);
      pair.counties += 1;
      pair.matters += matterKeys.size;
      pair.declared += row.declared;
      pair.undeclared += row.undeclared;
      pair.contradictions += row.contradictions;
      const titles = new Set(row.matters.map(titleKey));
      for (const title of row.matters) {
        const key = titleKey(title);
        if (!titles.delete(key)) continue;
        const matter = pair.titleCounties.get(key) ?? { title, counties: 0 };
        matter.counties += 1;
        pair.titleCounties.set(key, matter);
      }
      pair.countyRows.push({ ...row, matters: row.matters.slice(0, COUNTY_MATTERS) });
    }
  }

  result(topMatters = 5): RegionOverlaps {
    const findings = (p: { declared: number; undeclared: number; contradictions: number }) => p.declared + p.undeclared + p.contradictions;
    const pairs = [...this.pairs.values()].map(({ titleCounties, ...pair }) => ({
      ...pair,
      countiesWithBoth: this.kindCounts.filter((c) =>
        pair.a.id === pair.b.id ? (c.get(pair.a.id) ?? 0) >= 2 : c.has(pair.a.id) && c.has(pair.b.id),
      ).length,
      topMatters: [...titleCounties.values()]
        .sort((x, y) => y.counties - x.counties || (x.title < y.title ? -1 : x.title > y.title ? 1 : 0))
        .slice(0, topMatters),
      countyRows: [...pair.countyRows].sort((x, y) => findings(y) - findings(x) || (x.jurisdictionKey < y.jurisdictionKey ? -1 : 1)),
    }));
    pairs.sort((p, q) => q.counties - p.counties || findings(q) - findings(p) || (p.id < q.id ? -1 : 1));
    const kinds = [...this.kinds.values()].map((kind) => ({
      ...kind,
      counties: this.kindCounts.filter((c) => c.has(kind.id)).length,
      agencies: this.kindCounts.reduce((sum, c) => sum + (c.get(kind.id) ?? 0), 0),
    }));
    kinds.sort((x, y) => y.counties - x.counties || (x.id < y.id ? -1 : 1));
    return { counties: [...this.counties], kinds, pairs };
  }
}

/** The region's aggregate over `counties`, read one at a time (each released before the next is read). */
export async function aggregateRegion(
  countyKeys: readonly string[],
  read: (key: string) => Promise<CountyOverlaps | null>,
): Promise<RegionOverlaps> {
  const aggregator = new RegionOverlapAggregator();
  for (const key of countyKeys) {
    const county = await read(key);
    if (county) aggregator.add(county);
  }
  return aggregator.result();
}
