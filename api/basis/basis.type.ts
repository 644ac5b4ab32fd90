import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '依据（法律、法规、文件），同一文号跨辖区共享' })
export class Basis {
  @Field(() => ID)
  key!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  docNumber!: string | null;

  @Field(() => String, { nullable: true })
  kind!: string | null;

  @Field(() => Int, { description: 'Responsibilities resting on it' })
  responsibilityCount!: number;
}
