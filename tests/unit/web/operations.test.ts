import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { operationsFile, schemaFile } from '../../../web/codegen.js';
import { operationErrors } from '../../../web/operations.validate.js';

const schema = readFileSync(schemaFile, 'utf8');

describe('web operations against api/schema.graphql', () => {
  it('every operation the page sends validates', () => {
    expect(operationErrors(schema, readFileSync(operationsFile, 'utf8'))).toEqual([]);
  });

  it('rejects a field the schema does not have, with its place in the file', () => {
    const broken = `query WhoHandles($question: String!) {\n  whoHandles(question: $question) { key agencyName }\n}`;
    expect(operationErrors(schema, broken, 'broken.graphql')).toEqual([
      'broken.graphql:2:41: Cannot query field "agencyName" on type "Answer". Did you mean "agency"?',
    ]);
  });

  it('rejects an argument of the wrong type and a required argument left out', () => {
    const broken = `query Overlaps($first: String) {\n  overlaps(first: $first) { id }\n}`;
    const errors = operationErrors(schema, broken);
    expect(errors.some((e) => e.includes('"$first" of type "String" used in position expecting type "Int"'))).toBe(true);
    expect(errors.some((e) => e.includes('argument "jurisdiction" of type "String!" is required'))).toBe(true);
  });

  it('rejects text that does not parse', () => {
    expect(operationErrors(schema, 'query { whoHandles(question: "x") { key }')).toEqual([
      expect.stringMatching(/^operations\.graphql:1:\d+: Syntax Error/),
    ]);
  });
});
