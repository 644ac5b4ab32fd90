// The province/city overlap graph as data: department kinds as nodes (coloured by sector, as
// agencies are in the county view), kind pairs as edges whose width is the share of counties
// where the two kinds overlap. Pure, unit-tested; regionOverlaps.ts draws it.

import type { ElementDefinition } from 'cytoscape';
import type { RegionKindPair, RegionOverlaps } from '../api.js';
import { nodeSize } from '../graph/elements.js';
import { type Sector, sectors } from '../graph/sectors.js';
import { regionStrings as s } from './regionStrings.js';

export const kindNodeId = (kindId: string): string => `k:${kindId}`;
export const regionEdgeId = (pairId: string): string => `r:${pairId}`;

const otherSector = sectors.find((x) => x.id === 'other')!;

/** The sector of a department kind (profile id); 其他 for kinds grouped by name. */
export function sectorOfKind(profileId: string | null | undefined): Sector {
  return (profileId && sectors.find((x) => x.profiles.includes(profileId))) || otherSector;
}

/**
 * The colour of a pair's edge says the worst it found in any county: a contradiction, else
 * a declared (written) shared matter, else only undeclared overlaps.
 */
export function pairEdgeKind(p: Pick<RegionKindPair, 'contradictions' | 'declared'>): 'contradiction' | 'declared' | 'undeclared' {
  return p.contradictions > 0 ? 'contradiction' : p.declared > 0 ? 'declared' : 'undeclared';
}

/** The pairs overlapping in at least `minCounties` counties, in the API's order (most counties first). */
export function shownPairs(region: RegionOverlaps, minCounties: number): RegionKindPair[] {
  return region.pairs.filter((p) => p.counties >= minCounties);
}

export function regionGraph(region: RegionOverlaps, pairs: readonly RegionKindPair[]): ElementDefinition[] {
  const kinds = new Map(region.kinds.map((k) => [k.id, k]));
  const drawn = new Set(pairs.flatMap((p) => [p.a.id, p.b.id]));
  const maxCounties = Math.max(1, ...[...drawn].map((id) => kinds.get(id)?.counties ?? 0));
  const nodes: ElementDefinition[] = [...drawn].map((id) => {
    const kind = kinds.get(id);
    const label = kind?.label ?? id;
    return {
      group: 'nodes',
      data: {
        id: kindNodeId(id),
        key: id,
        name: label,
        label: kind?.profileId === null ? `${label}${s.otherKind}` : label,
        // Styled as the county view's agencies are: the sector colours and their legend.
        kind: 'agency',
        sector: sectorOfKind(kind?.profileId).id,
        size: nodeSize(kind?.counties ?? 0, maxCounties),
        tooltip: s.kindNode(label, kind?.counties ?? 0, kind?.agencies ?? 0),
      },
    };
  });
  const edges: ElementDefinition[] = pairs.map((p) => ({
    group: 'edges',
    data: {
      id: regionEdgeId(p.id),
      pair: p.id,
      source: kindNodeId(p.a.id),
      target: kindNodeId(p.b.id),
      // Not an overlap kind: at region level nearly every pair has each kind somewhere, so the
      // edge says only how many counties (width); the table has the kinds' counts.
      kind: 'region',
      worst: pairEdgeKind(p),
      // The stylesheet maps strength 1–10 to width and opacity: the share of the region's counties, in tenths.
      strength: Math.max(1, Math.round((10 * p.counties) / Math.max(1, region.countyCount))),
      label: s.edgeLabel(p.counties),
      tooltip: s.edgeTooltip(p.a.label, p.b.label, p.counties, p.countiesWithBoth, p.contradictions),
    },
  }));
  return [...nodes, ...edges];
}
