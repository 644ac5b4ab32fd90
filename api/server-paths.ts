// No absolute server path in any answer: documents are keyed by their resolved path on the
// server (graph/writer.ts), which is nobody's business outside it. Used by the GraphQL
// plugin below and by the REST routes (api/upload) that answer outside GraphQL.
import path from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import { repoRoot } from '../graph/config.js';

/** A string that starts with an absolute path (a Document key, a fact key, a source file): up to # or whitespace. */
const LEADING_ABSOLUTE_PATH = /^(\/[^\s#]*)/;

/**
 * `value` with every string that starts with an absolute server path rewritten: repo-relative
 * inside the repository (domain/department-profiles.ts), else the file name (000_….txt,
 * 000_….txt#L0#M3 for a fact key). Documents are keyed by their resolved path on the server
 * (graph/writer.ts), which is nobody's business outside it.
 */
export function withoutServerPaths<T>(value: T, root: string = repoRoot): T {
  if (typeof value === 'string') {
    const match = LEADING_ABSOLUTE_PATH.exec(value);
    if (!match) return value;
    const full = match[1]!;
    const inside = full.startsWith(root + path.sep);
    return ((inside ? path.relative(root, full) : path.basename(full)) + value.slice(full.length)) as T;
  }
  if (Array.isArray(value)) return value.map((v) => withoutServerPaths(v, root)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutServerPaths(v, root)])) as T;
  }
  return value;
}

/** Applies withoutServerPaths to every answer (data and errors) before it is sent. */
export function serverPathsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.data) result.data = withoutServerPaths(result.data);
          if (result.errors) result.errors = withoutServerPaths(result.errors);
        },
      };
    },
  };
}
