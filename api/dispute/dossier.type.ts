// The dispute dossier (争议卷宗) as GraphQL: graph/dispute/dossier.ts field for field.
import { SuccessionNote } from '../succession/succession-note.type.js';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Agency } from '../agency/agency.type.js';
import { Source } from '../document/source.type.js';
import { MatterRef } from '../matter/matter-ref.type.js';
import { MatterDivision } from '../overlap/overlap.type.js';
import { Ruling } from '../ruling/ruling.type.js';

@ObjectType({ description: '依据条文写明的争议部门（按部门类别：卫生行政部门 → 区卫生局）' })
export class BasisNaming {
  @Field(() => String, { description: 'Agency key' })
  agencyKey!: string;

  @Field(() => String, { description: '条文中写明该部门的词语，如 卫生行政部门' })
  phrase!: string;

  @Field(() => String, { nullable: true, description: '所在条款，如 第三条（引文标明时）' })
  article!: string | null;
}

@ObjectType({ description: '一行职责所引的依据：文号、条款及清单所载条文' })
export class DossierBasis {
  @Field(() => ID, { description: 'Basis key: the document number, else the title' })
  key!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: '文号' })
  docNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'law, regulation, rule, normative, staffing, unknown' })
  kind!: string | null;

  @Field(() => [String], { description: '所引条款' })
  articles!: string[];

  @Field(() => String, { description: '清单所载的引文（含条文）' })
  raw!: string;

  @Field(() => Boolean, { description: '本行未写依据，沿用该事项的依据' })
  inherited!: boolean;

  @Field(() => [BasisNaming], { description: '条文写明的争议部门' })
  names!: BasisNaming[];
}

@ObjectType({ description: '一份清单（某部门的责任清单）' })
export class DossierList {
  @Field(() => String)
  key!: string;

  @Field(() => String, { description: '发布清单的部门' })
  department!: string;

  @Field(() => String, { nullable: true, description: '清单标题' })
  title!: string | null;

  @Field(() => String)
  file!: string;

  @Field(() => Int, { description: '清单起始行' })
  line!: number;
}

@ObjectType({ description: '职责边界表中的一行（某清单、某部门）' })
export class DossierRow {
  @Field(() => String, { description: 'Responsibility key' })
  key!: string;

  @Field(() => MatterRef)
  matter!: MatterRef;

  @Field(() => Agency, { nullable: true, description: 'null for generic cells (其他有关部门)' })
  agency!: Agency | null;

  @Field(() => String)
  agencyRaw!: string;

  @Field(() => String, { description: '职责分工' })
  division!: string;

  @Field(() => String, { nullable: true, description: 'lead（主办）or cooperate（协办）when the text says so' })
  role!: string | null;

  @Field(() => String, { nullable: true, description: '案例' })
  case!: string | null;

  @Field(() => [DossierBasis])
  bases!: DossierBasis[];

  @Field(() => DossierList, { description: '本行所在的清单' })
  list!: DossierList;

  @Field(() => Source)
  source!: Source;
}

@ObjectType({ description: '部门自身职责清单中与争议事项有关的一条（职责、工作事项、服务或监管制度）' })
export class DossierDutyLine {
  @Field(() => String, { description: 'duty | service | rule' })
  kind!: string;

  @Field(() => String)
  text!: string;

  @Field(() => String, { description: '工作事项或服务内容' })
  detail!: string;

  @Field(() => Float, { description: 'Ranker score for the question (graph/search/rank.ts)' })
  score!: number;

  @Field(() => Source)
  source!: Source;
}

@ObjectType({ description: '一个争议部门在卷宗中的全部材料' })
export class DossierAgencySection {
  @Field(() => Agency)
  agency!: Agency;

  @Field(() => [DossierRow], { description: '各清单中载明该部门的分工，按事项、清单、行号排列' })
  rows!: DossierRow[];

  @Field(() => [DossierDutyLine])
  duties!: DossierDutyLine[];

  @Field(() => SuccessionNote, { nullable: true, description: '该部门已由他机构承接时：现承担该职责的机构与每一步的依据；否则为空' })
  succession?: SuccessionNote | null;
}

@ObjectType({ description: '一份清单对一个事项的全部表述' })
export class ListStatement {
  @Field(() => MatterRef)
  matter!: MatterRef;

  @Field(() => DossierList)
  list!: DossierList;

  @Field(() => [DossierRow])
  rows!: DossierRow[];
}

