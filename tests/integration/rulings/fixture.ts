// A private copy of the seed lists that contradict each other on 出生人口性别比治理 (蒸湘区:
// the 卫生局 list and the 人口计生局 list both name themselves lead), in a jurisdiction of its
// own: the rulings tests record, reload and unload it without touching the real 蒸湘区 that
// other test files ask about at the same time. The rows are the seed's own, as the loader
// reads them; only the place is renamed.
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Jurisdiction } from '../../../domain/jurisdiction.js';
import { jurisdictionKey } from '../../../domain/jurisdiction.js';
import { normaliseTitle } from '../../../domain/matter-title.js';
import type { LoadResult } from '../../../domain/records.js';
import { removeDocuments, writeLoad } from '../../../graph/writer.js';
import { loadDocuments, type LoadRun } from '../../../loaders/load.js';
import { seedsDir } from '../fixtures.js';

/** The seed whose two lists contradict each other on the matter below. */
export const CONTRADICTED_SEED = '004_de25f4f62373e26f.txt';
export const RULED_MATTER = '出生人口性别比治理';

export interface PrivateCounty {
  /** The county as people type it. */
  county: string;
  jurisdictionKey: string;
  file: string;
  run: LoadRun;
  load: (force?: boolean) => Promise<unknown>;
  unload: () => Promise<number>;
}

/** The seed's departments holding RULED_MATTER, moved to 测试省<tag>/测试市<tag>/规测<tag>区. */
export async function privateCounty(tag: string): Promise<PrivateCounty> {
  const dir = await mkdtemp(path.join(tmpdir(), `jurisgraph-rulings-${tag}-`));
  // Not the seed's name: tests that count the five seeds by file name (00N_…) must not count this copy.
  const file = path.join(dir, `rulings-${tag}.txt`);
  await copyFile(path.join(seedsDir, CONTRADICTED_SEED), file);
  const read = await loadDocuments([file]);
  const place: Jurisdiction = { province: `测试省${tag}`, city: `测试市${tag}`, county: `规测${tag}区` };
  const from = read.result.departments.find((d) => d.boundaryMatters.some((m) => normaliseTitle(m.title) === RULED_MATTER));
  if (!from) throw new Error(`${CONTRADICTED_SEED} no longer holds ${RULED_MATTER}`);
  const original = jurisdictionKey(from.jurisdiction);
  const result: LoadResult = {
    ...read.result,
    departments: read.result.departments
      .filter((d) => jurisdictionKey(d.jurisdiction) === original)
      .filter((d) => d.boundaryMatters.some((m) => normaliseTitle(m.title) === RULED_MATTER))
      .map((d) => ({ ...d, jurisdiction: place })),
    agencyMerges: read.result.agencyMerges
      .filter((m) => jurisdictionKey(m.jurisdiction) === original)
      .map((m) => ({ ...m, jurisdiction: place })),
  };
  const run: LoadRun = { ...read, result };
  return {
    county: place.county!,
    jurisdictionKey: jurisdictionKey(place),
    file,
    run,
    load: (force = false) => writeLoad(run.result, run.documents, { force }),
    unload: () => removeDocuments([file]),
  };
}
