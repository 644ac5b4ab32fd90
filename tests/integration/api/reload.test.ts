// Reloads are atomic for readers (issue 11, item 5). Neo4j reads are read-committed: one
// statement running while a load commits can see part of the old facts and part of the new.
// The evidence the ranking keeps per graph version is therefore read under the load lock
// (graph/version.ts atOneVersion), and while a forced reload of the seeds commits, every
// reader sees the graph before it or the graph after it, never a mixture.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AgencyEvidence, agencyEvidence, agencyJurisdictions } from '../../../graph/repositories/evidence.repository.js';
import { atOneVersion } from '../../../graph/version.js';
import { writeLoad } from '../../../graph/writer.js';
import { loadDocuments, type LoadRun } from '../../../loaders/load.js';
import { loadSeeds, seedFiles } from '../fixtures.js';
import { api } from './client.js';
import { fixedQuestions, readersDuringReload } from './reload-readers.js';

let run: LoadRun;
const reload = () => writeLoad(run.result, run.documents, { force: true });

beforeAll(async () => {
  await loadSeeds();
  await api();
  run = await loadDocuments(seedFiles());
}, 120_000);
afterAll(async () => (await api()).close());

/** The evidence as a fingerprint independent of the order Neo4j collects rows in (new node ids after a reload). */
function fingerprint(evidence: AgencyEvidence[]): string {
  const rows = evidence.flatMap((a) => a.rows.map((r) => `${a.agency.key}|${r.key}|${r.title}|${r.division}|${r.case}`)).sort();
  return `${rows.length}:${createHash('sha1').update(rows.join('\n')).digest('hex').slice(0, 12)}`;
}

describe('a forced reload under concurrent readers', () => {
  it('lets an evidence read see the graph before or after the reload, never part of each', async () => {
    const keys = await agencyJurisdictions();
    const read = async () => fingerprint((await atOneVersion(() => agencyEvidence(keys))).value);
    const before = await read();
    let stop = false;
    const seen: string[] = [];
    const readers = Array.from({ length: 4 }, async () => {
      while (!stop) seen.push(await read());
    });
    await reload();
    stop = true;
    await Promise.all(readers);
    const after = await read();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((f) => f !== before && f !== after)).toEqual([]);
  }, 120_000);

  it('gives 20 clients asking over HTTP the answer before or after the reload, never another', async () => {
    const { url } = await api();
    const counts = await readersDuringReload({ url: `${url}/graphql`, clients: 20, questions: fixedQuestions(), reload });
    console.log(`reload under 20 readers: ${JSON.stringify(counts)}`);
    expect(counts.answers).toBeGreaterThan(50);
    expect(counts.examples).toEqual([]);
    expect(counts.wrong).toBe(0);
  }, 120_000);
});
