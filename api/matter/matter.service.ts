import * as repo from '../../graph/repositories/matter.repository.js';
import { jurisdictionKeys } from '../../graph/search/jurisdiction.js';
import { apiError } from '../errors.js';
import { pageSize } from '../guards.js';
import type { MatterConnection, Matter } from './matter.type.js';
import type { Responsibility } from './responsibility.type.js';

export interface MatterArgs {
  jurisdiction: string | null;
  agency: string | null;
  text: string | null;
  first: number | null;
  after: string | null;
}

/** Opaque cursor: the matter key, base64url. */
export const encodeCursor = (key: string): string => Buffer.from(key, 'utf8').toString('base64url');

function decodeCursor(cursor: string | null): string | null {
  if (cursor == null) return null;
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!key.includes('|')) {
    throw apiError('BAD_USER_INPUT', `无效的游标：${cursor}`, { argumentName: 'after' });
  }
  return key;
}

export async function matters(args: MatterArgs): Promise<MatterConnection> {
  const first = pageSize(args.first, 20);
  const after = decodeCursor(args.after);
  // One extra row tells whether another page follows.
  const rows = await repo.listMatters({
    jurisdictionKeys: await jurisdictionKeys(args.jurisdiction),
    agency: args.agency || null,
    text: args.text || null,
    after,
    limit: first + 1,
  });
  const page = rows.slice(0, first);
  return {
    edges: page.map((node) => ({ cursor: encodeCursor(node.key), node })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor(page.at(-1)!.key) : null },
    count: page.length,
  };
}

export const matter = (key: string): Promise<Matter | null> => repo.matterByKey(key);
export const responsibilities = (m: Matter): Promise<Responsibility[]> => repo.matterResponsibilities(m.key);
