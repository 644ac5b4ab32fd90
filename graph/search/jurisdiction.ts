// Resolves the `jurisdiction` argument (a county/district as written: 蒸湘区, 安化县,
// or with its city: 衡阳市蒸湘区) to the keys to search in.
import { resolveJurisdiction } from '../repositories/answer.repository.js';
import { memo } from './cache.js';

/** The user named a place the graph does not know. The API maps it to BAD_USER_INPUT. */
export class UnknownJurisdictionError extends Error {
  readonly code = 'BAD_USER_INPUT';
  constructor(readonly jurisdiction: string) {
    super(`未知的辖区：${jurisdiction}`);
    this.name = 'UnknownJurisdictionError';
  }
}

/** null (search everywhere) when no jurisdiction was given. */
export async function jurisdictionKeys(name: string | null | undefined): Promise<string[] | null> {
  if (name == null || name.trim() === '') return null;
  const found = await memo(`jurisdiction:${name.trim()}`, () => resolveJurisdiction(name), (f) => f.length > 0);
  if (found.length === 0) throw new UnknownJurisdictionError(name.trim());
  return [...new Set(found.flatMap((j) => j.keys))];
}
