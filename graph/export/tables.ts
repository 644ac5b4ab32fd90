// The open-data export's tables (issue 13, item 4): one row type per table, as plain data.
// JSON carries these rows as they are; CSV flattens them (csv-columns.ts); GraphML draws
// the shared nodes and their links (graphml.ts). docs/export.md documents every column.

export const TABLE_NAMES = ['jurisdictions', 'agencies', 'matters', 'responsibilities', 'bases', 'overlaps', 'rulings'] as const;

export type TableName = (typeof TABLE_NAMES)[number];

export function isTableName(name: string): name is TableName {
  return (TABLE_NAMES as readonly string[]).includes(name);
}

export interface JurisdictionRow {
  key: string;
  name: string;
  level: string;
  parentKey: string | null;
  agencyCount: number;
  matterCount: number;
}

export interface AgencyRef {
  key: string;
  name: string;
}

export interface AgencyRow {
  key: string;
  name: string;
  jurisdictionKey: string;
  aliases: string[];
  /** Empty until the graph models succession (撤并、更名: a later item of issue 13); never guessed. */
  successors: string[];
}

export interface MatterRow {
  key: string;
  title: string;
  seq: string | null;
  jurisdictionKey: string;
}

export interface BasisCitation {
  key: string;
  title: string | null;
  docNumber: string | null;
  articles: string[];
  /** The row has no basis of its own and rests on its matter's. */
  inherited: boolean;
}

export interface ResponsibilityRow {
  key: string;
  matterKey: string;
  matter: string;
  jurisdictionKey: string;
  /** The agencies the cell names, in its order; [] for a generic cell (其他有关部门). */
  agencies: AgencyRef[];
  agencyRaw: string;
  generic: boolean;
  division: string;
  role: 'lead' | 'cooperate' | null;
  case: string | null;
  bases: BasisCitation[];
  listKey: string | null;
  listDepartment: string | null;
  /** The document's file name (never a server path). */
  file: string;
  line: number;
  endLine: number;
}

export interface BasisRow {
  key: string;
  title: string | null;
  docNumber: string | null;
  kind: string | null;
  /** Responsibilities of the export's scope resting on it. */
  citations: number;
}

export interface OverlapItem {
  text: string;
  agencyKey: string | null;
  role: string;
  file: string;
  line: number;
  endLine: number;
}

export interface OverlapRow {
  id: string;
  kind: 'DECLARED' | 'UNDECLARED' | 'CONTRADICTION';
  score: number;
  jurisdictionKey: string;
  matterKey: string | null;
  matter: string | null;
  agencies: AgencyRef[];
  explanation: string;
  items: OverlapItem[];
}

export interface RulingAgencyRow {
  agencyKey: string;
  name: string;
  division: string;
}

export interface RulingRow {
  key: string;
  reference: string;
  kind: 'decision' | 'withdrawal';
  jurisdictionKey: string;
  matterKey: string;
  matter: string;
  lead: RulingAgencyRow | null;
  cooperating: RulingAgencyRow[];
  basis: string;
  decidedBy: string;
  decidedOn: string;
  recordedAt: string;
  current: boolean;
  supersedes: string | null;
}

export interface TableRows {
  jurisdictions: JurisdictionRow;
  agencies: AgencyRow;
  matters: MatterRow;
  responsibilities: ResponsibilityRow;
  bases: BasisRow;
  overlaps: OverlapRow;
  rulings: RulingRow;
}

/** A matter's link to a basis its rows rest on (GraphML only), with how many rows do. */
export interface MatterBasisRow {
  matterKey: string;
  basisKey: string;
  rows: number;
}

/** 文号《标题》第…条, as a list cites it: the form people search for. */
export function basisLabel(b: Pick<BasisCitation, 'title' | 'docNumber' | 'articles'>): string {
  const title = b.title ? `《${b.title.replace(/^《|》$/g, '')}》` : '';
  return `${b.docNumber ?? ''}${title}${b.articles.join('、')}`;
}
