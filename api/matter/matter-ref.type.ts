import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: '管理事项的标题与键（部门职责作答时无键）' })
export class MatterRef {
  @Field(() => String, { nullable: true, description: 'Matter key; null when a duty stands in for a matter' })
  key!: string | null;

  @Field(() => String)
  title!: string;
}
