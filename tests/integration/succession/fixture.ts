// A private copy of 蒸湘区's lists (seed 004) in a county of its own: the succession tests load
// local records there without changing the answers other test files get for the real 蒸湘区.
// The rows are the seed's own, as the loader reads them; only the place is renamed. Agencies
// the seed writes with a level prefix only (区食品药品监督管理局) read the same in any county.
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Jurisdiction } from '../../../domain/jurisdiction.js';
import { jurisdictionKey } from '../../../domain/jurisdiction.js';
import type { LoadResult } from '../../../domain/records.js';
import { writeLoad } from '../../../graph/writer.js';
import { loadDocuments } from '../../../loaders/load.js';
import { seedsDir } from '../fixtures.js';

export const ZHENGXIANG_SEED = '004_de25f4f62373e26f.txt';

export interface SuccessionCounty {
  county: string;
  jurisdictionKey: string;
  dir: string;
}

/** 蒸湘区's departments of seed 004, moved to 测试省<tag>/测试市<tag>/沿革<tag>区 and loaded. */
export async function successionCounty(tag: string): Promise<SuccessionCounty> {
  const dir = await mkdtemp(path.join(tmpdir(), `jurisgraph-succession-${tag}-`));
  // Not the seed's name: tests that count the five seeds by file name (00N_…) must not count this copy.
  const file = path.join(dir, `succession-${tag}.txt`);
  await copyFile(path.join(seedsDir, ZHENGXIANG_SEED), file);
  const read = await loadDocuments([file]);
  const place: Jurisdiction = { province: `测试省${tag}`, city: `测试市${tag}`, county: `沿革${tag}区` };
  const isZhengxiang = (j: Jurisdiction) => j.county === '蒸湘区';
  const result: LoadResult = {
    ...read.result,
    departments: read.result.departments.filter((d) => isZhengxiang(d.jurisdiction)).map((d) => ({ ...d, jurisdiction: place })),
    agencyMerges: read.result.agencyMerges.filter((m) => isZhengxiang(m.jurisdiction)).map((m) => ({ ...m, jurisdiction: place })),
  };
  await writeLoad(result, read.documents);
  return { county: place.county!, jurisdictionKey: jurisdictionKey(place), dir };
}

/** Writes a succession table (CSV, header first) into the county's directory. */
export async function successionTable(dir: string, name: string, rows: string[][]): Promise<string> {
  const file = path.join(dir, name);
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  await writeFile(file, `${rows.map((r) => r.map(quote).join(',')).join('\n')}\n`);
  return file;
}
