// With the database gone, whoHandles must say so with a code, not a stack trace.
// This file repoints its own worker's driver at a closed port (test files run in
// separate workers, so the other files keep the real Neo4j).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useConnection } from '../../../graph/driver.js';
import { freePort } from '../../../graph/localNeo4j.js';
import { api, errorCodes, gql } from './client.js';

beforeAll(async () => {
  await useConnection({ uri: `bolt://127.0.0.1:${await freePort()}`, database: 'neo4j' });
  await api();
});
afterAll(async () => (await api()).close());

describe('database unavailable', () => {
  it('answers whoHandles with DATABASE_UNAVAILABLE and no stack trace', async () => {
    const r = await gql('{ whoHandles(question: "炼油", jurisdiction: "洪江区") { score } }');
    expect(errorCodes(r)).toEqual(['DATABASE_UNAVAILABLE']);
    expect(r.errors![0]!.extensions?.stacktrace).toBeUndefined();
    expect(r.errors![0]!.message).toContain('数据库');
  });
});
