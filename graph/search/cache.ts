// A short-lived memo for what every question needs and only a load changes: the
// jurisdiction keys a name resolves to and the agency names of a jurisdiction. It saves
// two of the three queries of a whoHandles request. Entries live CACHE_TTL_MS; a load in
// this process clears them (graph/writer.ts), a load in another process is seen within
// the TTL. Unknown jurisdictions are never cached, so a newly loaded place is found at once.

export const CACHE_TTL_MS = 60_000;

const entries = new Map<string, { value: unknown; expires: number }>();

export async function memo<T>(key: string, load: () => Promise<T>, keep: (value: T) => boolean = () => true): Promise<T> {
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && hit.expires > now) return hit.value as T;
  const value = await load();
  if (keep(value)) entries.set(key, { value, expires: now + CACHE_TTL_MS });
  return value;
}

export function clearSearchCache(): void {
  entries.clear();
}
