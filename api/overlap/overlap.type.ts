import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Agency } from '../agency/agency.type.js';
import { BasisCitation } from '../basis/basis-citation.type.js';
import { Source } from '../document/source.type.js';
import { MatterRef } from '../matter/matter-ref.type.js';

export enum OverlapKind {
  DECLARED = 'DECLARED',
  UNDECLARED = 'UNDECLARED',
  CONTRADICTION = 'CONTRADICTION',
}

registerEnumType(OverlapKind, {
  name: 'OverlapKind',
  description: 'DECLARED 职责边界表写明的共管事项；UNDECLARED 未写明的职责交叉；CONTRADICTION 两份清单对同一事项分工不一',
});

@ObjectType({ description: '一条交叉所依据的原文' })
export class OverlapItem {
  @Field(() => String, { description: 'The whole duty, work item or division text' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'The clause that matched, when only part of the text did' })
  excerpt!: string | null;

  @Field(() => String, { description: 'duty | workItem | division' })
  role!: string;

  @Field(() => Agency, { nullable: true })
  agency!: Agency | null;

  @Field(() => String, { nullable: true })
  agencyKey!: string | null;

  @Field(() => Source)
  source!: Source;
}

@ObjectType({ description: '某份清单中某部门在某事项上的分工' })
export class DivisionAssignment {
  @Field(() => Agency, { nullable: true, description: 'null for generic cells (其他有关部门)' })
  agency!: Agency | null;

  @Field(() => String)
  agencyRaw!: string;

  @Field(() => String)
  division!: string;

  @Field(() => String, { nullable: true, description: 'lead (牵头/负责) or cooperate (配合/协助) when the text says so' })
  role!: string | null;

  @Field(() => String, { nullable: true, description: '案例' })
  case!: string | null;

  @Field(() => [BasisCitation], { description: "The row's legal bases with the articles it cites" })
  bases!: BasisCitation[];

  @Field(() => String, { description: 'Department whose list states this row' })
  listDepartment!: string;

  @Field(() => String, {
    description: "The list (one department's 责任清单 in one document) that states this row: rows of two lists are two columns, never one",
  })
  listKey!: string;

  @Field(() => Source)
  source!: Source;
}

@ObjectType({ description: '职责交叉：声明的、未声明的或相互矛盾的' })
export class Overlap {
  @Field(() => ID, { description: 'Stable id; pass as `after` for the next page' })
  id!: string;

  @Field(() => OverlapKind)
  kind!: OverlapKind;

  @Field(() => Float, {
    description:
      '0–1. DECLARED: how alike the two divisions read; UNDECLARED: text similarity; CONTRADICTION: title similarity × disagreement',
  })
  score!: number;

  @Field(() => String)
  jurisdiction!: string;

  @Field(() => [Agency])
  agencies!: Agency[];

  @Field(() => [OverlapItem])
  items!: OverlapItem[];

  @Field(() => MatterRef, { nullable: true })
  matter!: MatterRef | null;

  @Field(() => [DivisionAssignment])
  divisions!: DivisionAssignment[];

  @Field(() => [String], { description: 'Subject terms both texts share (UNDECLARED)' })
  sharedTerms!: string[];

  @Field(() => String)
  explanation!: string;
}

@ObjectType({ description: '某辖区如何划分一个（相似的）管理事项' })
export class MatterDivision {
  @Field(() => String)
  jurisdiction!: string;

  @Field(() => String)
  jurisdictionKey!: string;

  @Field(() => MatterRef)
  matter!: MatterRef;

  @Field(() => Float, { description: 'Title similarity to the title asked for, 0–1' })
  similarity!: number;

  @Field(() => [DivisionAssignment])
  assignments!: DivisionAssignment[];
}

@ObjectType({ description: '职责边界表分给某部门、而该部门自己的职责清单没有对应内容的分工' })
export class UncoveredAssignment {
  @Field(() => ID)
  id!: string;

  @Field(() => Agency)
  agency!: Agency;

  @Field(() => MatterRef)
  matter!: MatterRef;

  @Field(() => DivisionAssignment)
  assignment!: DivisionAssignment;

  @Field(() => OverlapItem, { nullable: true, description: "The agency's own duty text closest to it" })
  closest!: OverlapItem | null;

  @Field(() => Float, { description: '1 − similarity of the closest own duty' })
  score!: number;
}

@ObjectType()
export class MatrixAgency {
  @Field(() => ID)
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String])
  aliases!: string[];

  @Field(() => Int, { description: 'Matters it holds a responsibility in' })
  matterCount!: number;

  @Field(() => Int, { description: 'Own duties and work items loaded' })
  dutyCount!: number;
}

@ObjectType({ description: '两部门之间某类交叉的汇总' })
export class MatrixEdge {
  @Field(() => String, { description: 'Agency key' })
  source!: string;

  @Field(() => String, { description: 'Agency key' })
  target!: string;

  @Field(() => OverlapKind)
  kind!: OverlapKind;

  @Field(() => Int, { description: 'Number of findings' })
  weight!: number;

  @Field(() => Float)
  maxScore!: number;

  @Field(() => [String], { description: 'Matter titles or shared terms, strongest first' })
  labels!: string[];
}

@ObjectType({ description: '部门 × 部门交叉矩阵' })
export class OverlapMatrix {
  @Field(() => String)
  jurisdiction!: string;

  @Field(() => [MatrixAgency])
  agencies!: MatrixAgency[];

  @Field(() => [MatrixEdge])
  edges!: MatrixEdge[];
}
