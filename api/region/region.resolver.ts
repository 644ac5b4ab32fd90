import { Arg, ID, Int, Query, Resolver } from 'type-graphql';
import { RegionOverlaps } from './region.type.js';
import * as service from './region.service.js';

@Resolver()
export class RegionResolver {
  @Query(() => RegionOverlaps, {
    description:
      '省/市级职责交叉：辖区内各县区的交叉按部门类别组合（公安 × 市场监管）汇总，每个数字可追溯到县区（countyRows），县区再追溯到清单行。给县级辖区会报错：请用 overlapMatrix',
    // The aggregate is computed once per region and version; a page of pairs costs little more.
    complexity: ({ childComplexity }) => 50 + childComplexity,
  })
  regionOverlaps(
    @Arg('region', () => String, { description: '省或市：湖南省、衡阳市、湖南省衡阳市' }) region: string,
    @Arg('first', () => Int, { nullable: true, description: 'Kind pairs returned, most counties first. Default 100, max 1000' })
    first: number | null,
    @Arg('minCounties', () => Int, { nullable: true, description: 'Only pairs overlapping in at least this many counties. Default 1' })
    minCounties: number | null,
    @Arg('pair', () => ID, { nullable: true, description: 'Only this pair (id <kind A>~<kind B>), e.g. to read its countyRows' })
    pair: string | null,
  ): Promise<RegionOverlaps> {
    return service.regionOverlaps({ region, first, minCounties, pair });
  }
}
