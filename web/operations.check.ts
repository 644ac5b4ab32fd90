// `npm run check:web-operations`: fails when an operation in web/src/operations.graphql no longer
// validates against api/schema.graphql, or when web/src/operations.generated.ts is not what
// `npm run web:codegen` would write now (regenerated in memory and compared byte for byte).

import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config, { operationsFile, schemaFile } from './codegen.js';
import { operationErrors } from './operations.validate.js';

const shown = (path: string): string => relative(process.cwd(), path);

const errors = operationErrors(await readFile(schemaFile, 'utf8'), await readFile(operationsFile, 'utf8'), shown(operationsFile));
if (errors.length) {
  console.error(`${errors.length} operation error(s) against ${shown(schemaFile)}:\n${errors.join('\n')}`);
  process.exit(1);
}

// Without saving, generate() returns what it would write.
const outputs: { filename: string; content: string }[] = await generate({ ...config, silent: true }, false);
const stale: string[] = [];
for (const output of outputs) {
  const committed = await readFile(output.filename, 'utf8').catch(() => null);
  if (committed !== output.content) stale.push(shown(output.filename));
}
if (stale.length) {
  console.error(`stale: ${stale.join(', ')}; run \`npm run web:codegen\` and commit the result`);
  process.exit(1);
}
console.log(`web operations: valid against ${shown(schemaFile)}; ${outputs.map((o) => shown(o.filename)).join(', ')} up to date`);
