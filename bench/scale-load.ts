// How the growth-curve bench (bench/scale.ts) writes a country: the load step, one function
// so that the bench can switch to the country loader of issue 15 item 3 (streaming, files
// atomic) by replacing `loadCountyByCounty` alone; and the bare UNWIND baseline of the same
// rows (graph/load/bare.ts, as bench/load.ts uses it), which the load's rows/s is divided by.
import { bareInsert } from '../graph/load/bare.js';
import { type DocumentRows, mergeRows, rowCount } from '../graph/load/rows.js';
import { planDocuments, writeLoad } from '../graph/writer.js';
import { loadDocuments } from '../loaders/load.js';

export interface CountyFiles {
  /** "province/city/county", for messages. */
  county: string;
  paths: string[];
}

/** Writes every county's files into the connected graph; resolves to the rows written. */
export type LoadStep = (counties: CountyFiles[], progress: (line: string) => void) => Promise<number>;

const progressEvery = (done: number, total: number): boolean => done % 10 === 0 || done === total;

/** Today's load: one loadDocuments + writeLoad per county, so each transaction holds one county's rows. */
export const loadCountyByCounty: LoadStep = async (counties, progress) => {
  let rows = 0;
  for (const [i, county] of counties.entries()) {
    const run = await loadDocuments(county.paths);
    rows += (await writeLoad(run.result, run.documents)).rowsWritten;
    if (progressEvery(i + 1, counties.length)) progress(`  ${i + 1}/${counties.length} counties, ${rows} rows`);
  }
  return rows;
};

/** The rows the writer would write for these files (parsed and planned, no database). */
export async function plannedRows(paths: string[]): Promise<DocumentRows> {
  const run = await loadDocuments(paths);
  return mergeRows(planDocuments(run.result, run.documents).map((p) => p.rows));
}

/** Keys of a county's bare rows start here: far above the few thousand rows of the counties before it. */
const ORDINALS_PER_COUNTY = 1_000_000;

/**
 * The same rows inserted by bare UNWIND batches, county by county (each county one
 * transaction, as the load step writes it) into a graph that grows as the load's does.
 * Only the inserts are timed: parsing and planning are not part of the baseline.
 */
export async function bareInsertCountry(
  counties: CountyFiles[],
  progress: (line: string) => void,
): Promise<{ rows: number; seconds: number }> {
  let rows = 0;
  let ms = 0;
  for (const [i, county] of counties.entries()) {
    const planned = await plannedRows(county.paths);
    const t0 = performance.now();
    await bareInsert(planned, 500, i * ORDINALS_PER_COUNTY);
    ms += performance.now() - t0;
    rows += rowCount(planned);
    if (progressEvery(i + 1, counties.length)) progress(`  bare: ${i + 1}/${counties.length} counties, ${rows} rows`);
  }
  return { rows, seconds: ms / 1000 };
}
