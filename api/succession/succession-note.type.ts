import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum SuccessionOrigin {
  LOCAL = 'LOCAL',
  NATIONAL_PATTERN = 'NATIONAL_PATTERN',
}

registerEnumType(SuccessionOrigin, {
  name: 'SuccessionOrigin',
  description: 'LOCAL: 本辖区自己的机构沿革记录；NATIONAL_PATTERN: 2018 年机构改革的全国通行模式（无本地记录时适用）',
});

@ObjectType({ description: '决定机构沿革的文件' })
export class SuccessionSourceDocument {
  @Field(() => String, { description: '文件名称：《深化党和国家机构改革方案》' })
  title!: string;

  @Field(() => String, { nullable: true, description: '文号；未核实或没有时为空' })
  docNumber!: string | null;

  @Field(() => String, { description: '发文机关' })
  issuer!: string;

  @Field(() => String, { description: '文件日期：YYYY、YYYY-MM 或 YYYY-MM-DD' })
  date!: string;
}

@ObjectType({ description: '本地机构沿革记录所在的表格文件与行号' })
export class SuccessionRecordedAt {
  @Field(() => String)
  file!: string;

  @Field(() => Int)
  line!: number;
}

@ObjectType({ description: '机构沿革的一步：何时、依据哪份文件、谁的职责到了哪里' })
export class SuccessionStep {
  @Field(() => String, { description: 'renamed, merged_into, split_between, duties_transferred, abolished, established' })
  kind!: string;

  @Field(() => String, { description: '原机构' })
  from!: string;

  @Field(() => [String], { description: '承接机构' })
  to!: string[];

  @Field(() => String, { description: '在本辖区生效的日期（YYYY-MM-DD）' })
  effective!: string;

  @Field(() => SuccessionOrigin)
  origin!: `${SuccessionOrigin}`;

  @Field(() => SuccessionSourceDocument)
  source!: SuccessionSourceDocument;

  @Field(() => SuccessionRecordedAt, { nullable: true, description: '本地记录从表格载入时：文件与行号' })
  recordedAt!: SuccessionRecordedAt | null;
}

@ObjectType({ description: '清单所列部门此后的沿革：该职责现由哪个机构承担' })
export class SuccessionNote {
  @Field(() => String, { description: '清单载明由区食品药品监督管理局负责；按 2019 年机构改革，该职责现由区市场监督管理局承担' })
  text!: string;

  @Field(() => [String], { description: '现承担该职责的机构' })
  current!: string[];

  @Field(() => [SuccessionStep])
  steps!: SuccessionStep[];
}
