// LoadResult -> flat parameter rows, one array per node/edge kind, for one document.
// Pure (no driver): the writer UNWINDs these arrays in batches, the bench inserts
// the very same rows with a bare UNWIND, and unit tests check them without Neo4j.
import { agencyNodeKey } from '../../domain/agency-names.js';
import { type Jurisdiction, jurisdictionChain, jurisdictionKey } from '../../domain/jurisdiction.js';
import { matterKey } from '../../domain/matter-title.js';
import type { AgencyMerge, Assignment, BasisCitation, BoundaryMatter, Department, Diagnostic, ListDate } from '../../domain/records.js';

export interface JurisdictionRow {
  key: string;
  name: string;
  level: string;
  parentKey: string | null;
}
export interface AgencyRow {
  key: string;
  name: string;
  aliases: string[];
  jurisdictionKey: string;
}
export interface ListRow {
  key: string;
  department: string;
  title: string;
  titleInferred: boolean;
  /** The list's date (domain ListDate), flattened: Neo4j stores no nested maps. */
  dateYear: number | null;
  date: string | null;
  dateOrigin: string;
  dateLine: number | null;
  agencyKey: string;
  docKey: string;
  file: string;
  line: number;
  endLine: number;
  inferred: boolean;
}
export interface MatterRow {
  key: string;
  title: string;
  seq: string | null;
  jurisdictionKey: string;
}
export interface ResponsibilityRow {
  key: string;
  listKey: string;
  matterKey: string;
  agencyKeys: string[];
  agencyRaw: string;
  generic: boolean;
  division: string;
  role: string | null;
  case: string | null;
  docKey: string;
  file: string;
  line: number;
  endLine: number;
}
export interface BasisRow {
  key: string;
  title: string | null;
  docNumber: string | null;
  kind: string;
}
export interface RestsOnRow {
  responsibilityKey: string;
  basisKey: string;
  articles: string[];
  raw: string;
  inherited: boolean;
}
export interface CaseRow {
  key: string;
  text: string;
  responsibilityKeys: string[];
  docKey: string;
  file: string;
  line: number;
  endLine: number;
}
export interface DutyRow {
  key: string;
  agencyKey: string;
  seq: string | null;
  text: string;
  office: string | null;
  remarks: string | null;
  docKey: string;
  file: string;
  line: number;
  endLine: number;
}
export interface WorkItemRow {
  key: string;
  dutyKey: string;
  ord: number;
  text: string;
  docKey: string;
  file: string;
  line: number;
  endLine: number;
}
export interface ServiceRow {
  key: string;
  agencyKey: string;
  seq: string | null;
  title: string;
  content: string | null;
  units: string[];
  phones: string[];
  docKey: string;
  file: string;
  line: number;
  endLine: number;
}
export interface RuleRow {
  key: string;
  listKey: string;
  path: string[];
  text: string;
  docKey: string;
  file: string;
  line: number;
  endLine: number;
}
export interface DiagnosticRow {
  key: string;
  severity: string;
  code: string;
  message: string;
  raw: string;
  file: string;
  line: number;
  docKey: string;
}

/**
 * A run of the document's own lines (`lines[0]` is line `from`), so a source line can be
 * shown in context. Chunked: one property of 11,558 lines would be read whole for every look.
 */
export interface DocumentTextRow {
  key: string;
  docKey: string;
  file: string;
  from: number;
  to: number;
  lines: string[];
}

export interface DocumentRows {
  jurisdictions: JurisdictionRow[];
  agencies: AgencyRow[];
  lists: ListRow[];
  matters: MatterRow[];
  responsibilities: ResponsibilityRow[];
  bases: BasisRow[];
  restsOn: RestsOnRow[];
  cases: CaseRow[];
  duties: DutyRow[];
  workItems: WorkItemRow[];
  services: ServiceRow[];
  rules: RuleRow[];
  diagnostics: DiagnosticRow[];
  texts: DocumentTextRow[];
}