@ObjectType({ description: '文字差异的一段：same 相同，removed 仅前者有，added 仅后者有' })
export class DiffSegment {
  @Field(() => String, { description: 'same | removed | added' })
  kind!: string;

  @Field(() => String)
  text!: string;
}

@ObjectType({ description: '两份清单都列了、分工写法不同的部门' })
export class DivergentDivision {
  @Field(() => Agency, { nullable: true })
  agency!: Agency | null;

  @Field(() => String)
  agencyRaw!: string;

  @Field(() => String, { description: '前一份清单的写法' })
  first!: string;

  @Field(() => String, { description: '后一份清单的写法' })
  second!: string;

  @Field(() => [DiffSegment])
  diff!: DiffSegment[];
}

@ObjectType({ description: '同一分工在两份清单中给了不同部门' })
export class MovedDivision {
  @Field(() => String)
  division!: string;

  @Field(() => String, { description: '前一份清单给的部门' })
  first!: string;

  @Field(() => String, { description: '后一份清单给的部门' })
  second!: string;
}

@ObjectType({ description: '两份清单对同一事项的不同表述，按清单在文件中的位置先后排列' })
export class DossierContradiction {
  @Field(() => ListStatement)
  first!: ListStatement;

  @Field(() => ListStatement)
  second!: ListStatement;

  @Field(() => [String], { description: '只有前者列的部门' })
  onlyFirst!: string[];

  @Field(() => [String], { description: '只有后者列的部门' })
  onlySecond!: string[];

  @Field(() => [DivergentDivision])
  divergent!: DivergentDivision[];

  @Field(() => [MovedDivision])
  moved!: MovedDivision[];

  @Field(() => String)
  explanation!: string;
}

@ObjectType({ description: '初步意见所依据的一条事实' })
export class ProposalEvidence {
  @Field(() => String, { description: 'ruling | basis | division | duty' })
  level!: string;

  @Field(() => Agency, { nullable: true })
  agency!: Agency | null;

  @Field(() => String)
  statement!: string;

  @Field(() => Source, { nullable: true, description: '清单出处；协调意见为空' })
  source!: Source | null;

  @Field(() => String, { nullable: true, description: '协调意见文号' })
  reference!: string | null;
}

@ObjectType({ description: '初步意见：主办、协办部门及证据链，或“清单无法判定，建议提请编办协调”' })
export class DisputeProposal {
  @Field(() => Boolean)
  decided!: boolean;

  @Field(() => String, { nullable: true, description: 'The deciding level: ruling > basis > division > duty' })
  level!: string | null;

  @Field(() => Agency, { nullable: true })
  lead!: Agency | null;

  @Field(() => [Agency])
  cooperating!: Agency[];

  @Field(() => String)
  text!: string;

  @Field(() => [ProposalEvidence], { description: '证据链，起决定作用的一级在前' })
  evidence!: ProposalEvidence[];

  @Field(() => [ProposalEvidence], { description: '无法判定时相互矛盾的事实' })
  conflicting!: ProposalEvidence[];
}

@ObjectType({ description: '卷宗所涉的管理事项及入选原因' })
export class DossierMatter {
  @Field(() => ID)
  key!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'question（问题的最佳匹配行）| title（标题即问题）| alike（标题与入选事项极相似）' })
  reason!: string;

  @Field(() => Float)
  score!: number;
}

@ObjectType({ description: '职责争议卷宗：争议事项在图谱中的全部材料，逐部门对齐，每行可追溯到文件与行号或协调意见文号' })
export class Dossier {
  @Field(() => String)
  jurisdiction!: string;

  @Field(() => String)
  jurisdictionKey!: string;

  @Field(() => String)
  question!: string;

  @Field(() => [Agency])
  agencies!: Agency[];

  @Field(() => [DossierMatter])
  matters!: DossierMatter[];

  @Field(() => [DossierAgencySection])
  sections!: DossierAgencySection[];

  @Field(() => [DossierRow], { description: '这些事项中载明其他部门的行' })
  others!: DossierRow[];

  @Field(() => [DossierContradiction])
  contradictions!: DossierContradiction[];

  @Field(() => [MatterDivision], { description: '其他地区对同一事项的分工' })
  comparisons!: MatterDivision[];

  @Field(() => [Ruling], { description: '既往协调意见，新的在前' })
  rulings!: Ruling[];

  @Field(() => DisputeProposal)
  proposal!: DisputeProposal;

  @Field(() => String, { nullable: true, description: '未找到相关事项时的说明' })
  note!: string | null;
}
