// The dispute dossier (争议卷宗) as plain data: everything the graph knows about the matter a
// jurisdiction dispute is about, agency by agency, each fact with its file and line (or, for
// a ruling, its reference). Assembled by service.ts from pure pieces; the API maps it 1:1.
import type { SuccessionNote } from '../succession/note.js';
import type { MatterDivisionResult } from '../analyses/compare.js';
import type { RulingRecord } from '../rulings/ruling.js';
import type { AgencyRef, BasisRef } from '../search/types.js';
import type { BasisNaming } from './basis-names.js';
import type { DiffSegment } from './diff.js';

/** Where a fact stands: file and lines, and the list's or document's title when known. */
export interface DossierSource {
  file: string;
  line: number;
  endLine: number;
  title: string | null;
}

/** A legal basis as one row cites it, with the article text the list quotes (RESTS_ON.raw). */
export interface CitedBasis extends BasisRef {
  /** The citation as written in the list, article text included when the list quotes it. */
  raw: string;
  /** The row has no basis of its own: this is its matter's (graph/load/rows.ts). */
  inherited: boolean;
  /** The disputing agencies whose kind of department the quoted article names, with the words that do (basis-names.ts). */
  names: BasisNaming[];
}

/** The list (one department's 责任清单) a row comes from. */
export interface ListRef {
  key: string;
  department: string;
  /** The list's title as the document gives it (衡阳市蒸湘区卫生局责任清单), when loaded with one. */
  title: string | null;
  file: string;
  line: number;
}

/** One boundary-table row as one list states it, for one agency it names (a row naming two is two). */
export interface DossierRow {
  /** Responsibility key. */
  key: string;
  matter: { key: string; title: string };
  /** Null for a generic cell (其他有关部门). */
  agency: AgencyRef | null;
  agencyRaw: string;
  division: string;
  role: 'lead' | 'cooperate' | null;
  case: string | null;
  bases: CitedBasis[];
  list: ListRef;
  source: DossierSource;
}

/** A duty, work item, public service or supervision rule of the agency's own list that bears on the question. */
export interface DutyLine {
  kind: 'duty' | 'service' | 'rule';
  /** The duty (主要职责), service title or rule text. */
  text: string;
  /** The work item, the service's content; '' when none. */
  detail: string;
  /** The ranker's score for the question (graph/search/rank.ts). */
  score: number;
  source: DossierSource;
}

/** What the dossier holds for one disputing agency. */
export interface AgencySection {
  agency: AgencyRef;
  rows: DossierRow[];
  duties: DutyLine[];
  /** The body that holds its duty today when the agency is gone (清单载明由…负责；按 2019 年机构改革，该职责现由…承担). */
  succession?: SuccessionNote | null;
}

/** One list's statement of a matter (every row it gives it). */
export interface ListStatement {
  matter: { key: string; title: string };
  list: ListRef;
  rows: DossierRow[];
}

/** An agency both lists name whose division reads differently, with the character diff. */
export interface DivergentDivision {
  agency: AgencyRef | null;
  /** The agency as the cells name it (first list's spelling). */
  agencyRaw: string;
  first: string;
  second: string;
  diff: DiffSegment[];
}

/** Two lists stating one matter differently, side by side, the earlier list (file, line) first. */
export interface DossierContradiction {
  first: ListStatement;
  second: ListStatement;
  /** Agencies (names as the cells write them) only the first list assigns. */
  onlyFirst: string[];
  onlySecond: string[];
  divergent: DivergentDivision[];
  /** A division (sameText) one list gives to one agency and the other list to another. */
  moved: Array<{ division: string; first: string; second: string }>;
  /** One Chinese sentence: 前者 is `first`, 后者 `second`. */
  explanation: string;
}

export type ProposalLevel = 'ruling' | 'basis' | 'division' | 'duty';

/** One link of the chain of evidence: which fact at which level says what about which agency. */
export interface ProposalEvidence {
  level: ProposalLevel;
  agency: AgencyRef | null;
  /** Chinese, one line: what the fact says. */
  statement: string;
  /** Where a list says it; null for a ruling. */
  source: DossierSource | null;
  /** A ruling's reference number (文号); null for list facts. */
  reference: string | null;
}

export const UNDECIDED = '清单无法判定，建议提请编办协调';

export interface Proposal {
  decided: boolean;
  /** The level that decided (or where the evidence conflicted); null when nothing bears on it. */
  level: ProposalLevel | null;
  lead: AgencyRef | null;
  cooperating: AgencyRef[];
  /** 建议由……主办，……协办 or 清单无法判定，建议提请编办协调. */
  text: string;
  /** The chain of evidence, deciding level first. */
  evidence: ProposalEvidence[];
  /** When undecided: the facts that contradict each other at the deciding level. */
  conflicting: ProposalEvidence[];
}

/** Why a matter is in the dossier. */
export interface ChosenMatter {
  key: string;
  title: string;
  /** 'question': a best boundary row of a disputing agency; 'title': its title is the question's; 'alike': its title is very like a chosen one's. */
  reason: 'question' | 'title' | 'alike';
  /** Ranker score of the row that chose it, or the title similarity. */
  score: number;
}

export interface Dossier {
  jurisdiction: { key: string; name: string };
  question: string;
  agencies: AgencyRef[];
  matters: ChosenMatter[];
  sections: AgencySection[];
  /** Rows of the matters naming other agencies (or none), shown separately. */
  others: DossierRow[];
  contradictions: DossierContradiction[];
  /** How other jurisdictions divide the same matter. */
  comparisons: MatterDivisionResult[];
  /** Prior rulings on these matters, newest first. */
  rulings: RulingRecord[];
  proposal: Proposal;
  /** Set when no matter was found: says so in Chinese. */
  note: string | null;
}
