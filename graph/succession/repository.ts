// Local succession records: what became of a jurisdiction's agencies by its own decision, loaded
// from a table (`npm run succession -- load`) or recorded by an editor (`recordSuccession`). The
// national pattern is not here: it is the general pattern (domain/succession/national-2018.ts),
// the same for every graph. Like a ruling, a write is ONE transaction that takes the load lock,
// writes, bumps the graph version (and appends its audit entry), so readers see all of it or none.
import path from 'node:path';
import type { ManagedTransaction } from 'neo4j-driver';
import type { SuccessionEvent } from '../../domain/succession/model.js';
import { NATIONAL_PATTERN_2018 } from '../../domain/succession/national-2018.js';
import { SUCCESSION_TABLE_COLUMNS, type SuccessionTableRow, successionEventsFromTable } from '../../domain/succession/table.js';
import { validateSuccession } from '../../domain/succession/validate.js';
import { appendAudit, type AuditEntry } from '../audit/audit.js';
import { withWriteTransaction } from '../driver.js';
import { invalidSuccession, unknownJurisdiction } from '../errors.js';
import { TAKE_LOAD_LOCK } from '../queries/load.js';
import { readRows, type Row } from '../repositories/read.js';
import { resolveJurisdiction } from '../repositories/answer.repository.js';
import { num, str, strOrNull } from '../repositories/values.js';
import { bumpVersions, type GraphVersion, graphVersion, scopeVersion, VersionedCache } from '../version.js';
import * as Q from './queries.js';
import { recordProperties, type SuccessionRecord, successionRecordKey } from './record.js';

/** The column naming the jurisdiction of a row (蒸湘区, 衡阳市蒸湘区): one table may serve several. */
export const JURISDICTION_COLUMN = '辖区';

/** A problem of a table, at its file and line. */
export interface SuccessionTableDiagnostic {
  file: string;
  line: number;
  message: string;
}

export interface SuccessionTableLoad {
  file: string;
  /** Records written (0 when there were problems: nothing is written then). */
  written: number;
  /** Records of the same file replaced by this load. */
  replaced: number;
  diagnostics: SuccessionTableDiagnostic[];
}

/**
 * Loads a table's rows (cells by column header, 辖区 included) as the local records of `file`:
 * every row must be readable and every event valid with the national pattern and the
 * jurisdiction's other records, else nothing is written and each problem names its line.
 * A file loaded again replaces its own records only.
 */
export async function loadSuccessionTable(
  file: string,
  rows: readonly SuccessionTableRow[],
  options: { dryRun?: boolean } = {},
): Promise<SuccessionTableLoad> {
  const stored = path.resolve(file);
  const diagnostics: SuccessionTableDiagnostic[] = [];
  const at = (line: number, message: string): void => {
    diagnostics.push({ file, line, message });
  };
  const byPlace = new Map<string, SuccessionTableRow[]>();
  for (const row of rows) {
    const place = (row.cells[JURISDICTION_COLUMN] ?? '').trim();
    if (!place) {
      at(row.line, `缺少“${JURISDICTION_COLUMN}”`);
      continue;
    }
    byPlace.set(place, [...(byPlace.get(place) ?? []), row]);
  }
  const events: SuccessionEvent[] = [];
  for (const [place, placeRows] of byPlace) {
    const found = await resolveJurisdiction(place);
    if (found.length !== 1) {
      const why = found.length === 0 ? `未知的辖区“${place}”` : `辖区“${place}”不唯一：${found.map((j) => j.key).join('、')}`;
      for (const row of placeRows) at(row.line, why);
      continue;
    }
    const made = successionEventsFromTable(placeRows, found[0]!.key, stored);
    for (const p of made.problems) at(p.line, p.message);
    events.push(...made.events);
  }
  const lineOf = new Map(events.map((e) => [e.id, e.recordedAt?.line ?? 0]));
  for (const p of await problemsOf(events, stored)) {
    const lines = p.ids.map((id) => lineOf.get(id)).filter((l): l is number => l !== undefined);
    at(Math.min(...lines), p.message);
  }
  if (diagnostics.length) return { file, written: 0, replaced: 0, diagnostics: diagnostics.sort((a, b) => a.line - b.line) };
  if (options.dryRun) return { file, written: 0, replaced: 0, diagnostics };
  const now = new Date().toISOString();
  const records = events.map((event) => recordOf(event, stored, event.recordedAt?.line ?? null, now, 'table', null));
  const replaced = await withWriteTransaction(async (tx) => {
    await tx.run(TAKE_LOAD_LOCK);
    await refuseTakenKeys(tx, records, stored);
    const [gone] = (await tx.run(Q.DELETE_RECORDS_OF_FILE, { file: stored })).records;
    await tx.run(Q.CREATE_RECORDS, { records: records.map(recordProperties) });
    // The places of the records replaced and of the new ones.
    await bumpVersions(tx, [...((gone?.get('jurisdictions') as string[] | undefined) ?? []), ...records.map((r) => r.jurisdictionKey)]);
    return num(gone?.get('deleted'));
  });
  return { file, written: records.length, replaced, diagnostics };
}

/** A record as an editor types it: the same fields as a table row, by name. */
export interface SuccessionRecordInput {
  jurisdiction: string;
  /** Optional: the record's own number, unique in the jurisdiction. */
  id?: string | null;
  /** 更名 / 并入 / 拆分 / 职责划转 / 撤销 / 组建 (or renamed, merged_into …). */
  kind: string;
  from: string[];
  /** Each receiver, with the duties it took (none: all). */
  to: Array<{ agency: string; duties?: string[] | null }>;
  effective: string;
  title: string;
  issuer: string;
  sourceDate: string;
  docNumber?: string | null;
  docNumberNote?: string | null;
  overrides?: string[] | null;
  note?: string | null;
}

