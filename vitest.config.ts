import { defineConfig } from 'vitest/config';

// Three projects, one run: `unit` needs nothing, `integration` and `e2e` run against a
// real Neo4j started once per project by tests/integration/globalSetup.ts (or
// NEO4J_URI when set). `npx vitest run --project unit` skips Neo4j entirely.
const withNeo4j = {
  globalSetup: ['tests/integration/globalSetup.ts'],
  setupFiles: ['tests/integration/setupGraph.ts'],
  testTimeout: 60_000,
  hookTimeout: 240_000,
};

export default defineConfig({
  resolve: {
    // Node resolves `graphql` to its CommonJS build (what type-graphql and Apollo load at
    // run time); Vite would pick index.mjs, and two copies of graphql refuse each other's
    // schema objects. Pin our code to the same build Node uses.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], ...withNeo4j } },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], ...withNeo4j } },
    ],
  },
});
