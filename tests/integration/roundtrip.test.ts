// The first contract with the real Neo4j: what we write we read back, through READ and
// WRITE sessions, and the cjk full-text index finds a Chinese phrase inside a sentence.
import { describe, expect, inject, it } from 'vitest';
import { readQuery, runOnce, withWriteTransaction, writeQuery } from '../../graph/driver.js';
import { GraphError } from '../../graph/errors.js';
import { FULLTEXT, FULLTEXT_INDEXES, KEYED_LABELS } from '../../graph/schema/indexes.js';
import { ensureSchema } from '../../graph/schema/bootstrap.js';
import { uniqueTag } from './fixtures.js';

describe('round trip through the real Neo4j', () => {
  it('runs against a live Neo4j 5', async () => {
    const { version } = inject('neo4j');
    const [row] = await readQuery('CALL dbms.components() YIELD versions RETURN versions[0] AS v');
    expect(row!.get('v')).toBe(version);
    expect(version).toMatch(/^5\./);
  });

  it('reads back nodes and relationships it wrote, integers as plain numbers', async () => {
    const tag = uniqueTag('rt');
    const matterKey = `往返县${tag}|河道采砂管理`;
    await withWriteTransaction(async (tx) => {
      await tx.run(
        `CREATE (m:Matter {key: $matterKey, title: '河道采砂管理', seq: 7})
         CREATE (r:Responsibility {key: $respKey, division: '负责河道采砂的许可和监督检查', docKey: $docKey, line: 12, endLine: 13})
         CREATE (r)-[:FOR]->(m)`,
        { matterKey, respKey: `${matterKey}#1`, docKey: `doc-${tag}` },
      );
    });
    const rows = await readQuery(
      `MATCH (r:Responsibility)-[:FOR]->(m:Matter {key: $matterKey})
       RETURN m.title AS title, m.seq AS seq, r.division AS division, r.line AS line`,
      { matterKey },
    );
    expect(rows.map((r) => r.toObject())).toEqual([{ title: '河道采砂管理', seq: 7, division: '负责河道采砂的许可和监督检查', line: 12 }]);
  });

  it('finds a Chinese phrase inside longer text through the cjk full-text index', async () => {
    const tag = uniqueTag('rt');
    const marker = `核查${tag}`;
    await writeQuery(`CREATE (:Responsibility {key: $key, division: $division, case: '某人夜间在河道采砂，被依法查处', docKey: $docKey})`, {
      key: `ft-${tag}`,
      division: `负责河道采砂的许可和监督检查（${marker}）`,
      docKey: `doc-${tag}`,
    });
    // Full-text indexes are eventually consistent: poll briefly until the new node shows up.
    const find = (q: string) =>
      readQuery(`CALL db.index.fulltext.queryNodes($index, $q) YIELD node WHERE node.key = $key RETURN node.key AS key`, {
        index: FULLTEXT.responsibilityText,
        q,
        key: `ft-${tag}`,
      });
    let hits = await find('"采砂的许可"');
    for (let i = 0; i < 50 && hits.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      hits = await find('"采砂的许可"');
    }
    expect(hits.map((h) => h.get('key'))).toEqual([`ft-${tag}`]);
    // A phrase from the `case` property, a second indexed property of the same index.
    expect(await find('"夜间在河道"')).toHaveLength(1);
    // A phrase that is not in the text must not match (bigrams are not a free-for-all).
    expect(await find('"采砂的审批"')).toHaveLength(0);
  });

  it('maps a uniqueness violation to CONSTRAINT_VIOLATION', async () => {
    const key = uniqueTag('dup');
    await writeQuery('CREATE (:Agency {key: $key, name: $key})', { key });
    const error = await writeQuery('CREATE (:Agency {key: $key, name: $key})', { key }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).code).toBe('CONSTRAINT_VIOLATION');
  });

  it('has every constraint and cjk full-text index online, and bootstrapping again changes nothing', async () => {
    const before = await runOnce('SHOW INDEXES YIELD name, state, options RETURN name, state, options.indexConfig AS indexConfig');
    const byName = new Map(before.records.map((r) => [r.get('name') as string, r]));
    for (const { name } of FULLTEXT_INDEXES) {
      expect(byName.get(name)?.get('state'), name).toBe('ONLINE');
      expect((byName.get(name)?.get('indexConfig') as Record<string, unknown> | undefined)?.['fulltext.analyzer'], name).toBe('cjk');
    }
    const constraints = await runOnce(
      'SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN labelsOrTypes[0] AS label, properties, type',
    );
    const unique = constraints.records.filter(
      (r) => String(r.get('type')).endsWith('UNIQUENESS') && (r.get('properties') as string[]).join() === 'key',
    );
    expect(new Set(unique.map((r) => r.get('label')))).toEqual(new Set(KEYED_LABELS));
    await ensureSchema();
    const after = await runOnce('SHOW INDEXES YIELD name RETURN count(*) AS n');
    expect(after.records[0]!.get('n')).toBe(before.records.length);
  });
});
