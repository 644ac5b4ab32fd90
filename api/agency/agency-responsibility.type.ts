import { Field, ID, ObjectType } from 'type-graphql';
import { Source } from '../document/source.type.js';
import { MatterRef } from '../matter/matter-ref.type.js';

@ObjectType({ description: '本部门在某管理事项上的职责分工' })
export class AgencyResponsibility {
  @Field(() => ID)
  key!: string;

  @Field(() => MatterRef)
  matter!: MatterRef;

  @Field(() => String)
  division!: string;

  @Field(() => String, { nullable: true })
  role!: string | null;

  @Field(() => String, { nullable: true })
  case!: string | null;

  @Field(() => String, { description: 'The agency cell as written' })
  agencyRaw!: string;

  @Field(() => Source)
  source!: Source;
}
