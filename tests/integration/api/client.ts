// A GraphQL client for the API integration tests, talking HTTP to the real server
// (api/server.ts) on an ephemeral port, which talks to the real Neo4j.
import { startServer } from '../../../api/server.js';

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

let server: Promise<{ url: string; close: () => Promise<void> }> | undefined;

/** One server per test file. */
export function api(): Promise<{ url: string; close: () => Promise<void> }> {
  server ??= startServer({ port: 0, host: '127.0.0.1', web: false });
  return server;
}

export async function gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<T>> {
  const { url } = await api();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GqlResponse<T>, 'status'>;
  return { status: res.status, ...body };
}

export function errorCodes(r: GqlResponse): unknown[] {
  return (r.errors ?? []).map((e) => e.extensions?.code);
}
