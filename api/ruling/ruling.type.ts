import { Field, ID, ObjectType } from 'type-graphql';
import { Agency } from '../agency/agency.type.js';

@ObjectType({ description: '协调意见中的一个部门及其职责分工' })
export class RulingAgency {
  @Field(() => Agency)
  agency!: Agency;

  @Field(() => String, { description: '职责分工' })
  division!: string;
}

@ObjectType({ description: '协调意见：由编办等机关就某一管理事项作出的职责分工决定（或其撤销），按文号记录，不删除' })
export class Ruling {
  @Field(() => ID, { description: '<jurisdictionKey>|ruling|<reference>' })
  key!: string;

  @Field(() => String, { description: '文号，如 蒸编办函〔2026〕12号；同一辖区内唯一' })
  reference!: string;

  @Field(() => String, { description: 'decision（协调意见）or withdrawal（撤销协调意见）' })
  kind!: string;

  @Field(() => String)
  jurisdictionKey!: string;

  @Field(() => String)
  matterKey!: string;

  @Field(() => String, { description: '管理事项' })
  matterTitle!: string;

  @Field(() => RulingAgency, { nullable: true, description: '牵头部门（撤销时为空）' })
  lead!: RulingAgency | null;

  @Field(() => [RulingAgency], { description: '配合部门' })
  cooperating!: RulingAgency[];

  @Field(() => String, { description: '依据（撤销时为撤销理由）' })
  basis!: string;

  @Field(() => String, { description: '决定机关，如 蒸湘区机构编制委员会办公室' })
  decidedBy!: string;

  @Field(() => String, { description: '决定日期 YYYY-MM-DD' })
  decidedOn!: string;

  @Field(() => String, { description: '录入时间（ISO）' })
  recordedAt!: string;

  @Field(() => String, { description: '录入人（令牌名称）' })
  recordedBy!: string;

  @Field(() => Boolean, { description: '是否为该事项现行的协调意见（现行的是撤销：该事项没有有效的协调意见）' })
  current!: boolean;

  @Field(() => String, { nullable: true, description: 'Key of the ruling it superseded' })
  supersedes!: string | null;
}
