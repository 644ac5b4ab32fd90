// Recording and reading rulings. A ruling is written in ONE transaction that takes the load
// lock first, checks against what is committed, creates the ruling, bumps the graph version
// and appends its audit entry: readers (whose evidence is read under the same lock, at one
// graph version: graph/version.ts) see the graph before it or after it, never half of it.
import type { ManagedTransaction } from 'neo4j-driver';
import { matterKey as matterKeyOf, normaliseTitle } from '../../domain/matter-title.js';
import { appendAudit, type AuditEntry } from '../audit/audit.js';
import { withWriteTransaction } from '../driver.js';
import { invalidRuling, unknownJurisdiction, unresolvedAgencies } from '../errors.js';
import { TAKE_LOAD_LOCK } from '../queries/load.js';
import { readRows, type Row } from '../repositories/read.js';
import { resolveJurisdiction } from '../repositories/answer.repository.js';
import { str, strOrNull } from '../repositories/values.js';
import { resolveAgencyNamesToday } from '../search/agency-lookup.js';
import { bumpVersions } from '../version.js';
import * as Q from './queries.js';
import {
  checkAgencyNames,
  checkDecidedOn,
  checkDistinctAgencies,
  checkReference,
  checkText,
  compareRulings,
  currentOf,
  historyOf,
  RULING_LIMITS,
  type RulingAgency,
  rulingKey,
  type RulingOrder,
  type RulingRecord,
} from './ruling.js';

/** An agency as people type it (any alias or short form) and its division of work. */
export interface RulingAgencyInput {
  agency: string;
  division: string;
}

/** What a decision says, as staff type it. */
export interface RulingInput {
  /** A county/district as people write it (蒸湘区, 衡阳市蒸湘区). */
  jurisdiction: string;
  /** The matter's title (or its key); a title no list names creates the matter. */
  matter: string;
  lead: RulingAgencyInput;
  cooperating: RulingAgencyInput[];
  basis: string;
  decidedBy: string;
  decidedOn: string;
  reference: string;
}

/** A withdrawal: no ruling is in force for the matter afterwards. */
export interface RulingWithdrawalInput {
  jurisdiction: string;
  matter: string;
  /** The withdrawal's own reference number. */
  reference: string;
  decidedBy: string;
  decidedOn: string;
  /** Why it is withdrawn, on what basis. */
  basis: string;
}

/** Records a decision; it supersedes the ruling before it for the same matter. */
export async function recordRuling(input: RulingInput, audit: AuditEntry): Promise<RulingRecord> {
  const fields = {
    reference: checkReference(input.reference),
    basis: checkText('basis', '依据', input.basis),
    decidedBy: checkText('decidedBy', '决定机关', input.decidedBy, RULING_LIMITS.decidedBy),
    decidedOn: checkDecidedOn(input.decidedOn),
  };
  const cooperating = input.cooperating ?? [];
  checkAgencyNames(
    input.lead.agency,
    cooperating.map((c) => c.agency),
  );
  const divisions = [input.lead, ...cooperating].map((a) => checkText('division', '职责分工', a.division));
  const place = await placeOf(input.jurisdiction);
  // A name people type today (应急局) resolves to the agency that ceased into that body (graph/search/agency-lookup.ts).
  const resolved = await resolveAgencyNamesToday(
    [input.lead, ...cooperating].map((a) => a.agency.trim()),
    place.keys,
  );
  if (resolved.unknown.length || resolved.ambiguous.length) throw unresolvedAgencies(resolved.unknown, resolved.ambiguous);
  checkDistinctAgencies(resolved.keys);
  const agencies = resolved.keys.map((agencyKey, i) => ({ agencyKey, division: divisions[i]! }));
  return write(place.key, input.matter, { kind: 'decision', ...fields, agencies }, audit);
}

/** Records a withdrawal of the decision in force; refused when none is in force. */
export async function withdrawRuling(input: RulingWithdrawalInput, audit: AuditEntry): Promise<RulingRecord> {
  const fields = {
    reference: checkReference(input.reference),
    basis: checkText('basis', '撤销理由', input.basis),
    decidedBy: checkText('decidedBy', '决定机关', input.decidedBy, RULING_LIMITS.decidedBy),
    decidedOn: checkDecidedOn(input.decidedOn),
  };
  const place = await placeOf(input.jurisdiction);
  return write(place.key, input.matter, { kind: 'withdrawal', ...fields, agencies: [] }, audit);
}

