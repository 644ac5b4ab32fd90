// neo4j:// routing URIs (Aura, clusters) work, and the access mode is real: a read
// helper runs in a READ session, which the server refuses to write in.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { readQuery, useConnection, writeQuery } from '../../graph/driver.js';
import { GraphError } from '../../graph/errors.js';
import { uniqueTag } from './fixtures.js';

const { uri, username, password, database } = inject('neo4j');
const routed = uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');

afterAll(async () => {
  await useConnection({ uri, username, password, database });
});

describe.each([
  ['direct', uri],
  ['routing', routed],
])('%s URI', (_kind, address) => {
  it(`writes through WRITE sessions and reads through READ sessions (${address.split(':')[0]})`, async () => {
    await useConnection({ uri: address, username, password, database });
    const key = uniqueTag('routing');
    await writeQuery('CREATE (:Basis {key: $key, title: $key})', { key });
    const rows = await readQuery('MATCH (b:Basis {key: $key}) RETURN b.title AS title', { key });
    expect(rows.map((r) => r.get('title'))).toEqual([key]);

    const refused = await readQuery('CREATE (:Basis {key: $key})', { key: `${key}-from-read` }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(GraphError);
    expect((refused as GraphError).neo4jCode, String((refused as GraphError).neo4jCode)).toBe('Neo.ClientError.Statement.AccessMode');
    expect(await readQuery('MATCH (b:Basis {key: $key}) RETURN b', { key: `${key}-from-read` })).toHaveLength(0);
  });
});
