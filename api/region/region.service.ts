// regionOverlaps: the province/city overlap view (graph/analyses/province*.ts), with the
// region checked here: a county has its own view (overlapMatrix), so naming one is refused
// with a pointer to it rather than shown as a one-county "region" that would compare nothing.
import { findRegions, regionOverlaps as aggregate } from '../../graph/analyses/province-service.js';
import { unknownJurisdiction } from '../../graph/errors.js';
import { apiError } from '../errors.js';
import type { RegionKind, RegionOverlaps } from './region.type.js';

export const REGION_DEFAULTS = { first: 100, maxFirst: 1000, minCounties: 1 } as const;

/**
 * How long a request waits for a region's aggregation before it answers with the counties done
 * so far: well inside the 10 s request limit (api/guards.ts), with room for the reads around it.
 */
export const REGION_WAIT_MS = 6_000;

function positive(value: number | null, name: string, fallback: number, max: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw apiError('BAD_USER_INPUT', `参数 ${name} 必须在 1 到 ${max} 之间，收到 ${n}`, { argumentName: name });
  }
  return n;
}

export interface RegionArgs {
  region: string;
  first: number | null;
  minCounties: number | null;
  /** Only this kind pair (id a~b): the drill-down to its counties. */
  pair: string | null;
}

export async function regionOverlaps(args: RegionArgs): Promise<RegionOverlaps> {
  const first = positive(args.first, 'first', REGION_DEFAULTS.first, REGION_DEFAULTS.maxFirst);
  const minCounties = positive(args.minCounties, 'minCounties', REGION_DEFAULTS.minCounties, 100_000);
  const name = args.region.trim();
  if (!name) throw apiError('BAD_USER_INPUT', '参数 region 不能为空：请给出省或市的名称', { argumentName: 'region' });
  const found = await findRegions(name);
  if (!found.length) throw unknownJurisdiction(name);
  const regions = found.filter((r) => r.level !== 'county');
  if (!regions.length) {
    throw apiError(
      'BAD_USER_INPUT',
      `${name}是县级辖区：省/市汇总需要省或市的名称；一个县区的交叉请看该县区的职责交叉视图（overlapMatrix）`,
      {
        argumentName: 'region',
        level: 'county',
      },
    );
  }
  if (regions.length > 1) {
    throw apiError('BAD_USER_INPUT', `名称“${name}”对应多个辖区，请写全称：${regions.map((r) => r.key.replaceAll('/', '')).join('、')}`, {
      argumentName: 'region',
      candidates: regions.map((r) => r.key),
    });
  }
  const region = regions[0]!;
  const result = await aggregate(region, REGION_WAIT_MS);
  const shown = result.pairs.filter((p) => p.counties >= minCounties && (!args.pair || p.id === args.pair));
  const kinds = new Map<string, RegionKind>(result.kinds.map((k) => [k.id, k]));
  return {
    region: region.name,
    regionKey: region.key,
    level: region.level,
    countyCount: result.total,
    analysedCounties: result.analysed,
    complete: result.complete,
    kinds: result.kinds,
    pairCount: shown.length,
    pairs: shown.slice(0, first).map((p) => ({
      ...p,
      a: kinds.get(p.a.id) ?? { ...p.a, counties: 0, agencies: 0 },
      b: kinds.get(p.b.id) ?? { ...p.b, counties: 0, agencies: 0 },
    })),
  };
}
