// The query shapes that keep a county's reads independent of the country's size: agencies and
// matters of a jurisdiction found by the index on their jurisdictionKey (not by expanding the
// Jurisdiction node's :IN), and compareMatter scoring full-text candidates, not every title.
import { beforeAll, describe, expect, it } from 'vitest';
import { compareMatter as compareTitles } from '../../../graph/analyses/compare.js';
import * as analysesQ from '../../../graph/analyses/queries.js';
import { readMatters } from '../../../graph/analyses/repository.js';
import { compareMatter } from '../../../graph/analyses/service.js';
import { runOnce } from '../../../graph/driver.js';
import * as exportQ from '../../../graph/export/queries.js';
import * as agencyQ from '../../../graph/queries/agency.js';
import * as evidenceQ from '../../../graph/queries/evidence.js';
import * as matterQ from '../../../graph/queries/matter.js';
import { JURISDICTION_KEYED_LABELS } from '../../../graph/schema/indexes.js';
import { loadSeeds } from '../fixtures.js';

const ZX = '湖南省/衡阳市/蒸湘区';

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** Every operator of a plan with its details (what Neo4j shows in EXPLAIN). */
function operators(plan: PlanNode): string[] {
  return [`${plan.operatorType} ${String(plan.arguments.Details ?? '')}`, ...plan.children.flatMap(operators)];
}

async function explain(cypher: string, params: Record<string, unknown>): Promise<string[]> {
  const { summary } = await runOnce(`EXPLAIN ${cypher}`, params);
  return operators(summary.plan as unknown as PlanNode);
}

beforeAll(async () => {
  await loadSeeds();
}, 240_000);

describe('jurisdiction-keyed reads', () => {
  it('has an online range index on jurisdictionKey for agencies and matters', async () => {
    const { records } = await runOnce(
      "SHOW INDEXES YIELD type, state, labelsOrTypes, properties WHERE type = 'RANGE' AND properties = ['jurisdictionKey'] RETURN labelsOrTypes[0] AS label, state",
    );
    const online = records.filter((r) => r.get('state') === 'ONLINE').map((r) => r.get('label') as string);
    expect(online.sort()).toEqual([...JURISDICTION_KEYED_LABELS].sort());
  });

  const keys = [ZX];
  const cases: Array<[string, string, string, Record<string, unknown>]> = [
    ['AGENCY_EVIDENCE', evidenceQ.AGENCY_EVIDENCE, 'Agency', { jurisdictionKeys: keys, supersededLists: [], supersededDocs: [] }],
    ['PUBLISHED_LISTS', evidenceQ.PUBLISHED_LISTS, 'Agency', { jurisdictionKeys: keys }],
    ['LIST_AGENCIES_IN_JURISDICTIONS', agencyQ.LIST_AGENCIES_IN_JURISDICTIONS, 'Agency', { jurisdictionKeys: keys, name: null, limit: 10 }],
    ['AGENCY_NAMES_IN_JURISDICTIONS', agencyQ.AGENCY_NAMES_IN_JURISDICTIONS, 'Agency', { jurisdictionKeys: keys }],
    [
      'LIST_MATTERS_IN_JURISDICTIONS',
      matterQ.LIST_MATTERS_IN_JURISDICTIONS,
      'Matter',
      { jurisdictionKeys: keys, after: null, agency: null, text: null, limit: 10 },
    ],
    ['JURISDICTION_CORPUS', analysesQ.JURISDICTION_CORPUS, 'Agency', { key: ZX }],
    ['SHARED_MATTERS', analysesQ.SHARED_MATTERS, 'Matter', { key: ZX, agencyKeys: [] }],
    ['AGENCIES_IN_SCOPE', exportQ.AGENCIES_IN_SCOPE, 'Agency', { keys }],
    ['MATTERS_IN_SCOPE', exportQ.MATTERS_IN_SCOPE, 'Matter', { keys }],
    ['RESPONSIBILITIES_IN_SCOPE', exportQ.RESPONSIBILITIES_IN_SCOPE, 'Matter', { keys }],
    ['BASES_IN_SCOPE', exportQ.BASES_IN_SCOPE, 'Matter', { keys }],
    ['MATTER_BASES_IN_SCOPE', exportQ.MATTER_BASES_IN_SCOPE, 'Matter', { keys }],
  ];
  for (const [name, cypher, label, params] of cases) {
    it(`${name} seeks ${label} by jurisdictionKey and scans no label`, async () => {
      const plan = await explain(cypher, params);
      expect(
        plan.some((op) => op.startsWith('NodeIndexSeek') && op.includes(`:${label}(jurisdictionKey)`)),
        plan.join('\n'),
      ).toBe(true);
      expect(
        plan.filter((op) => op.startsWith('NodeByLabelScan') || op.startsWith('AllNodesScan')),
        plan.join('\n'),
      ).toEqual([]);
    });
  }
});

describe('compareMatter', () => {
  it('finds, among its full-text candidates, what scoring every matter title of the graph finds', async () => {
    const { records } = await runOnce('MATCH (m:Matter) RETURN m.key AS key, m.title AS title, m.jurisdictionKey AS jurisdictionKey');
    const all = records.map((r) => ({
      key: r.get('key') as string,
      title: r.get('title') as string,
      jurisdictionKey: r.get('jurisdictionKey') as string,
    }));
    for (const title of ['节能管理', '危险化学品监管', '专项资金分配', '出生人口性别比治理']) {
      const ranked = compareTitles(
        title,
        all.map((t) => ({ ...t, assignments: [] })),
        new Map(),
        { first: 20, minSimilarity: 0.5 },
      );
      const { matters, agencies } = await readMatters(ranked.map((r) => r.matter.key));
      const byKey = new Map(matters.map((m) => [m.key, m]));
      const expected = compareTitles(
        title,
        ranked.map((r) => byKey.get(r.matter.key) ?? { ...r.matter, jurisdictionKey: r.jurisdictionKey, assignments: [] }),
        agencies,
        { first: 20, minSimilarity: 0.5 },
      );
      const got = await compareMatter(title, 20, 0.5);
      expect(got.length, title).toBeGreaterThan(0);
      expect(got.map((m) => [m.matter.key, m.similarity, m.assignments.length])).toEqual(
        expected.map((m) => [m.matter.key, m.similarity, m.assignments.length]),
      );
    }
  });
});
