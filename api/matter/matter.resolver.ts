import { Arg, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { pageFactor } from '../guards.js';
import { Matter, MatterConnection } from './matter.type.js';
import { Responsibility } from './responsibility.type.js';
import * as service from './matter.service.js';

@Resolver(() => Matter)
export class MatterResolver {
  @Query(() => MatterConnection, {
    description: '管理事项，可按辖区、部门（名称、别名或键）和文字筛选；游标分页',
    complexity: ({ childComplexity, args }) => 5 + childComplexity * pageFactor(args, 20),
  })
  matters(
    @Arg('jurisdiction', () => String, { nullable: true }) jurisdiction: string | null,
    @Arg('agency', () => String, { nullable: true }) agency: string | null,
    @Arg('text', () => String, { nullable: true, description: 'In the title, a division or a case' }) text: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'Default 20, max 100' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'pageInfo.endCursor of the previous page' }) after: string | null,
  ): Promise<MatterConnection> {
    return service.matters({ jurisdiction, agency, text, first, after });
  }

  @Query(() => Matter, { nullable: true })
  matter(@Arg('key', () => ID) key: string): Promise<Matter | null> {
    return service.matter(key);
  }

  @FieldResolver(() => [Responsibility], { description: '各部门在此事项上的职责分工', complexity: 20 })
  responsibilities(@Root() matter: Matter): Promise<Responsibility[]> {
    return service.responsibilities(matter);
  }
}