export function emptyRows(): DocumentRows {
  return {
    jurisdictions: [],
    agencies: [],
    lists: [],
    matters: [],
    responsibilities: [],
    bases: [],
    restsOn: [],
    cases: [],
    duties: [],
    workItems: [],
    services: [],
    rules: [],
    diagnostics: [],
    texts: [],
  };
}

/** Several documents' rows as one set (shared nodes repeat; the MERGE statements absorb that). */
export function mergeRows(all: readonly DocumentRows[]): DocumentRows {
  const merged = emptyRows();
  for (const rows of all) {
    for (const k of Object.keys(merged) as Array<keyof DocumentRows>) (merged[k] as unknown[]).push(...rows[k]);
  }
  return merged;
}

/** Total number of rows: the unit of the load-throughput bench. */
export function rowCount(rows: DocumentRows): number {
  return Object.values(rows).reduce((n, list: unknown[]) => n + list.length, 0);
}

/** Alias table from the loader's merges, keyed by agency key. */
export function aliasIndex(merges: AgencyMerge[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const m of merges) {
    const key = agencyNodeKey(jurisdictionKey(m.jurisdiction), m.canonical);
    const set = index.get(key) ?? new Set<string>();
    for (const a of m.aliases) if (a !== m.canonical) set.add(a);
    index.set(key, set);
  }
  return index;
}

/** A ListDate as the node properties that hold it (ResponsibilityList and Document alike). */
export function listDateProperties(date: ListDate): {
  dateYear: number | null;
  date: string | null;
  dateOrigin: string;
  dateLine: number | null;
} {
  return { dateYear: date.year, date: date.date, dateOrigin: date.origin, dateLine: date.line };
}

/** Basis.key: the document number when there is one (shared across jurisdictions), else the title. */
export function basisKey(citation: { title: string | null; docNumber: string | null }): string | null {
  return citation.docNumber ?? citation.title ?? null;
}

/** Lines per DocumentText node: a look at ±100 lines reads one or two of them. */
export const TEXT_CHUNK_LINES = 200;

/** The document's lines as DocumentText rows of TEXT_CHUNK_LINES (keys `<docKey>#T<n>`). */
export function documentTextRows(docKey: string, file: string, lines: readonly string[], chunk = TEXT_CHUNK_LINES): DocumentTextRow[] {
  const rows: DocumentTextRow[] = [];
  for (let start = 0; start < lines.length; start += chunk) {
    const part = lines.slice(start, start + chunk);
    rows.push({ key: `${docKey}#T${rows.length}`, docKey, file, from: start + 1, to: start + part.length, lines: part });
  }
  return rows;
}

/** Rows for the departments and diagnostics of one document. */
export function buildDocumentRows(
  docKey: string,
  departments: Department[],
  diagnostics: Diagnostic[],
  aliases: Map<string, Set<string>>,
): DocumentRows {
  const rows = emptyRows();
  const builder = new RowBuilder(docKey, rows, aliases);
  departments.forEach((d, i) => builder.department(d, i));
  diagnostics.forEach((d, i) =>
    rows.diagnostics.push({
      key: `${docKey}#G${i}`,
      severity: d.severity,
      code: d.code,
      message: d.message,
      raw: d.raw,
      file: d.file,
      line: d.line,
      docKey,
    }),
  );
  return builder.finish();
}

class RowBuilder {
  private readonly jurisdictions = new Map<string, JurisdictionRow>();
  private readonly agencies = new Map<string, AgencyRow>();
  private readonly matters = new Map<string, MatterRow>();
  private readonly bases = new Map<string, BasisRow>();

  constructor(
    private readonly docKey: string,
    private readonly rows: DocumentRows,
    private readonly aliases: Map<string, Set<string>>,
  ) {}

