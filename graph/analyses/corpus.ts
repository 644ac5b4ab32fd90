// What the analyses read: one jurisdiction's agencies, their own duty texts and the
// boundary matters of its lists, as plain data. The repository fills it with one
// Cypher read; `corpusFromLoad` fills it from loader output (bench, development).
// Keeping the analyses on this shape keeps them pure and testable without Neo4j.

import type { BasisRef } from '../search/types.js';

export interface SourceLocation {
  file: string;
  line: number;
  endLine: number;
}

export interface CorpusAgency {
  key: string;
  name: string;
  aliases: string[];
}

/** A duty (主要职责) or one of its work items (具体工作事项), in the agency's own list. */
export interface DutyText {
  id: string;
  agencyKey: string;
  kind: 'duty' | 'workItem';
  /** Id of the duty a work item belongs to (its own id for a duty). */
  dutyId: string;
  text: string;
  source: SourceLocation;
}

/** One row of a boundary table: who does what in a matter, as one list states it. */
export interface MatterAssignment {
  /** Null for generic cells (其他有关部门) that name no agency. */
  agencyKey: string | null;
  agencyRaw: string;
  division: string;
  /** The list (one department's 责任清单) that states this row. */
  listKey: string;
  listDepartment: string;
  /** 主办 / 协办 as the loader read it from the cell or the division text; null when neither says. */
  role: 'lead' | 'cooperate' | null;
  case: string | null;
  /** The row's legal bases with the articles it cites (inherited from its matter when the row has none). */
  bases: BasisRef[];
  source: SourceLocation;
}

export interface CorpusMatter {
  key: string;
  title: string;
  jurisdictionKey: string;
  assignments: MatterAssignment[];
}

export interface JurisdictionCorpus {
  key: string;
  name: string;
  agencies: CorpusAgency[];
  texts: DutyText[];
  matters: CorpusMatter[];
}
