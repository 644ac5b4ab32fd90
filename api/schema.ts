// The GraphQL schema, built by type-graphql from the resolver classes below. To add an
// entity, append its resolver class to `resolvers`, then `npm run schema:emit` and
// commit api/schema.graphql (a unit test checks it matches).
import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { repoRoot } from '../graph/config.js';
import { AgencyResolver } from './agency/agency.resolver.js';
import { AnswerResolver } from './answer/answer.resolver.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { BasisResolver } from './basis/basis.resolver.js';
import { DisputeResolver } from './dispute/dispute.resolver.js';
import { DepartmentListResolver, DocumentResolver } from './document/document.resolver.js';
import { SourceResolver } from './document/source.resolver.js';
import { HealthResolver } from './health/health.resolver.js';
import { JurisdictionResolver } from './jurisdiction/jurisdiction.resolver.js';
import { MatterResolver } from './matter/matter.resolver.js';
import { MatterAssignmentsResolver, OverlapResolver } from './overlap/overlap.resolver.js';
import { RegionResolver } from './region/region.resolver.js';
import { RulingResolver } from './ruling/ruling.resolver.js';
import { SuccessionResolver } from './succession/succession.resolver.js';
import { UnloadResolver } from './upload/unload.resolver.js';

// biome-ignore lint/complexity/noBannedTypes: type-graphql's buildSchema takes NonEmptyArray<Function>.
export const resolvers: NonEmptyArray<Function> = [
  HealthResolver,
  JurisdictionResolver,
  AgencyResolver,
  MatterResolver,
  BasisResolver,
  DocumentResolver,
  DepartmentListResolver,
  SourceResolver,
  AnswerResolver,
  OverlapResolver,
  MatterAssignmentsResolver,
  RegionResolver,
  DisputeResolver,
  RulingResolver,
  SuccessionResolver,
  AuditResolver,
  UnloadResolver,
];

export const schemaFile = path.join(repoRoot, 'api/schema.graphql');

let built: Promise<GraphQLSchema> | undefined;

/** Built once per process: type-graphql's metadata is global, the result never changes. */
export function apiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, validate: false });
  return built;
}

const HEADER = '# Emitted from the type-graphql classes by `npm run schema:emit`. Do not edit by hand.\n\n';

/** The SDL as committed: sorted, so the file changes only when the schema does. */
export async function printApiSchema(): Promise<string> {
  return `${HEADER}${printSchema(lexicographicSortSchema(await apiSchema()))}\n`;
}

export async function committedSchema(): Promise<string> {
  return readFile(schemaFile, 'utf8');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await writeFile(schemaFile, await printApiSchema());
  console.log(`已写入 ${path.relative(repoRoot, schemaFile)}`);
}
