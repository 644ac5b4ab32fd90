import { describe, expect, it } from 'vitest';
import { committedSchema, printApiSchema } from '../../../api/schema.js';

describe('api/schema.graphql', () => {
  it('matches the schema built from the resolver classes (run `npm run schema:emit` after changing them)', async () => {
    expect(await printApiSchema()).toBe(await committedSchema());
  });

  it('exposes the health query', async () => {
    expect(await printApiSchema()).toMatch(/health: Health!/);
  });
});
