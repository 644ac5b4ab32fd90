import { Field, Int, ObjectType } from 'type-graphql';
import { SuccessionSourceDocument } from './succession-note.type.js';

@ObjectType({ description: '本辖区的一条机构沿革记录（从表格载入或由编辑录入）' })
export class SuccessionRecord {
  @Field(() => String)
  key!: string;

  @Field(() => String, { description: '编号' })
  id!: string;

  @Field(() => String, { description: '辖区键，如 湖南省/衡阳市/蒸湘区' })
  jurisdictionKey!: string;

  @Field(() => String, { description: 'renamed, merged_into, split_between, duties_transferred, abolished, established' })
  kind!: string;

  @Field(() => [String])
  from!: string[];

  @Field(() => [String], { description: '承接机构（承接部分职责时附职责）' })
  to!: string[];

  @Field(() => String)
  effective!: string;

  @Field(() => [SuccessionSourceDocument])
  sources!: SuccessionSourceDocument[];

  @Field(() => String, { description: '一句话说明：何时、谁的职责到了哪里、依据哪份文件' })
  description!: string;

  @Field(() => String, { nullable: true, description: '载入的表格文件名；编辑录入时为空' })
  file!: string | null;

  @Field(() => Int, { nullable: true })
  line!: number | null;

  @Field(() => String)
  recordedAt!: string;

  @Field(() => String, { description: '录入者（令牌名称）或 table' })
  recordedBy!: string;
}
