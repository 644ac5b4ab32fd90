// The gate of every write (rulings, uploads, unloading): `const actor = await requireEditor(ctx)`
// first, then the write with `auditEntryFor(ctx, actor, …)` appended in its own transaction.
// A refusal throws before anything is written, and is logged (with the request id and the
// address) but not put in the graph: a refused write writes nothing, not even a log entry.
import type { GraphQLError } from 'graphql';
import type { AuditEntry } from '../../graph/audit/audit.js';
import type { ApiContext } from '../context.js';
import { apiError } from '../errors.js';
import { logger } from '../logger.js';
import type { Actor } from './actor.js';
import { authBlocked, takeAuthFailure, takeWrite } from './rate-limits.js';

export const REFUSALS = {
  crossSite: '跨站请求不能写入',
  noToken: '写入需要编辑令牌：请在 Authorization 头中发送 Bearer 令牌',
  invalidToken: '令牌无效或已被吊销',
  notEditor: '此令牌没有编辑权限，不能写入',
  tooManyFailures: '身份验证失败次数过多，请稍后再试',
  tooManyWrites: '写入过于频繁，请稍后再试',
  noTokenToRead: '查看审计日志需要令牌：请在 Authorization 头中发送 Bearer 令牌',
} as const;

type Refusal = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'RATE_LIMITED';
type Refuse = (code: Refusal, message: string, extra?: Record<string, unknown>) => GraphQLError;

/** A refusal, logged with the request id (the logger's mixin), the address and the token's name. */
function refusals(context: ApiContext, what: string): Refuse {
  const { address, credentials } = context;
  return (code, message, extra = {}) => {
    logger.warn(
      { code, address, actor: credentials.kind === 'token' ? credentials.actor.name : null, ...extra },
      `${what}被拒绝：${message}`,
    );
    return apiError(code, message, extra);
  };
}

/**
 * The actor of a known token. An unknown one counts as a failed authentication of the
 * address; past the limit the address waits, whatever token it sends next.
 */
async function knownActor(context: ApiContext, refuse: Refuse, noToken: string): Promise<Actor> {
  const { address, credentials } = context;
  const blocked = await authBlocked(address);
  if (blocked !== undefined) throw refuse('RATE_LIMITED', REFUSALS.tooManyFailures, { retryAfter: blocked });
  if (credentials.kind === 'none') throw refuse('UNAUTHENTICATED', noToken);
  if (credentials.kind === 'invalid') {
    const wait = await takeAuthFailure(address);
    if (wait !== undefined) throw refuse('RATE_LIMITED', REFUSALS.tooManyFailures, { retryAfter: wait });
    throw refuse('UNAUTHENTICATED', REFUSALS.invalidToken);
  }
  return credentials.actor;
}

/** The editor making this write; throws UNAUTHENTICATED, FORBIDDEN or RATE_LIMITED otherwise. */
export async function requireEditor(context: ApiContext): Promise<Actor> {
  const refuse = refusals(context, '写入');
  if (context.crossSite) throw refuse('FORBIDDEN', REFUSALS.crossSite);
  const actor = await knownActor(context, refuse, REFUSALS.noToken);
  if (actor.role !== 'editor') throw refuse('FORBIDDEN', REFUSALS.notEditor);
  const wait = await takeWrite(actor.name);
  if (wait !== undefined) throw refuse('RATE_LIMITED', REFUSALS.tooManyWrites, { retryAfter: wait });
  return actor;
}

/**
 * Any valid token, editor or reader (the audit log: it names client addresses and who
 * wrote what, which is for the office's own staff, not the open internet).
 */
export function requireToken(context: ApiContext): Promise<Actor> {
  return knownActor(context, refusals(context, '查看审计日志'), REFUSALS.noTokenToRead);
}

/** The audit entry of a write `actor` makes in this request. */
export function auditEntryFor(context: ApiContext, actor: Actor, what: { action: string; target: string; summary: string }): AuditEntry {
  return {
    actor: actor.name,
    role: actor.role,
    action: what.action,
    target: what.target,
    address: context.address,
    requestId: context.requestId,
    summary: what.summary,
  };
}