/** Every ruling of these matters, newest first, each marked whether it is in force. */
export async function rulingsForMatters(matterKeys: string[]): Promise<RulingRecord[]> {
  if (matterKeys.length === 0) return [];
  return withHistory(await readRows(Q.RULINGS, { matterKeys, jurisdictionKeys: null }));
}

/** The rulings recorded in a jurisdiction (as people type it), of one matter (title or key) when given. */
export async function rulingsIn(jurisdiction: string, matter?: string | null): Promise<RulingRecord[]> {
  const place = await placeOf(jurisdiction);
  const matterKeys = matter?.trim() ? [matterKeyIn(place.key, matter)] : null;
  return withHistory(await readRows(Q.RULINGS, { matterKeys, jurisdictionKeys: place.keys }));
}

/** Rulings of the jurisdictions `keys` (the evidence of their answers: graph/repositories/evidence.repository.ts). */
export async function rulingsOfJurisdictions(jurisdictionKeys: string[]): Promise<RulingRecord[]> {
  return withHistory(await readRows(Q.RULINGS, { matterKeys: null, jurisdictionKeys }));
}

interface Draft {
  kind: RulingRecord['kind'];
  reference: string;
  basis: string;
  decidedBy: string;
  decidedOn: string;
  /** The lead first, then the cooperating agencies. */
  agencies: Array<{ agencyKey: string; division: string }>;
}

/** One place, exactly: a ruling is recorded in one jurisdiction. */
async function placeOf(jurisdiction: string): Promise<{ key: string; keys: string[] }> {
  const name = checkText('jurisdiction', '辖区', jurisdiction, RULING_LIMITS.decidedBy);
  const found = await resolveJurisdiction(name);
  if (found.length === 0) throw unknownJurisdiction(name);
  if (found.length > 1) throw invalidRuling('jurisdiction', `辖区“${name}”不唯一：${found.map((j) => j.key).join('、')}，请写明所属市`);
  return { key: found[0]!.key, keys: found[0]!.keys };
}

/** A matter given by key (湖南省/衡阳市/蒸湘区|出生人口性别比治理) or by title, as this jurisdiction's Matter key. */
function matterKeyIn(jurisdictionKey: string, matter: string): string {
  const text = checkText('matter', '管理事项', matter, RULING_LIMITS.decidedBy);
  if (text.includes('|')) {
    if (!text.startsWith(`${jurisdictionKey}|`)) throw invalidRuling('matter', `管理事项不属于该辖区：${text}`);
    return text;
  }
  if (normaliseTitle(text) === '') throw invalidRuling('matter', '管理事项不能为空');
  return matterKeyOf(jurisdictionKey, text);
}

