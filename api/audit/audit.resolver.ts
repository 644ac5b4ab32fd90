// The audit log, read-only: there is no mutation that edits or deletes an entry.
// Listing it needs a token (editor or reader): entries name client addresses and who
// wrote what, which is for the office's staff, not for anyone on the internet, while a
// reader token lets a supervisor review writes without being able to make any.
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { requireToken } from '../auth/editor.js';
import { pageFactor } from '../guards.js';
import { AuditEntry } from './audit.type.js';
import * as service from './audit.service.js';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => [AuditEntry], {
    description: '审计日志：每一次被接受的写入，最新的在前。需要令牌（编辑或只读）',
    complexity: ({ args, childComplexity }) => pageFactor(args, 50) * childComplexity,
  })
  async auditLog(
    @Ctx() context: ApiContext,
    @Arg('first', () => Int, { nullable: true, description: 'Default 50, max 100' }) first: number | null,
    @Arg('before', () => Int, { nullable: true, description: '上一页最后一条的 seq' }) before: number | null,
  ): Promise<AuditEntry[]> {
    await requireToken(context);
    return service.auditLog(first, before);
  }
}