  department(d: Department, ordinal: number): void {
    const jKey = this.jurisdiction(d.jurisdiction);
    const publisher = this.agency(jKey, d.name);
    const listKey = `${this.docKey}#L${ordinal}`;
    const src = this.src(d.source);
    this.rows.lists.push({
      key: listKey,
      department: d.name,
      title: d.title,
      titleInferred: d.titleInferred,
      ...listDateProperties(d.date),
      agencyKey: publisher,
      inferred: d.inferred,
      ...src,
    });
    d.duties.forEach((duty, i) => {
      const key = `${listKey}#D${i}`;
      const dsrc = this.src(duty.source);
      this.rows.duties.push({
        key,
        agencyKey: publisher,
        seq: duty.seq,
        text: duty.text,
        office: duty.office,
        remarks: duty.remarks,
        ...dsrc,
      });
      duty.items.forEach((text, ord) => this.rows.workItems.push({ key: `${key}#${ord}`, dutyKey: key, ord, text, ...dsrc }));
    });
    d.boundaryMatters.forEach((m, i) => this.matter(jKey, listKey, `${listKey}#M${i}`, m));
    d.services.forEach((s, i) =>
      this.rows.services.push({
        key: `${listKey}#S${i}`,
        agencyKey: publisher,
        seq: s.seq,
        title: s.title,
        content: s.content,
        units: s.units,
        phones: s.phones,
        ...this.src(s.source),
      }),
    );
    d.supervision.forEach((r, i) =>
      this.rows.rules.push({
        key: `${listKey}#R${i}`,
        listKey,
        path: r.path,
        text: r.text,
        ...this.src(r.source),
      }),
    );
  }

  finish(): DocumentRows {
    this.rows.jurisdictions.push(...this.jurisdictions.values());
    for (const a of this.agencies.values()) a.aliases = [...new Set(a.aliases)].sort();
    this.rows.agencies.push(...this.agencies.values());
    this.rows.matters.push(...this.matters.values());
    this.rows.bases.push(...this.bases.values());
    return this.rows;
  }

  private matter(jKey: string, listKey: string, prefix: string, m: BoundaryMatter): void {
    const mKey = matterKey(jKey, m.title);
    if (!this.matters.has(mKey)) this.matters.set(mKey, { key: mKey, title: m.title, seq: m.seq, jurisdictionKey: jKey });
    const respKeys = m.assignments.map((a, i) => this.responsibility(jKey, listKey, mKey, `${prefix}#A${i}`, a, m));
    m.cases.forEach((text, i) =>
      this.rows.cases.push({
        key: `${prefix}#C${i}`,
        text,
        responsibilityKeys: respKeys,
        ...this.src(m.source),
      }),
    );
  }

  private responsibility(jKey: string, listKey: string, mKey: string, key: string, a: Assignment, m: BoundaryMatter): string {
    const agencyKeys = a.agencies.map((name) => this.agency(jKey, name));
    this.rows.responsibilities.push({
      key,
      listKey,
      matterKey: mKey,
      agencyKeys,
      agencyRaw: a.agencyRaw,
      generic: a.generic,
      division: a.division,
      role: a.role,
      case: a.case ?? (m.cases.length ? m.cases.join('\n') : null),
      ...this.src(a.source),
    });
    // Bases are often written on the matter's first row only: rows without their own inherit the matter's.
    const own = a.bases.length > 0;
    for (const c of own ? a.bases : m.bases) this.restsOn(key, c, !own);
    return key;
  }

  private restsOn(responsibilityKey: string, c: BasisCitation, inherited: boolean): void {
    const bKey = basisKey(c);
    if (!bKey) return;
    if (!this.bases.has(bKey)) this.bases.set(bKey, { key: bKey, title: c.title, docNumber: c.docNumber, kind: c.kind });
    this.rows.restsOn.push({ responsibilityKey, basisKey: bKey, articles: c.articles, raw: c.raw, inherited });
  }

  private jurisdiction(j: Jurisdiction): string {
    const chain = jurisdictionChain(j);
    for (const node of chain) if (!this.jurisdictions.has(node.key)) this.jurisdictions.set(node.key, { ...node });
    return chain[0]!.key;
  }

  private agency(jKey: string, name: string): string {
    const key = agencyNodeKey(jKey, name);
    if (!this.agencies.has(key)) {
      this.agencies.set(key, { key, name, aliases: [...(this.aliases.get(key) ?? [])], jurisdictionKey: jKey });
    }
    return key;
  }

  private src(s: { file: string; line: number; endLine: number }) {
    return { docKey: this.docKey, file: s.file, line: s.line, endLine: s.endLine };
  }
}
