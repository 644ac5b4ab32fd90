import { Field, InputType } from 'type-graphql';

@InputType({ description: '协调意见中的一个部门：名称可写简称或别名（卫生局、区人口计生局）' })
export class RulingAgencyInput {
  @Field(() => String)
  agency!: string;

  @Field(() => String, { description: '职责分工' })
  division!: string;
}

@InputType({ description: '录入一份协调意见；它取代该事项此前的协调意见' })
export class RulingInput {
  @Field(() => String, { description: '辖区，如 蒸湘区、衡阳市蒸湘区' })
  jurisdiction!: string;

  @Field(() => String, { description: '管理事项的名称（或键）；清单中没有的事项会随协调意见新建' })
  matter!: string;

  @Field(() => RulingAgencyInput, { description: '牵头部门' })
  lead!: RulingAgencyInput;

  @Field(() => [RulingAgencyInput], { nullable: true, description: '配合部门' })
  cooperating!: RulingAgencyInput[] | null;

  @Field(() => String, { description: '依据' })
  basis!: string;

  @Field(() => String, { description: '决定机关，如 蒸湘区机构编制委员会办公室' })
  decidedBy!: string;

  @Field(() => String, { description: '决定日期 YYYY-MM-DD，不晚于今天' })
  decidedOn!: string;

  @Field(() => String, { description: '文号，如 蒸编办函〔2026〕12号；同一辖区内不能重复' })
  reference!: string;
}

@InputType({ description: '撤销某事项现行的协调意见；撤销本身也按文号记录' })
export class RulingWithdrawalInput {
  @Field(() => String)
  jurisdiction!: string;

  @Field(() => String, { description: '管理事项的名称（或键）' })
  matter!: string;

  @Field(() => String, { description: '撤销文件的文号' })
  reference!: string;

  @Field(() => String)
  decidedBy!: string;

  @Field(() => String, { description: 'YYYY-MM-DD，不晚于今天' })
  decidedOn!: string;

  @Field(() => String, { description: '撤销理由与依据' })
  basis!: string;
}
