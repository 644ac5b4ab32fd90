import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '清单的日期：正文写明（text）、导入时指定（given，--as-of）或不详（unknown）' })
export class ListDate {
  @Field(() => Int, { nullable: true, description: 'The year; null when unknown' })
  year!: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source; null when unknown' })
  date!: string | null;

  @Field(() => String, { description: 'text (read from the document at `line`), given (--as-of at load) or unknown' })
  origin!: string;

  @Field(() => Int, { nullable: true, description: 'The line the date was read from (origin text)' })
  line!: number | null;

  @Field(() => String, { description: '显示用：2016年、2016年3月15日、日期不详' })
  label!: string;
}
