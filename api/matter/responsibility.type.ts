import { Field, ID, ObjectType } from 'type-graphql';
import { Agency } from '../agency/agency.type.js';
import { BasisCitation } from '../basis/basis-citation.type.js';
import { Source } from '../document/source.type.js';
import { MatterRef } from './matter-ref.type.js';

@ObjectType({ description: '某部门在某管理事项上的职责分工（职责边界表的一行）' })
export class Responsibility {
  @Field(() => ID)
  key!: string;

  @Field(() => String, { description: 'The agency cell as written' })
  agencyRaw!: string;

  @Field(() => Boolean, { description: 'The cell names no concrete agency (其他有关部门)' })
  generic!: boolean;

  @Field(() => [Agency])
  agencies!: Agency[];

  @Field(() => MatterRef)
  matter!: MatterRef;

  @Field(() => String, { description: '职责分工' })
  division!: string;

  @Field(() => String, { nullable: true, description: 'lead (牵头/负责) or cooperate (配合/协助) when the text says so' })
  role!: string | null;

  @Field(() => String, { nullable: true, description: '案例' })
  case!: string | null;

  @Field(() => String, { description: 'The responsibility list (department, document) that declares it' })
  listKey!: string;

  @Field(() => [BasisCitation])
  bases!: BasisCitation[];

  @Field(() => Source)
  source!: Source;
}
