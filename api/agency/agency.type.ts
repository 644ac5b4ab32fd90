import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: '部门（机构），属于一个辖区' })
export class Agency {
  @Field(() => ID, { description: '<jurisdictionKey>|<canonical name>' })
  key!: string;

  @Field(() => String, { description: 'Canonical name' })
  name!: string;

  @Field(() => [String], { description: 'Other names the documents use for it (发改局, 区发展和改革局…)' })
  aliases!: string[];

  @Field(() => String, { description: 'Name of its jurisdiction (蒸湘区)' })
  jurisdiction!: string;
}