async function write(jurisdictionKey: string, matter: string, draft: Draft, audit: AuditEntry): Promise<RulingRecord> {
  const key = rulingKey(jurisdictionKey, draft.reference);
  const matterKey = matterKeyIn(jurisdictionKey, matter);
  await withWriteTransaction(async (tx) => {
    await tx.run(TAKE_LOAD_LOCK);
    // Stamped under the lock: writers are serialised by it, so recordedAt follows the commit order.
    const recordedAt = new Date().toISOString();
    // Checked under the lock, against what is committed: the reference, the place, the agencies.
    if (await rows(tx, Q.RULING_KEY_TAKEN, { key })) {
      throw invalidRuling('reference', `文号已被使用：${draft.reference}（同一辖区的协调意见文号不能重复）`);
    }
    if (!(await rows(tx, Q.JURISDICTION_EXISTS, { jurisdictionKey }))) throw unknownJurisdiction(jurisdictionKey);
    const agencyKeys = draft.agencies.map((a) => a.agencyKey);
    const present = new Set((await tx.run(Q.AGENCIES_EXIST, { agencyKeys })).records.map((r) => str(r.get('key'))));
    const missing = agencyKeys.filter((k) => !present.has(k));
    if (missing.length) throw unresolvedAgencies(missing.map((k) => k.split('|').pop() ?? k));
    const existing = (await tx.run(Q.RULINGS_OF_MATTER, { matterKey })).records.map((r) => ({
      key: str(r.get('key')),
      kind: str(r.get('kind')),
      decidedOn: str(r.get('decidedOn')),
      recordedAt: str(r.get('recordedAt')),
    }));
    const mine: RulingOrder = { key, decidedOn: draft.decidedOn, recordedAt };
    const inForce = currentOf(existing);
    if (draft.kind === 'withdrawal') {
      if (inForce?.kind !== 'decision') throw invalidRuling('matter', `该管理事项没有现行有效的协调意见，无需撤销：${matter.trim()}`);
      if (compareRulings(mine, inForce) < 0) {
        throw invalidRuling('decidedOn', `撤销日期早于现行协调意见（${inForce.decidedOn}）`);
      }
    }
    if (!(await rows(tx, Q.MATTER_BY_KEY, { matterKey }))) {
      if (draft.kind === 'withdrawal' || matter.includes('|')) throw invalidRuling('matter', `未找到管理事项：${matter.trim()}`);
      await tx.run(Q.CREATE_RULED_MATTER, { jurisdictionKey, matterKey, title: matter.trim(), rulingKey: key });
    }
    // It replaces the latest ruling before it (a decision dated earlier than the one in force only joins the history).
    const before = existing.filter((r) => compareRulings(r, mine) < 0);
    const supersedes = currentOf(before)?.key ?? null;
    await tx.run(Q.CREATE_RULING, {
      key,
      reference: draft.reference,
      kind: draft.kind,
      jurisdictionKey,
      matterKey,
      basis: draft.basis,
      decidedBy: draft.decidedBy,
      decidedOn: draft.decidedOn,
      recordedAt,
      recordedBy: audit.actor,
      supersedes,
    });
    if (draft.agencies.length) await tx.run(Q.CREATE_RULING_AGENCIES, { key, agencies: draft.agencies });
    await bumpVersions(tx, [jurisdictionKey]);
    const auditKey = await appendAudit(tx, audit);
    await tx.run(Q.SET_AUDIT_KEY, { key, auditKey });
  });
  const [written] = (await rulingsForMatters([matterKey])).filter((r) => r.key === key);
  if (!written) throw invalidRuling('reference', `协调意见未能写入：${draft.reference}`);
  return written;
}

async function rows(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<number> {
  return (await tx.run(cypher, params)).records.length;
}

function agencyOf(v: unknown): RulingAgency | null {
  if (!v || typeof v !== 'object') return null;
  const a = v as Row;
  return { agencyKey: str(a.agencyKey), name: str(a.name), division: str(a.division) };
}

/** Rows of Q.RULINGS as records, `current` decided per matter (ruling.ts), newest first. */
function withHistory(found: Row[]): RulingRecord[] {
  const byMatter = new Map<string, RulingRecord[]>();
  for (const r of found) {
    const record: RulingRecord = {
      key: str(r.key),
      reference: str(r.reference),
      kind: r.kind === 'withdrawal' ? 'withdrawal' : 'decision',
      jurisdictionKey: str(r.jurisdictionKey),
      matterKey: str(r.matterKey),
      matterTitle: str(r.matterTitle),
      lead: agencyOf(r.lead),
      cooperating: (Array.isArray(r.cooperating) ? r.cooperating : []).map(agencyOf).filter((a): a is RulingAgency => a !== null),
      basis: str(r.basis),
      decidedBy: str(r.decidedBy),
      decidedOn: str(r.decidedOn),
      recordedAt: str(r.recordedAt),
      recordedBy: str(r.recordedBy),
      current: false,
      supersedes: strOrNull(r.supersedes),
    };
    byMatter.set(record.matterKey, [...(byMatter.get(record.matterKey) ?? []), record]);
  }
  return [...byMatter.values()].flatMap((history) => historyOf(history)).sort((a, b) => compareRulings(b, a));
}
