import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '管理事项，每个辖区一个' })
export class Matter {
  @Field(() => ID, { description: '<jurisdictionKey>|<normalised title>' })
  key!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  seq!: string | null;

  @Field(() => String, { description: 'Name of its jurisdiction' })
  jurisdiction!: string;

  @Field(() => String)
  jurisdictionKey!: string;
}

@ObjectType()
export class MatterEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Matter)
  node!: Matter;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType({ description: 'A page of matters (cursor pagination: pass pageInfo.endCursor as `after`)' })
export class MatterConnection {
  @Field(() => [MatterEdge])
  edges!: MatterEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Matters on this page' })
  count!: number;
}
