// Per-worker setup for tests that need Neo4j: points graph/driver.ts at the server the
// global setup started, and closes the driver after each test file.
import { afterAll, inject } from 'vitest';
import { closeDriver, useConnection } from '../../graph/driver.js';

const { uri, username, password, database } = inject('neo4j');
await useConnection({ uri, username, password, database });

afterAll(async () => {
  await closeDriver();
});
