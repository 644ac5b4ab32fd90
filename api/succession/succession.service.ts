// Local succession records for the API: graph/succession's records shown as GraphQL objects.
import path from 'node:path';
import { describeEvent } from '../../domain/succession/describe.js';
import type { AuditEntry } from '../../graph/audit/audit.js';
import type { SuccessionRecord as Stored } from '../../graph/succession/record.js';
import * as succession from '../../graph/succession/repository.js';
import { resolveJurisdiction } from '../../graph/repositories/answer.repository.js';
import { unknownJurisdiction } from '../../graph/errors.js';
import type { SuccessionRecordInput } from './succession.input.js';
import type { SuccessionRecord } from './succession-record.type.js';

export async function recordSuccession(input: SuccessionRecordInput, audit: AuditEntry): Promise<SuccessionRecord> {
  return view(
    await succession.recordSuccession({ ...input, to: input.to.map((t) => ({ agency: t.agency, duties: t.duties ?? null })) }, audit),
  );
}

export async function listSuccessionRecords(jurisdiction: string): Promise<SuccessionRecord[]> {
  const found = await resolveJurisdiction(jurisdiction);
  if (found.length === 0) throw unknownJurisdiction(jurisdiction);
  return (await succession.successionRecords(found.flatMap((j) => j.keys))).map(view);
}

function view(r: Stored): SuccessionRecord {
  const e = r.event;
  return {
    key: r.key,
    id: e.id,
    jurisdictionKey: r.jurisdictionKey,
    kind: e.kind,
    from: e.from.map((f) => f.name),
    to: e.to.map((t) => (t.duties === 'all' ? t.to.name : `${t.to.name}（${t.duties.join('、')}）`)),
    effective: e.effective,
    sources: e.sources.map((s) => ({ title: s.title, docNumber: s.docNumber, issuer: s.issuer, date: s.date })),
    description: describeEvent(e),
    // The file's name only: the server's paths are not shown (like every Source).
    file: r.file ? path.basename(r.file) : null,
    line: r.line,
    recordedAt: r.recordedAt,
    recordedBy: r.recordedBy,
  };
}
