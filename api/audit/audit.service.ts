import { type AuditRecord, listAudit } from '../../graph/audit/audit.js';
import { apiError } from '../errors.js';
import { pageSize } from '../guards.js';

/** Newest first; `before` is the seq of the last entry of the previous page. */
export function auditLog(first: number | null | undefined, before: number | null | undefined): Promise<AuditRecord[]> {
  if (before != null && (!Number.isInteger(before) || before < 1)) {
    throw apiError('BAD_USER_INPUT', `参数 before 应为正整数（上一页最后一条的 seq），收到 ${before}`, { argumentName: 'before' });
  }
  return listAudit(pageSize(first, 50), before ?? null);
}
