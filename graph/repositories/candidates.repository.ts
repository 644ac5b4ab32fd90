// The jurisdictions whose lists match a full-text query best (graph/queries/candidates.ts).
import * as Q from '../queries/candidates.js';
import { FULLTEXT } from '../schema/indexes.js';
import { readRows } from './read.js';
import { num, str } from './values.js';

export interface CandidateJurisdiction {
  key: string;
  /** Per index, its best hit as a share of the index's best, summed over the indexes (queries/candidates.ts). */
  score: number;
  hits: number;
}

/** At most `limit` jurisdictions, best first, from each index's top `hitsPerIndex` hits for the Lucene query `q`. */
export async function candidateJurisdictions(q: string, hitsPerIndex: number, limit: number): Promise<CandidateJurisdiction[]> {
  const rows = await readRows(Q.CANDIDATE_JURISDICTIONS, {
    q,
    hits: hitsPerIndex,
    limit,
    matterIndex: FULLTEXT.matterTitle,
    responsibilityIndex: FULLTEXT.responsibilityText,
    dutyIndex: FULLTEXT.dutyText,
    serviceIndex: FULLTEXT.serviceText,
    agencyIndex: FULLTEXT.agencyText,
  });
  return rows.map((r) => ({ key: str(r.key), score: Number(r.score), hits: num(r.hits) }));
}
