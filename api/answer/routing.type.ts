import { Field, Float, ObjectType } from 'type-graphql';
import { Answer } from './answer.type.js';
import { ComplaintAnswer } from './complaint-answer.type.js';
import { Coverage } from './coverage.type.js';

@ObjectType({ description: '紧急情况：先拨打的号码' })
export class Emergency {
  @Field(() => String, { description: '119 / 120 / 110' })
  number!: string;

  @Field(() => String, { description: '燃气泄漏、火灾、触电……' })
  what!: string;

  @Field(() => String, { description: 'What to do now, before any department' })
  advice!: string;
}

@ObjectType({ description: '本地清单未载明时，此类部门的通常职能及其法律依据' })
export class GeneralFunction {
  @Field(() => String, { description: '部门类别，如 环境保护部门' })
  kind!: string;

  @Field(() => [String])
  functions!: string[];

  @Field(() => [String], { description: 'Laws and regulations, as cited' })
  sources!: string[];

  @Field(() => String, { description: '本地清单未载明；按此类部门的通常职能……' })
  note!: string;
}

@ObjectType({ description: '一个问题的完整答复：是否有清单依据、有多确定、先做什么、找谁' })
export class Routing {
  @Field(() => Coverage)
  coverage!: Coverage;

  @Field(() => Float, { description: 'Probability (calibrated on real messages) that the first list answer is right' })
  confidence!: number;

  @Field(() => String, { description: 'One plain sentence for the person asking' })
  message!: string;

  @Field(() => Emergency, { nullable: true })
  emergency!: Emergency | null;

  @Field(() => GeneralFunction, { nullable: true })
  generalFunction!: GeneralFunction | null;

  @Field(() => [Answer], { description: 'As whoHandles' })
  answers!: Answer[];

  @Field(() => [ComplaintAnswer], { description: 'As whereToComplain' })
  contacts!: ComplaintAnswer[];
}
