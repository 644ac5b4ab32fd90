// The records every layer speaks: the loader produces them, the graph writer stores them,
// the analyses and the API read them back. The JSON export of
// `npm run load -- --dry-run --json` is exactly `LoadResult`. Keep field names stable:
// outside tools read them.
import type { Jurisdiction } from './jurisdiction';

/** Where a fact came from: the file as the user named it, 1-based line numbers. */
export interface SourceRef {
  file: string;
  line: number;
  /** Last line of a multi-line record; equals `line` for a one-line record. */
  endLine: number;
}

export type BasisKind = 'law' | 'regulation' | 'rule' | 'normative' | 'staffing' | 'unknown';

export interface BasisCitation {
  raw: string;
  /** Title without 《》 and without a leading 中华人民共和国, or null when the cell names no title. */
  title: string | null;
  /** Normalised document number, e.g. 湘政发〔2011〕46号. */
  docNumber: string | null;
  /** Article references as written, e.g. ["第二十三条", "第二款"]. */
  articles: string[];
  kind: BasisKind;
}

export interface Duty {
  seq: string | null;
  text: string;
  items: string[];
  office: string | null;
  remarks: string | null;
  source: SourceRef;
}

export interface Assignment {
  /** The agency cell as written (may be empty). */
  agencyRaw: string;
  /** Canonical agency names named by the cell (after alias resolution within the jurisdiction). */
  agencies: string[];
  /** True when the cell names no concrete agency (其他有关部门, 行业管理部门, blank). */
  generic: boolean;
  division: string;
  bases: BasisCitation[];
  case: string | null;
  /** 'lead' / 'cooperate' when the division text says so (牵头/负责 vs 配合/协助), else null. */
  role: 'lead' | 'cooperate' | null;
  source: SourceRef;
}

export interface BoundaryMatter {
  seq: string | null;
  title: string;
  assignments: Assignment[];
  /** Bases and cases of all rows of the matter, de-duplicated (often written on the first row only). */
  bases: BasisCitation[];
  cases: string[];
  source: SourceRef;
}

export interface PublicService {
  seq: string | null;
  title: string;
  content: string | null;
  units: string[];
  phones: string[];
  source: SourceRef;
}

export interface SupervisionRule {
  /** Headings from the section down to this text, e.g. ["事中事后监管制度", "（二）行政处罚裁量权规范"]. */
  path: string[];
  text: string;
  source: SourceRef;
}

export interface AgencyMerge {
  canonical: string;
  aliases: string[];
  jurisdiction: Jurisdiction;
}

/**
 * When a list (or document) was issued. Lists from before and after a reform answer
 * differently, so every answer shows which one it rests on (domain/list-date.ts labels it).
 */
export interface ListDate {
  year: number | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD: as precise as the text (or the --as-of value) is; null when unknown. */
  date: string | null;
  /** 'text': read from the document (`line`); 'given': --as-of at load; 'unknown': neither. */
  origin: 'text' | 'given' | 'unknown';
  /** The line the date was read from (origin 'text'), else null. */
  line: number | null;
}

export interface Department {
  name: string;
  jurisdiction: Jurisdiction;
  /** True when name/jurisdiction were inferred from the text rather than read from a title. */
  inferred: boolean;
  /**
   * The list's title as written, title lines joined without whitespace (衡阳市蒸湘区农村工作办公室
   * （蒸湘区水利农机局）责任清单); for a list without a title line, one derived from its place and
   * department, ending in TITLE_INFERRED_MARK (loaders/parse/title.ts).
   */
  title: string;
  /** True when `title` was derived, not read. */
  titleInferred: boolean;
  /** When the list was issued: read from its text, given at load (--as-of), or unknown. */
  date: ListDate;
  source: SourceRef;
  duties: Duty[];
  boundaryMatters: BoundaryMatter[];
  services: PublicService[];
  supervision: SupervisionRule[];
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  file: string;
  line: number;
  severity: Severity;
  /** Stable machine code, e.g. ROW_UNREADABLE, DEPARTMENT_INFERRED, AGENCY_MERGED. */
  code: string;
  /** Human message in Chinese. */
  message: string;
  raw: string;
}

export interface LoadResult {
  departments: Department[];
  agencyMerges: AgencyMerge[];
  diagnostics: Diagnostic[];
}

/** A document as read: what the graph stores about the file itself. */
export interface DocumentInfo {
  /** The file as the user named it (used in every SourceRef and diagnostic). */
  file: string;
  format: 'txt' | 'docx' | 'xlsx' | 'csv';
  /** 'utf-8', 'utf-8-bom', 'gb18030'; null for zip-based formats. */
  encoding: string | null;
  /** sha256 of the bytes read (computed from the same bytes the parser saw). */
  sha256: string;
  /** Last source line (or paragraph / row) of the document. */
  lines: number;
  /** The document's title: its first list's title (written or derived); null when it holds no list. */
  title: string | null;
  /** True when `title` was derived, not read. */
  titleInferred: boolean;
  /** The document's date: its first dated list's, else given at load, else unknown. */
  date: ListDate;
  /**
   * The document's text, one string per line in the numbering every SourceRef uses (text
   * line for .txt/.csv, paragraph ordinal for .docx, row for .xlsx): `sourceLines[line - 1]`.
   */
  sourceLines: string[];
}

/** Ends a title the loader derived because the document has no title line. */
export const TITLE_INFERRED_MARK = '（标题为推断）';
