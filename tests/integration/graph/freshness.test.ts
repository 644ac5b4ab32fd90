// One freshness rule (graph/version.ts): what this process derived from the graph (agency
// names for search, matter titles for compareMatter, analyses) is good for one graph
// version, and a load from ANOTHER process bumps it. So the next request here sees that
// load, with no TTL and no hook into this process's caches.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareMatter, overlaps } from '../../../graph/analyses/service.js';
import { jurisdictionKeys } from '../../../graph/search/jurisdiction.js';
import { agencyJurisdictions } from '../../../graph/repositories/evidence.repository.js';
import { evidenceIndex, prepareTerms } from '../../../graph/search/route.js';
import { graphVersion } from '../../../graph/version.js';
import { SAMPLE_LIST, exportTxt, type FixtureList } from '../../unit/loaders/read/fixture-files.js';
import { loadWithCli } from '../../support/load-cli.js';
import { uniqueTag } from '../fixtures.js';

const dir = mkdtempSync(path.join(tmpdir(), 'jurisgraph-freshness-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A county name of Han characters only (list titles are read by their place prefix). */
const hanCounty = (tag: string): string => `测${[...tag.slice(-6)].map((c) => String.fromCharCode(0x4e00 + c.charCodeAt(0))).join('')}区`;

/** `npm run load` in a child process: a writer this process knows nothing about. */
function loadElsewhere(list: FixtureList, county: string, name: string): void {
  const file = path.join(dir, `${name}.txt`);
  writeFileSync(file, exportTxt(list));
  const run = loadWithCli(file, county);
  expect(run.status, run.stderr).toBe(0);
}

const renamed = (list: FixtureList, title: string, from: string, to: string): FixtureList => ({
  ...list,
  title,
  tables: list.tables.map((t) => ({ ...t, rows: t.rows.map((r) => r.map((c) => (c === from ? to : c))) })),
});

describe('a load from another process', () => {
  it('is seen by the next request here: agency names, matter titles and analyses', async () => {
    const tag = uniqueTag('fresh');
    const county = hanCounty(tag);
    const matter = `冰川融水${county}观测`;
    loadElsewhere(renamed(SAMPLE_LIST, `${county}发展和改革局责任清单`, '经济运行调节', '经济运行调节'), county, `a-${tag}`);

    // Fill every cache of this process for the county.
    const before = await graphVersion();
    const question = '冰川观测局管不管冰川融水观测？';
    const mentioned = async (version: number) => {
      const index = await evidenceIndex(await jurisdictionKeys(county, version), version, agencyJurisdictions);
      return [...(prepareTerms(question, index.mentionable)?.mentioned ?? [])];
    };
    expect(await mentioned(before)).toEqual([]);
    expect((await compareMatter(matter)).map((m) => m.matter.title)).not.toContain(matter);
    const findingsBefore = await overlaps({ jurisdiction: county, kind: null, first: 100, minScore: 0, after: null });

    loadElsewhere(renamed(SAMPLE_LIST, `${county}冰川观测局责任清单`, '经济运行调节', matter), county, `b-${tag}`);

    const after = await graphVersion();
    expect(after).toBeGreaterThan(before);
    expect(await mentioned(after)).toEqual([expect.stringContaining('冰川观测局')]);
    expect((await compareMatter(matter)).map((m) => m.matter.title)).toContain(matter);
    // The second list shares 公路建设项目申报 with the first: the analysis is computed anew.
    const findingsAfter = await overlaps({ jurisdiction: county, kind: null, first: 100, minScore: 0, after: null });
    expect(findingsAfter).not.toEqual(findingsBefore);
  });
});
