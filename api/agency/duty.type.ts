import { Field, ID, ObjectType } from 'type-graphql';
import { Source } from '../document/source.type.js';

@ObjectType({ description: '部门职责（主要职责及其具体工作事项）' })
export class Duty {
  @Field(() => ID)
  key!: string;

  @Field(() => String, { nullable: true })
  seq!: string | null;

  @Field(() => String)
  text!: string;

  @Field(() => [String], { description: '具体工作事项' })
  items!: string[];

  @Field(() => String, { nullable: true, description: '责任科室' })
  office!: string | null;

  @Field(() => String, { nullable: true })
  remarks!: string | null;

  @Field(() => Source)
  source!: Source;
}
