// Reads the export's tables from Neo4j, row by row, at one graph version.
//
// One version without stopping the world: the export takes the load lock only for a moment
// at its start (the version, the scope and the document names, read as one committed state:
// graph/version.ts atOneVersion) and again at its end (`assertUnchanged`), and streams the
// rows in between in plain read transactions. A load that committed meanwhile (even one
// half-visible to a read-committed statement: it holds the lock until its commit is applied)
// changes the version seen at the end, and the export is refused instead of being a
// mixture. Holding the lock for the whole export would be simpler, but a national export
// takes minutes, and every load and every answer cache's snapshot read would wait for it.
import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { SuccessionEvent } from '../../domain/succession/model.js';
import { analyseJurisdiction } from '../analyses/analyses.js';
import type { OverlapFinding } from '../analyses/finding.js';
import { readJurisdictionCorpus } from '../analyses/repository.js';
import { withReadTransaction } from '../driver.js';
import { GraphError, unknownJurisdiction } from '../errors.js';
import { resolveJurisdiction } from '../repositories/answer.repository.js';
import { readRows, type Row } from '../repositories/read.js';
import { num, str, strOrNull, strs } from '../repositories/values.js';
import { rulingsOfJurisdictions } from '../rulings/repository.js';
import { successorLabels, today } from '../succession/note.js';
import { successionRecords } from '../succession/repository.js';
import { atOneVersion, type GraphVersion, graphVersion } from '../version.js';
import { DocumentNames, fileName } from './document-names.js';
import * as Q from './queries.js';
import type {
  AgencyRef,
  AgencyRow,
  BasisCitation,
  BasisRow,
  JurisdictionRow,
  MatterBasisRow,
  MatterRow,
  OverlapRow,
  ResponsibilityRow,
  RulingRow,
  TableName,
  TableRows,
} from './tables.js';

/** What one export reads: the graph version it started at and the jurisdictions in scope. */
export interface ExportScope {
  version: GraphVersion;
  /** As asked for (trimmed); null: the whole graph. */
  jurisdiction: string | null;
  /** The jurisdiction(s) the name denotes and everything below them; null: the whole graph. */
  keys: string[] | null;
  names: DocumentNames;
  /** The jurisdictions' own succession records, read at the same version; the national pattern is in domain/. */
  succession: SuccessionEvent[];
  /** The day successors are stated for (today, YYYY-MM-DD). */
  asOf: string;
}