/** Records one local event an editor typed, audited in the same transaction. */
export async function recordSuccession(input: SuccessionRecordInput, audit: AuditEntry): Promise<SuccessionRecord> {
  const place = input.jurisdiction.trim();
  const found = await resolveJurisdiction(place);
  if (found.length === 0) throw unknownJurisdiction(place);
  if (found.length > 1) throw invalidSuccession([`辖区“${place}”不唯一：${found.map((j) => j.key).join('、')}，请写明所属市`]);
  const jurisdictionKey = found[0]!.key;
  const C = SUCCESSION_TABLE_COLUMNS;
  const cells: Record<string, string> = {
    [C.id]: input.id?.trim() || `editor-${Date.now().toString(36)}`,
    [C.kind]: input.kind,
    [C.from]: input.from.join('、'),
    [C.to]: input.to.map((t) => (t.duties?.length ? `${t.agency}：${t.duties.join('、')}` : t.agency)).join('；'),
    [C.effective]: input.effective,
    [C.title]: input.title,
    [C.issuer]: input.issuer,
    [C.sourceDate]: input.sourceDate,
    [C.docNumber]: input.docNumber ?? '',
    [C.docNumberNote]: input.docNumberNote ?? '',
    [C.overrides]: (input.overrides ?? []).join('、'),
    [C.note]: input.note ?? '',
  };
  const made = successionEventsFromTable([{ line: 0, cells }], jurisdictionKey, 'editor');
  if (made.problems.length) throw invalidSuccession(made.problems.map((p) => p.message.replace(/^第0行：/, '')));
  const { recordedAt: _table, ...event } = made.events[0]!;
  const problems = await problemsOf([event], null);
  if (problems.length) throw invalidSuccession(problems.map((p) => p.message));
  const record = recordOf(event, null, null, new Date().toISOString(), audit.actor, null);
  const auditKey = await withWriteTransaction(async (tx) => {
    await tx.run(TAKE_LOAD_LOCK);
    await refuseTakenKeys(tx, [record], null);
    await tx.run(Q.CREATE_RECORDS, { records: [recordProperties(record)] });
    await bumpVersions(tx, [jurisdictionKey]);
    const key = await appendAudit(tx, audit);
    await tx.run(Q.SET_AUDIT_KEY, { key: record.key, auditKey: key });
    return key;
  });
  return { ...record, auditKey };
}

/** The local records of these jurisdictions (null: all). */
export async function successionRecords(jurisdictionKeys: string[] | null): Promise<SuccessionRecord[]> {
  return (await readRows(Q.RECORDS, { jurisdictionKeys })).map(fromRow);
}

const cached = new VersionedCache<SuccessionEvent[]>(256);

/** The local events of these jurisdictions (null: all). `version`: the request's graph version, when it has read it. */
export async function localSuccessionEvents(jurisdictionKeys: string[] | null, version?: GraphVersion): Promise<SuccessionEvent[]> {
  // Kept per version of these jurisdictions: a record in another county keeps them.
  const at = await scopeVersion(jurisdictionKeys, version ?? (await graphVersion()));
  return cached.get(at, jurisdictionKeys?.join('\n') ?? '*', async () => (await successionRecords(jurisdictionKeys)).map((r) => r.event));
}

function recordOf(
  event: SuccessionEvent,
  file: string | null,
  line: number | null,
  recordedAt: string,
  recordedBy: string,
  auditKey: string | null,
): SuccessionRecord {
  const jurisdictionKey = event.scope.kind === 'local' ? event.scope.jurisdictionKey : '';
  return { key: successionRecordKey(jurisdictionKey, event.id), jurisdictionKey, event, file, line, recordedAt, recordedBy, auditKey };
}

function fromRow(r: Row): SuccessionRecord {
  return {
    key: str(r.key),
    jurisdictionKey: str(r.jurisdictionKey),
    event: JSON.parse(str(r.event)) as SuccessionEvent,
    file: strOrNull(r.file),
    line: r.line === null || r.line === undefined ? null : num(r.line),
    recordedAt: str(r.recordedAt),
    recordedBy: str(r.recordedBy),
    auditKey: strOrNull(r.auditKey),
  };
}

/**
 * The problems of `events` checked with the national pattern and the other records of their
 * jurisdictions (all but those of `replacing`, the file being loaded again): a contradiction
 * between two tables is found too. Only problems touching `events` are reported.
 */
async function problemsOf(
  events: readonly SuccessionEvent[],
  replacing: string | null,
): Promise<Array<{ ids: string[]; message: string }>> {
  if (events.length === 0) return [];
  const keys = [...new Set(events.map((e) => (e.scope.kind === 'local' ? e.scope.jurisdictionKey : '')))];
  const others = (await successionRecords(keys)).filter((r) => replacing === null || r.file !== replacing).map((r) => r.event);
  const mine = new Set(events.map((e) => e.id));
  return validateSuccession([...others, ...events], { national: NATIONAL_PATTERN_2018 })
    .map((p) => ({ ids: p.eventId.split('、').filter((id) => mine.has(id)), message: p.message }))
    .filter((p) => p.ids.length > 0);
}

/** Refused under the lock: a record key (jurisdiction + number) another file or editor already holds. */
async function refuseTakenKeys(tx: ManagedTransaction, records: readonly SuccessionRecord[], file: string | null): Promise<void> {
  const taken = (await tx.run(Q.TAKEN_KEYS, { keys: records.map((r) => r.key), file })).records.map((r) => str(r.get('key')));
  if (taken.length) throw invalidSuccession(taken.map((k) => `编号已被使用：${k.split('|').pop()}（同一辖区的机构沿革记录编号不能重复）`));
}
