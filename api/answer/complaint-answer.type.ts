import { Field, Float, ObjectType } from 'type-graphql';
import { Agency } from '../agency/agency.type.js';
import { Source } from '../document/source.type.js';
import { Ruling } from '../ruling/ruling.type.js';
import { SuccessionNote } from '../succession/succession-note.type.js';
import { Coverage } from './coverage.type.js';

@ObjectType({ description: '群众办事/投诉：找哪个部门、哪个机构、打哪个电话' })
export class ComplaintAnswer {
  @Field(() => Agency)
  agency!: Agency;

  @Field(() => String, { nullable: true, description: '承办机构 (null when the answer comes from a boundary table)' })
  unit!: string | null;

  @Field(() => [String], { description: 'Empty for a weak answer (confidence < 0.5): nobody is sent to a guess' })
  phones!: string[];

  @Field(() => String, { description: 'One line, Chinese: why this agency' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'The public service (服务事项) that fits' })
  service!: string | null;

  @Field(() => Float)
  score!: number;

  @Field(() => Source)
  source!: Source;

  @Field(() => Float)
  confidence!: number;

  @Field(() => Coverage)
  coverage!: Coverage;

  @Field(() => Ruling, { nullable: true, description: 'The ruling (协调意见) the answer rests on, else null' })
  ruling!: Ruling | null;

  @Field(() => SuccessionNote, {
    nullable: true,
    description: '清单所列部门已由他机构承接时：现承担该职责的机构与每一步的依据（本地记录或全国通行模式）；否则为空',
  })
  succession?: SuccessionNote | null;
}
