import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Agency } from '../agency/agency.type.js';
import { BasisCitation } from '../basis/basis-citation.type.js';
import { Source } from '../document/source.type.js';
import { MatterRef } from '../matter/matter-ref.type.js';
import { Ruling } from '../ruling/ruling.type.js';
import { SuccessionNote } from '../succession/succession-note.type.js';
import { Coverage } from './coverage.type.js';

@ObjectType({ description: '“谁来管”的一个答案及其证据' })
export class Answer {
  @Field(() => String, {
    description:
      'responsibility (职责边界表), duty (部门职责), service (公共服务事项), rule (事中事后监管制度), general (通常职能) or ruling (协调意见)',
  })
  kind!: string;

  @Field(() => ID, { description: 'Key of the cited fact' })
  key!: string;

  @Field(() => Agency)
  agency!: Agency;

  @Field(() => MatterRef, { description: 'The matter; for a duty answer, the duty text' })
  matter!: MatterRef;

  @Field(() => String, { description: 'The division text that decides it (职责分工 / 工作事项)' })
  division!: string;

  @Field(() => String, { nullable: true, description: 'lead or cooperate when the text says so' })
  role!: string | null;

  @Field(() => String, { nullable: true, description: '案例' })
  case!: string | null;

  @Field(() => [BasisCitation])
  bases!: BasisCitation[];

  @Field(() => Float, { description: 'Ranking score (graph/README.md, “How whoHandles ranks”)' })
  score!: number;

  @Field(() => [String], { description: 'Question words found in the evidence, for highlighting' })
  highlights!: string[];

  @Field(() => String, { description: 'The agency’s jurisdiction' })
  jurisdiction!: string;

  @Field(() => Source, { description: 'The document line; for a general-function answer, domain/department-profiles.ts' })
  source!: Source;

  @Field(() => Float, {
    description: 'Probability (calibrated on real messages) that this agency is the right one; below 0.5: possibly related',
  })
  confidence!: number;

  @Field(() => Coverage)
  coverage!: Coverage;

  @Field(() => Ruling, { nullable: true, description: 'The ruling (协调意见) the answer rests on; null unless kind is ruling' })
  ruling!: Ruling | null;

  @Field(() => SuccessionNote, {
    nullable: true,
    description: '清单所列部门已由他机构承接时：现承担该职责的机构与每一步的依据（本地记录或全国通行模式）；否则为空',
  })
  succession?: SuccessionNote | null;
}
