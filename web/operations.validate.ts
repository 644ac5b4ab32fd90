// Validation of the web page's GraphQL operations against the server's emitted schema. Pure
// (text in, messages out) so a unit test can show it rejecting a broken operation; run by
// `npm run check:web-operations` (web/operations.check.ts).

import { type DocumentNode, GraphQLError, buildSchema, parse, validate } from 'graphql';

/** Every reason `operations` would be rejected by a server with `schema` (SDL); empty when valid. */
export function operationErrors(schema: string, operations: string, file = 'operations.graphql'): string[] {
  let document: DocumentNode;
  try {
    document = parse(operations);
  } catch (error) {
    if (error instanceof GraphQLError) return [located(file, error)];
    throw error;
  }
  return validate(buildSchema(schema), document).map((error) => located(file, error));
}

function located(file: string, error: GraphQLError): string {
  const where = error.locations?.[0];
  return where ? `${file}:${where.line}:${where.column}: ${error.message}` : `${file}: ${error.message}`;
}
