import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: '一条依据在某项职责上的引用（含条款）' })
export class BasisCitation {
  @Field(() => ID, { description: 'Basis key: the document number, else the title' })
  key!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: '文号，如 湘政发〔2011〕46号' })
  docNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'law, regulation, rule, normative, staffing, unknown' })
  kind!: string | null;

  @Field(() => [String], { description: 'Articles cited here (第二十三条…)' })
  articles!: string[];
}
