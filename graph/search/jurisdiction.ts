// Resolves the `jurisdiction` argument (a county/district as written: 蒸湘区, 安化县,
// or with its city: 衡阳市蒸湘区) to the keys to search in.
import { unknownJurisdiction } from '../errors.js';
import { resolveJurisdiction, type ResolvedJurisdiction } from '../repositories/answer.repository.js';
import { type GraphVersion, graphVersion, VersionedCache } from '../version.js';

// Unknown names are not kept, so a newly loaded place is found at once.
const resolved = new VersionedCache<ResolvedJurisdiction[]>();

/** null (search everywhere) when no jurisdiction was given. `version`: the request's, when it has read it. */
export async function jurisdictionKeys(name: string | null | undefined, version?: GraphVersion): Promise<string[] | null> {
  if (name == null || name.trim() === '') return null;
  const at = version ?? (await graphVersion());
  const found = await resolved.get(
    at,
    name.trim(),
    () => resolveJurisdiction(name),
    (f) => f.length > 0,
  );
  if (found.length === 0) throw unknownJurisdiction(name.trim());
  return [...new Set(found.flatMap((j) => j.keys))];
}
