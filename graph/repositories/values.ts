// Coercions from driver values to plain domain values. The driver's integer policy is
// chosen once in graph/driver.ts; these accept either a number or a neo4j Integer.

export function num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && 'toNumber' in v && typeof v.toNumber === 'function') return v.toNumber() as number;
  return Number(v ?? 0);
}

export function str(v: unknown): string {
  return typeof v === 'string' ? v : v == null ? '' : String(v);
}

export function strOrNull(v: unknown): string | null {
  return v == null ? null : str(v);
}

export function strs(v: unknown): string[] {
  return Array.isArray(v) ? v.map(str) : [];
}
