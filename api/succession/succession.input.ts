import { Field, InputType } from 'type-graphql';

@InputType({ description: '承接机构及其承接的职责（不写职责即承接全部职责）' })
export class SuccessionReceiverInput {
  @Field(() => String, { description: '承接机构，如 区市场监督管理局' })
  agency!: string;

  @Field(() => [String], { nullable: true, description: '承接的职责，如 价格监督检查；为空表示全部职责' })
  duties!: string[] | null;
}

@InputType({ description: '录入一条本辖区的机构沿革记录（与沿革表格的一行相同）；它在本辖区优先于全国通行模式' })
export class SuccessionRecordInput {
  @Field(() => String, { description: '辖区，如 蒸湘区、衡阳市蒸湘区' })
  jurisdiction!: string;

  @Field(() => String, { nullable: true, description: '编号（本辖区内唯一）；为空时自动生成' })
  id!: string | null;

  @Field(() => String, { description: '类型：更名、并入、拆分、职责划转、撤销、组建' })
  kind!: string;

  @Field(() => [String], { description: '原机构' })
  from!: string[];

  @Field(() => [SuccessionReceiverInput], { description: '承接机构' })
  to!: SuccessionReceiverInput[];

  @Field(() => String, { description: '生效日期 YYYY-MM-DD' })
  effective!: string;

  @Field(() => String, { description: '依据文件名称' })
  title!: string;

  @Field(() => String, { description: '发文机关' })
  issuer!: string;

  @Field(() => String, { description: '文件日期 YYYY、YYYY-MM 或 YYYY-MM-DD' })
  sourceDate!: string;

  @Field(() => String, { nullable: true, description: '文号' })
  docNumber!: string | null;

  @Field(() => String, { nullable: true, description: '没有文号时的原因' })
  docNumberNote!: string | null;

  @Field(() => [String], { nullable: true, description: '覆盖的全国通行模式事件编号（如 n2018-agriculture-rural）' })
  overrides!: string[] | null;

  @Field(() => String, { nullable: true, description: '说明' })
  note!: string | null;
}