/** The version, the scope and the document names, as one committed state. Unknown jurisdiction: UNKNOWN_JURISDICTION. */
export async function openExportScope(jurisdiction: string | null | undefined): Promise<ExportScope> {
  const asked = jurisdiction?.trim() ? jurisdiction.trim() : null;
  const { version, value } = await atOneVersion(async () => {
    // A key (湖南省/衡阳市/蒸湘区, 海南省//临高县) is accepted too: RESOLVE_JURISDICTION compares keys without their slashes.
    const places = asked === null ? null : await resolveJurisdiction(asked.replace(/\//g, ''));
    const documentKeys = (await readRows(Q.DOCUMENT_KEYS)).map((r) => str(r.key));
    const succession = (await successionRecords(null)).map((r) => r.event);
    return { places, documentKeys, succession };
  });
  if (value.places !== null && value.places.length === 0) throw unknownJurisdiction(asked!);
  const keys = value.places === null ? null : [...new Set(value.places.flatMap((p) => p.keys))].sort();
  return {
    version,
    jurisdiction: asked,
    keys,
    names: new DocumentNames(value.documentKeys),
    succession: value.succession,
    asOf: today(),
  };
}

/** A write committed while an export ran: TRANSIENT, as running the export again will do. */
export class GraphChangedDuringExport extends GraphError {
  constructor(from: GraphVersion, to: GraphVersion) {
    super('TRANSIENT', { message: `导出期间图数据已更新（版本 ${from} → ${to}），本次导出可能混合了更新前后的数据，已作废，请重新导出` });
  }
}

/** Refuses an export a write committed into since it began (its rows may mix two states). */
export async function assertUnchanged(scope: ExportScope): Promise<void> {
  const { version } = await atOneVersion(() => graphVersion());
  if (version !== scope.version) throw new GraphChangedDuringExport(scope.version, version);
}

/**
 * Streams a query's records to `onRecord`, which may wait (the output's back-pressure): the
 * driver pulls more records only as they are taken. A transaction retried after records were
 * handed on would hand them on twice, so it is refused instead.
 */
async function stream(cypher: string, params: Row, onRecord: (record: Neo4jRecord) => Promise<void>): Promise<number> {
  let emitted = 0;
  await withReadTransaction(async (tx) => {
    if (emitted > 0) throw new GraphError('DATABASE_UNAVAILABLE', { message: '导出过程中数据库连接中断，输出不完整，请重新导出' });
    for await (const record of tx.run(cypher, params)) {
      await onRecord(record);
      emitted += 1;
    }
  });
  return emitted;
}

export type RowHandler<T> = (row: T) => Promise<void>;

const role = (v: unknown): 'lead' | 'cooperate' | null => (v === 'lead' || v === 'cooperate' ? v : null);

const agencyRefs = (v: unknown): AgencyRef[] =>
  (Array.isArray(v) ? (v as Row[]) : []).filter((a) => a != null).map((a) => ({ key: str(a.key), name: str(a.name) }));

function toResponsibility(r: Row, names: DocumentNames): ResponsibilityRow {
  const bases: BasisCitation[] = (Array.isArray(r.bases) ? (r.bases as Row[]) : [])
    .filter((b) => b != null)
    .map((b) => ({
      key: str(b.key),
      title: strOrNull(b.title),
      docNumber: strOrNull(b.docNumber),
      articles: strs(b.articles),
      inherited: b.inherited === true,
    }));
  return {
    key: names.key(str(r.key)),
    matterKey: str(r.matterKey),
    matter: str(r.matter),
    jurisdictionKey: str(r.jurisdictionKey),
    agencies: agencyRefs(r.agencies),
    agencyRaw: str(r.agencyRaw),
    generic: r.generic === true,
    division: str(r.division),
    role: role(r.role),
    case: strOrNull(r.case),
    bases,
    listKey: names.keyOrNull(strOrNull(r.listKey)),
    listDepartment: strOrNull(r.listDepartment),
    file: fileName(str(r.file)),
    line: num(r.line),
    endLine: num(r.endLine),
  };
}

/**
 * The tables read by one query each (`scoped`: the index-backed one for an export of some
 * jurisdictions, when the whole-graph one would read the table), and how a record becomes a row.
 */
const STREAMED = {
  jurisdictions: {
    cypher: Q.JURISDICTIONS,
    scoped: Q.JURISDICTIONS,
    row: (r: Row): JurisdictionRow => ({
      key: str(r.key),
      name: str(r.name),
      level: str(r.level),
      parentKey: strOrNull(r.parentKey),
      agencyCount: num(r.agencyCount),
      matterCount: num(r.matterCount),
    }),
  },
  agencies: {
    cypher: Q.AGENCIES,
    scoped: Q.AGENCIES_IN_SCOPE,
    row: (r: Row): AgencyRow => ({
      key: str(r.key),
      name: str(r.name),
      jurisdictionKey: str(r.jurisdictionKey),
      aliases: strs(r.aliases),
      // Filled in forEachRow, which knows the scope's succession records.
      successors: [],
    }),
  },
  matters: {
    cypher: Q.MATTERS,
    scoped: Q.MATTERS_IN_SCOPE,
    row: (r: Row): MatterRow => ({ key: str(r.key), title: str(r.title), seq: strOrNull(r.seq), jurisdictionKey: str(r.jurisdictionKey) }),
  },
  responsibilities: { cypher: Q.RESPONSIBILITIES, scoped: Q.RESPONSIBILITIES_IN_SCOPE, row: toResponsibility },
  bases: {
    cypher: Q.BASES,
    scoped: Q.BASES_IN_SCOPE,
    row: (r: Row): BasisRow => ({
      key: str(r.key),
      title: strOrNull(r.title),
      docNumber: strOrNull(r.docNumber),
      kind: strOrNull(r.kind),
      citations: num(r.citations),
    }),
  },
} as const;

type StreamedTable = keyof typeof STREAMED;

/** Every row of a table, in key order; returns how many. */
export async function forEachRow<T extends TableName>(scope: ExportScope, table: T, onRow: RowHandler<TableRows[T]>): Promise<number> {
  if (table === 'overlaps') return forEachOverlap(scope, onRow as RowHandler<OverlapRow>);
  if (table === 'rulings') return forEachRuling(scope, onRow as RowHandler<RulingRow>);
  const { cypher, scoped, row } = STREAMED[table as StreamedTable] as {
    cypher: string;
    scoped: string;
    row: (r: Row, names: DocumentNames) => TableRows[T];
  };
  return stream(scope.keys ? scoped : cypher, { keys: scope.keys }, (record) => {
    const value = row(record.toObject() as Row, scope.names);
    if (table !== 'agencies') return onRow(value);
    const agency = value as AgencyRow;
    return onRow({
      ...agency,
      successors: successorLabels(agency.name, agency.jurisdictionKey, scope.succession, scope.asOf),
    } as TableRows[T]);
  });
}

/** Matter → basis links (GraphML). */
export function forEachMatterBasis(scope: ExportScope, onRow: RowHandler<MatterBasisRow>): Promise<number> {
  return stream(scope.keys ? Q.MATTER_BASES_IN_SCOPE : Q.MATTER_BASES, { keys: scope.keys }, (record) =>
    onRow({ matterKey: str(record.get('matterKey')), basisKey: str(record.get('basisKey')), rows: num(record.get('rows')) }),
  );
}

function toOverlap(f: OverlapFinding, names: DocumentNames): OverlapRow {
  return {
    id: names.text(f.id),
    kind: f.kind,
    score: Math.round(f.score * 1e4) / 1e4,
    jurisdictionKey: f.jurisdictionKey,
    matterKey: f.matter?.key ?? null,
    matter: f.matter?.title ?? null,
    agencies: f.agencies.map((a) => ({ key: a.key, name: a.name })),
    explanation: names.text(f.explanation),
    items: f.items.map((i) => ({
      text: i.text,
      agencyKey: i.agencyKey,
      role: i.role,
      file: fileName(i.source.file),
      line: i.source.line,
      endLine: i.source.endLine,
    })),
  };
}

/**
 * The overlap findings (graph/analyses: contradictions, undeclared, declared; every finding,
 * as `overlaps(minScore: 0)` gives them) of every jurisdiction in scope that has agencies or
 * matters of its own, one jurisdiction at a time so only one corpus is in memory.
 */
async function forEachOverlap(scope: ExportScope, onRow: RowHandler<OverlapRow>): Promise<number> {
  const jurisdictions = (await readRows(Q.ANALYSED_JURISDICTIONS, { keys: scope.keys })).map((r) => str(r.key));
  let count = 0;
  for (const key of jurisdictions) {
    const corpus = await readJurisdictionCorpus(key);
    if (!corpus) continue;
    const { overlaps } = analyseJurisdiction(corpus);
    for (const finding of [...overlaps.CONTRADICTION, ...overlaps.UNDECLARED, ...overlaps.DECLARED]) {
      await onRow(toOverlap(finding, scope.names));
      count += 1;
    }
  }
  return count;
}

/** Every ruling (协调意见) recorded in the scope, decisions and withdrawals, by key; `current`: the one in force. */
async function forEachRuling(scope: ExportScope, onRow: RowHandler<RulingRow>): Promise<number> {
  const keys = (await readRows(Q.SCOPE_KEYS, { keys: scope.keys })).map((r) => str(r.key));
  const rulings = (await rulingsOfJurisdictions(keys)).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const r of rulings) {
    // recordedBy (the editor token's name) stays out of open data: it names a person or a desk, not the decision.
    await onRow({
      key: r.key,
      reference: r.reference,
      kind: r.kind,
      jurisdictionKey: r.jurisdictionKey,
      matterKey: r.matterKey,
      matter: r.matterTitle,
      lead: r.lead,
      cooperating: r.cooperating,
      basis: r.basis,
      decidedBy: r.decidedBy,
      decidedOn: r.decidedOn,
      recordedAt: r.recordedAt,
      current: r.current,
      supersedes: r.supersedes,
    });
  }
  return rulings.length;
}
