// The only module that talks to the GraphQL API: the operations of operations.graphql (typed by
// operations.generated.ts, checked against api/schema.graphql), plain fetch, and one place that
// turns GraphQL error codes into an `ApiError` the views can explain.

import {
  AgencyDocument,
  AskDocument,
  AskPublicDocument,
  CompareMatterDocument,
  JurisdictionsDocument,
  MatterDocument,
  OverlapMatrixDocument,
  OverlapsDocument,
  SharedMattersDocument,
  type AgencyQuery,
  type AskPublicQuery,
  type AskQuery,
  type CompareMatterQuery,
  type MatterQuery,
  type OverlapKind,
  type OverlapMatrixQuery,
  type OverlapsQuery,
  type SharedMattersQuery,
  type TypedDocumentString,
} from './operations.generated.js';

export type {
  AssignmentFragment as Assignment,
  Coverage,
  OverlapKind,
  RoutingSummaryFragment as RoutingSummary,
} from './operations.generated.js';

export const overlapKinds: readonly OverlapKind[] = ['DECLARED', 'UNDECLARED', 'CONTRADICTION'];

// Names the views use for one item of each result.
/** The reply to a question for staff: its summary and the answers (as whoHandles). */
export type StaffReply = AskQuery['ask'];
/** The reply to a question for the public: its summary and the contacts (as whereToComplain). */
export type PublicReply = AskPublicQuery['ask'];
/**
 * A cited fact (a responsibility, or a duty when no boundary matter answers: then matter.key is
 * null; or, kind `general`, what such a department usually does, its laws as bases).
 */
export type Answer = StaffReply['answers'][number];
export type ComplaintAnswer = PublicReply['contacts'][number];
export type Overlap = OverlapsQuery['overlaps'][number];
export type OverlapItem = Overlap['items'][number];
/** A matter with its responsibilities; key is null for an answer drawn as a matter (graph/elements.ts answerAsMatter). */
export type MatterDetail = Omit<NonNullable<MatterQuery['matter']>, 'key'> & { key: string | null };
export type OverlapMatrix = OverlapMatrixQuery['overlapMatrix'];
export type AgencyDetail = NonNullable<AgencyQuery['agency']>;
export type SharedMatter = SharedMattersQuery['sharedMatters'][number];
export type MatterDivision = CompareMatterQuery['compareMatter'][number];

export type ApiErrorCode = 'DATABASE_UNAVAILABLE' | 'BAD_USER_INPUT' | 'TIMEOUT' | 'NETWORK' | 'UNKNOWN';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphqlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Picks the error a person should hear about first: a down database explains everything else. */
export function errorFromResponse(errors: NonNullable<GraphqlResponse<unknown>['errors']>): ApiError {
  const codes = errors.map((e) => e.extensions?.code ?? '');
  const unavailable = codes.indexOf('DATABASE_UNAVAILABLE');
  if (unavailable >= 0) return new ApiError('DATABASE_UNAVAILABLE', errors[unavailable]!.message);
  const timeout = codes.indexOf('TIMEOUT');
  if (timeout >= 0) return new ApiError('TIMEOUT', errors[timeout]!.message);
  const bad = codes.findIndex((c) => c === 'BAD_USER_INPUT' || c === 'GRAPHQL_VALIDATION_FAILED');
  if (bad >= 0) return new ApiError('BAD_USER_INPUT', errors[bad]!.message);
  return new ApiError('UNKNOWN', errors[0]?.message ?? '');
}

// Same origin as the page: api/server.ts serves both, and `vite dev` proxies it.
const endpoint = '/graphql';

async function request<T, V>(document: TypedDocumentString<T, V>, variables: V, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('NETWORK', String(error));
  }
  let body: GraphqlResponse<T>;
  try {
    body = (await response.json()) as GraphqlResponse<T>;
  } catch {
    // A proxy or a crashed server answering with HTML: the API is not reachable as such.
    throw new ApiError(response.status >= 500 ? 'DATABASE_UNAVAILABLE' : 'NETWORK', `HTTP ${response.status}`);
  }
  if (body.errors?.length) throw errorFromResponse(body.errors);
  if (!body.data) throw new ApiError('UNKNOWN', `HTTP ${response.status}`);
  return body.data;
}

/** Page size for overlaps: under the API's max page (100) and complexity limit (2000) with our fields. */
const maxPage = 50;

export const api = {
  jurisdictions: (signal?: AbortSignal) => request(JurisdictionsDocument, {}, signal).then((d) => d.jurisdictions),
  ask: (question: string, jurisdiction: string | null, signal?: AbortSignal) =>
    request(AskDocument, { question, jurisdiction, first: 10 }, signal).then((d) => d.ask),
  askPublic: (question: string, jurisdiction: string | null, signal?: AbortSignal) =>
    request(AskPublicDocument, { question, jurisdiction, first: 5 }, signal).then((d) => d.ask),
  matter: (key: string, signal?: AbortSignal) => request(MatterDocument, { key }, signal).then((d) => d.matter),
  overlapMatrix: (jurisdiction: string, signal?: AbortSignal) =>
    request(OverlapMatrixDocument, { jurisdiction }, signal).then((d) => d.overlapMatrix),
  /** Every finding of one kind, page by page (the API pages at 100), strongest first. */
  async overlaps(jurisdiction: string, kind: OverlapKind, signal?: AbortSignal): Promise<Overlap[]> {
    const all: Overlap[] = [];
    for (let after: string | null = null; ; ) {
      const page: Overlap[] = (await request(OverlapsDocument, { jurisdiction, kind, first: maxPage, after }, signal)).overlaps;
      all.push(...page);
      if (page.length < maxPage) return all;
      after = page.at(-1)!.id;
    }
  },
  agency: (key: string, signal?: AbortSignal) => request(AgencyDocument, { key }, signal).then((d) => d.agency),
  sharedMatters: (jurisdiction: string, agencies: string[], signal?: AbortSignal) =>
    request(SharedMattersDocument, { jurisdiction, agencies }, signal).then((d) => d.sharedMatters),
  compareMatter: (title: string, signal?: AbortSignal) =>
    request(CompareMatterDocument, { title, first: 30 }, signal).then((d) => d.compareMatter),
};
