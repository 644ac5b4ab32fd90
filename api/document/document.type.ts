import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '已加载的源文件' })
export class Document {
  @Field(() => ID, { description: 'Resolved path' })
  key!: string;

  @Field(() => String, { description: 'The file as it was named when loaded' })
  file!: string;

  @Field(() => String, { nullable: true, description: "The document's title (its first list's); ends in （标题为推断） when derived" })
  title!: string | null;

  @Field(() => String)
  sha256!: string;

  @Field(() => String)
  format!: string;

  @Field(() => String, { nullable: true })
  encoding!: string | null;

  @Field(() => String, { description: 'ISO timestamp of the last (re)load' })
  loadedAt!: string;

  @Field(() => Int)
  lines!: number;

  @Field(() => Int, { description: 'Rows written at the last load' })
  rows!: number;

  @Field(() => Int, { description: 'Responsibility lists (departments) found' })
  lists!: number;

  @Field(() => Int)
  diagnosticCount!: number;
}

@ObjectType({ description: '加载报告中的一条诊断' })
export class Diagnostic {
  @Field(() => ID)
  key!: string;

  @Field(() => String, { description: 'error, warning or info' })
  severity!: string;

  @Field(() => String, { description: 'Stable machine code (ROW_UNREADABLE…)' })
  code!: string;

  @Field(() => String)
  message!: string;

  @Field(() => String)
  raw!: string;

  @Field(() => String)
  file!: string;

  @Field(() => Int)
  line!: number;
}

@ObjectType({ description: '文件中的一个部门清单' })
export class DepartmentList {
  @Field(() => ID)
  key!: string;

  @Field(() => String)
  department!: string;

  @Field(() => String, { nullable: true, description: "The list's title as written; ends in （标题为推断） when derived" })
  title!: string | null;

  @Field(() => String)
  agencyKey!: string;

  @Field(() => Boolean, { description: 'Name/jurisdiction inferred from the text rather than read from a title' })
  inferred!: boolean;

  @Field(() => Int)
  line!: number;

  @Field(() => Int)
  endLine!: number;

  /** The document the list is in (not in the schema: its date is looked up by document and line). */
  docKey!: string;
}
