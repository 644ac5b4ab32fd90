import { Field, ID, ObjectType } from 'type-graphql';
import { Source } from '../document/source.type.js';

@ObjectType({ description: '公共服务事项' })
export class PublicService {
  @Field(() => ID)
  key!: string;

  @Field(() => String, { nullable: true })
  seq!: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  content!: string | null;

  @Field(() => [String], { description: '承办机构' })
  units!: string[];

  @Field(() => [String], { description: '联系电话' })
  phones!: string[];

  @Field(() => Source)
  source!: Source;
}
