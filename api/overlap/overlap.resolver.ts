import { Arg, FieldResolver, Float, Int, Query, Resolver, Root } from 'type-graphql';
import { Matter } from '../matter/matter.type.js';
import { DivisionAssignment, MatterDivision, Overlap, OverlapKind, OverlapMatrix, UncoveredAssignment } from './overlap.type.js';
import * as service from './overlap.service.js';

/** The asOf of the overlap analyses: which agencies are one body that day (issue 13). */
const AS_OF_BODIES =
  '按某日的机构看（2016、2019-06 或 2019-06-30）：此前已并入同一机构的部门之间不再算交叉（按本地机构沿革记录，或 2018 年机构改革的全国通行模式）；不填则按清单原样';

@Resolver()
export class OverlapResolver {
  @Query(() => [Matter], { description: '所列各部门（名称、别名或键）都承担职责的管理事项' })
  sharedMatters(
    @Arg('jurisdiction', () => String) jurisdiction: string,
    @Arg('agencies', () => [String]) agencies: string[],
  ): Promise<Matter[]> {
    return service.sharedMatters(jurisdiction, agencies);
  }

  @Query(() => [Overlap], {
    description: '职责交叉，按强度排序；不指定 kind 时依次为 CONTRADICTION、UNDECLARED、DECLARED，各自按 score 排序',
    complexity: ({ childComplexity, args }) => 10 + childComplexity * ((args.first as number) ?? 20),
  })
  overlaps(
    @Arg('jurisdiction', () => String) jurisdiction: string,
    @Arg('kind', () => OverlapKind, { nullable: true }) kind: OverlapKind | null,
    @Arg('first', () => Int, { nullable: true, description: 'Default 20, max 100' }) first: number | null,
    @Arg('minScore', () => Float, { nullable: true, description: 'Default 0: every finding the analysis reports' }) minScore: number | null,
    @Arg('after', () => String, { nullable: true, description: 'id of the last overlap of the previous page' }) after: string | null,
    @Arg('asOf', () => String, { nullable: true, description: AS_OF_BODIES }) asOf: string | null,
  ): Promise<Overlap[]> {
    return service.overlaps({ jurisdiction, kind, first, minScore, after, asOf });
  }

  @Query(() => [MatterDivision], {
    description: '各辖区与该标题相似的管理事项及其分工',
    complexity: ({ childComplexity, args }) => 10 + childComplexity * ((args.first as number) ?? 20),
  })
  compareMatter(
    @Arg('title', () => String) title: string,
    @Arg('first', () => Int, { nullable: true, description: 'Default 20, max 100' }) first: number | null,
    @Arg('minSimilarity', () => Float, { nullable: true, description: 'Title similarity, default 0.5' }) minSimilarity: number | null,
  ): Promise<MatterDivision[]> {
    return service.compareMatter(title, first, minSimilarity);
  }

  @Query(() => [UncoveredAssignment], {
    description: '职责边界表分给某部门、其自身职责清单却无对应内容的分工',
    complexity: ({ childComplexity, args }) => 10 + childComplexity * ((args.first as number) ?? 20),
  })
  uncoveredAssignments(
    @Arg('jurisdiction', () => String) jurisdiction: string,
    @Arg('first', () => Int, { nullable: true, description: 'Default 20, max 100' }) first: number | null,
  ): Promise<UncoveredAssignment[]> {
    return service.uncoveredAssignments(jurisdiction, first);
  }

  @Query(() => OverlapMatrix, { description: '部门 × 部门交叉矩阵（网页视图用）', complexity: 50 })
  overlapMatrix(
    @Arg('jurisdiction', () => String) jurisdiction: string,
    @Arg('asOf', () => String, { nullable: true, description: AS_OF_BODIES }) asOf: string | null,
  ): Promise<OverlapMatrix> {
    return service.overlapMatrix(jurisdiction, asOf);
  }
}

/** Adds `assignments` to the Matter type of api/matter: what sharedMatters promises per matter. */
@Resolver(() => Matter)
export class MatterAssignmentsResolver {
  @FieldResolver(() => [DivisionAssignment], { description: '职责边界表中此事项的各行分工（所有清单）', complexity: 20 })
  assignments(@Root() matter: Matter): Promise<DivisionAssignment[]> {
    return service.matterAssignments(matter.key);
  }
}
