import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '辖区：省、市、县/区' })
export class Jurisdiction {
  @Field(() => ID, { description: '省/市/县, missing levels empty: 海南省//临高县' })
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'province, city or county' })
  level!: string;

  @Field(() => String, { nullable: true })
  parentKey!: string | null;

  @Field(() => String, { nullable: true })
  parentName!: string | null;

  @Field(() => Int)
  agencyCount!: number;

  @Field(() => Int)
  matterCount!: number;
}
