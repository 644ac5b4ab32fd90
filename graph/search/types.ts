// Plain domain objects the search layer returns (the API maps them 1:1 to GraphQL types).
import type { RulingRecord } from '../rulings/ruling.js';
import type { SuccessionNote } from '../succession/note.js';

export type { SuccessionNote } from '../succession/note.js';

export interface SourceLine {
  file: string;
  line: number;
  endLine: number;
}

export interface AgencyRef {
  key: string;
  name: string;
  aliases: string[];
  /** Name of the agency's jurisdiction (蒸湘区). */
  jurisdiction: string;
}

export interface BasisRef {
  key: string;
  title: string | null;
  docNumber: string | null;
  kind: string | null;
  articles: string[];
}

export interface Answer {
  /**
   * 'responsibility': a boundary-table row; 'duty': the agency's own duty list (a duty or
   * work item); 'service': a public service it provides; 'rule': a supervision rule of its list;
   * 'general': what such a department usually does; 'ruling': a recorded ruling (协调意见).
   */
  kind: 'responsibility' | 'duty' | 'service' | 'rule' | 'general' | 'ruling';
  /** Key of the fact the answer cites (Responsibility, Duty or WorkItem; the Ruling). */
  key: string;
  agency: AgencyRef;
  /** The matter (管理事项); for a duty answer, the duty text stands in as title and key is null. */
  matter: { key: string | null; title: string };
  division: string;
  role: 'lead' | 'cooperate' | null;
  case: string | null;
  bases: BasisRef[];
  score: number;
  highlights: string[];
  source: SourceLine;
  /** Probability (calibrated on the dev split) that this agency is the right one. */
  confidence: number;
  /** LIST: a loaded list says so; GENERAL_FUNCTION: what such a department does nationally; RULING: a ruling decided it. */
  coverage: Coverage;
  /** The ruling the answer rests on; null unless kind is 'ruling'. */
  ruling: RulingRecord | null;
  /** The agency's successor today when it has one (清单载明由…负责；按 2019 年机构改革，该职责现由…承担); else null or absent. */
  succession?: SuccessionNote | null;
}

/** Where an answer comes from (graph/search/route.ts). */
export type Coverage = 'RULING' | 'LIST' | 'GENERAL_FUNCTION' | 'NOT_COVERED';

export interface ComplaintAnswer {
  agency: AgencyRef;
  /** Handling unit (承办机构) from the public-service table, null when taken from a boundary table. */
  unit: string | null;
  phones: string[];
  /** One line, Chinese: why this agency. */
  reason: string;
  /** The service (服务事项) that fits, when there is one. */
  service: string | null;
  score: number;
  source: SourceLine;
  confidence: number;
  coverage: Coverage;
  /** The ruling the answer rests on, else null. */
  ruling: RulingRecord | null;
  /** The agency's successor today when it has one: the public is not sent to a body that is gone. */
  succession?: SuccessionNote | null;
}
