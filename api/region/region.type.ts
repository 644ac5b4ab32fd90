import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '部门类别（各县同类部门合为一类：各县公安局都是“公安”）' })
export class RegionKind {
  @Field(() => ID, { description: 'Profile id (public-security), or name:<部门名去掉地名> for agencies no profile recognises' })
  id!: string;

  @Field(() => String, { description: '简称：公安、市场监管、编办' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'domain/department-profiles.ts id; null when grouped by name' })
  profileId!: string | null;

  @Field(() => Int, { description: '有此类部门的县区数' })
  counties!: number;

  @Field(() => Int, { description: '各县区此类部门数之和' })
  agencies!: number;
}

@ObjectType({ description: '某类别组合的标题在多少个县区中出现' })
export class RegionMatter {
  @Field(() => String)
  title!: string;

  @Field(() => Int)
  counties!: number;
}

@ObjectType({ description: '一个县区中两类部门的交叉：可打开该县区的交叉视图核对' })
export class RegionPairCounty {
  @Field(() => String)
  jurisdiction!: string;

  @Field(() => String)
  jurisdictionKey!: string;

  @Field(() => [String], { description: 'Full names of the agencies of kind A that overlap' })
  agenciesA!: string[];

  @Field(() => [String], { description: 'Full names of the agencies of kind B that overlap' })
  agenciesB!: string[];

  @Field(() => Int)
  declared!: number;

  @Field(() => Int)
  undeclared!: number;

  @Field(() => Int)
  contradictions!: number;

  @Field(() => [String], { description: 'Matter titles of the findings, strongest first (at most 10)' })
  matters!: string[];

  @Field(() => [String], { description: 'file:line of the strongest findings (at most 3)' })
  sources!: string[];
}

@ObjectType({ description: '两类部门在省/市各县区的交叉汇总' })
export class RegionKindPair {
  @Field(() => ID, { description: '<kind A id>~<kind B id>' })
  id!: string;

  @Field(() => RegionKind)
  a!: RegionKind;

  @Field(() => RegionKind)
  b!: RegionKind;

  @Field(() => Int, { description: '两类部门有交叉的县区数' })
  counties!: number;

  @Field(() => Int, { description: '两类部门都有的县区数（同类组合：有两个以上此类部门的县区数）' })
  countiesWithBoth!: number;

  @Field(() => Int, { description: '共同事项数（各县区分别计数后相加）' })
  matters!: number;

  @Field(() => Int)
  declared!: number;

  @Field(() => Int)
  undeclared!: number;

  @Field(() => Int)
  contradictions!: number;

  @Field(() => [RegionMatter], { description: '出现在最多县区的事项（至多 5 项）' })
  topMatters!: RegionMatter[];

  @Field(() => [RegionPairCounty], { description: '各县区的交叉，发现最多的在前', complexity: 20 })
  countyRows!: RegionPairCounty[];
}

@ObjectType({ description: '省/市级职责交叉：各县区的交叉按部门类别组合汇总' })
export class RegionOverlaps {
  @Field(() => String)
  region!: string;

  @Field(() => String)
  regionKey!: string;

  @Field(() => String, { description: 'province or city' })
  level!: string;

  @Field(() => Int, { description: '辖区内的县区数' })
  countyCount!: number;

  @Field(() => Int, { description: '已汇总的县区数：首次计算一个大的省/市时，请求先返回已完成的部分' })
  analysedCounties!: number;

  @Field(() => Boolean, {
    description: 'false: the aggregation is still running (a cold region of many counties); ask again for the rest',
  })
  complete!: boolean;

  @Field(() => [RegionKind], { description: '组合中出现的部门类别，覆盖县区最多的在前' })
  kinds!: RegionKind[];

  @Field(() => Int, { description: '满足 minCounties 的组合总数（pairs 只返回前 first 个）' })
  pairCount!: number;

  @Field(() => [RegionKindPair])
  pairs!: RegionKindPair[];
}
