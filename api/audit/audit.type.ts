import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '审计日志中的一条：一次被接受的写入（谁、何时、做了什么、从哪个地址）。只能查看，不能修改或删除' })
export class AuditEntry {
  @Field(() => ID)
  key!: string;

  @Field(() => Int, { description: '追加顺序（分页时作为 before 传入）' })
  seq!: number;

  @Field(() => String, { description: 'ISO 时间（服务器提交写入时的时钟）' })
  at!: string;

  @Field(() => String, { description: '令牌名称（运维人员起的名字，不是令牌本身）' })
  actor!: string;

  @Field(() => String)
  role!: string;

  @Field(() => String, { description: 'recordRuling、withdrawRuling、uploadList、unloadDocument …' })
  action!: string;

  @Field(() => String, { description: '写入的对象：协调意见文号、文件名 …' })
  target!: string;

  @Field(() => String, { description: '客户端地址（经 TRUST_PROXY 指定的代理时为代理转发的地址）' })
  address!: string;

  @Field(() => String, { description: '该次请求的 x-request-id' })
  requestId!: string;

  @Field(() => String)
  summary!: string;
}
