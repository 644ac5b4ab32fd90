// Reads the regions (provinces, cities) the province/city overlap view aggregates.
import { readQuery } from '../driver.js';
import { str } from '../repositories/values.js';
import * as Q from './province-queries.js';

export interface RegionMatch {
  key: string;
  name: string;
  /** province | city | county */
  level: string;
  counties: Array<{ key: string; name: string }>;
}

export async function readRegions(name: string): Promise<RegionMatch[]> {
  const records = await readQuery(Q.REGION_COUNTIES, { name: name.trim() });
  return records.map((r) => ({
    key: str(r.get('key')),
    name: str(r.get('name')),
    level: str(r.get('level')),
    counties: (r.get('counties') as Array<Record<string, unknown>>).map((c) => ({ key: str(c.key), name: str(c.name) })),
  }));
}
