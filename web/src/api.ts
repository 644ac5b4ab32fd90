// The only module that talks to the GraphQL API: hand-written query strings, plain fetch,
// and one place that turns GraphQL error codes into an `ApiError` the views can explain.

export type OverlapKind = 'DECLARED' | 'UNDECLARED' | 'CONTRADICTION';
export const overlapKinds: readonly OverlapKind[] = ['DECLARED', 'UNDECLARED', 'CONTRADICTION'];

export interface AgencyRef {
  name: string;
  aliases: string[];
}
export interface SourceRef {
  file: string;
  line: number;
}
export interface BasisRef {
  title: string | null;
  docNumber: string | null;
}
export interface Answer {
  agency: AgencyRef | null;
  matter: { title: string };
  division: string;
  bases: BasisRef[];
  case: string | null;
  score: number;
  source: SourceRef;
  /** Words of the question found in the answer's texts; the UI marks them. */
  matchedWords: string[];
}
export interface ComplaintAnswer {
  agency: AgencyRef | null;
  unit: string | null;
  phones: string[];
  reason: string;
}
export interface Jurisdiction {
  name: string;
  key: string;
}
export interface OverlapItem {
  text: string;
  source: SourceRef;
  agency: string | null;
  matter: string | null;
}
export interface Overlap {
  kind: OverlapKind;
  score: number;
  agencies: AgencyRef[];
  items: OverlapItem[];
}
export interface AgencySummary {
  name: string;
  aliases: string[];
  matterCount: number;
}
export interface AgencyDetail extends AgencyRef {
  duties: { text: string; items: string[] }[];
  matters: { title: string; division: string | null }[];
  services: { title: string; units: string[]; phones: string[] }[];
}
export interface Assignment {
  agency: { name: string } | null;
  agencyRaw: string | null;
  division: string;
}
export interface SharedMatter {
  title: string;
  assignments: Assignment[];
}
export interface MatterDivision {
  jurisdiction: string;
  matter: { title: string };
  assignments: Assignment[];
}

export type ApiErrorCode = 'DATABASE_UNAVAILABLE' | 'BAD_USER_INPUT' | 'NETWORK' | 'UNKNOWN';

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
  const unavailable = codes.findIndex((c) => c === 'DATABASE_UNAVAILABLE' || c === 'SERVICE_UNAVAILABLE');
  if (unavailable >= 0) return new ApiError('DATABASE_UNAVAILABLE', errors[unavailable]!.message);
  const bad = codes.findIndex((c) => c === 'BAD_USER_INPUT' || c === 'GRAPHQL_VALIDATION_FAILED');
  if (bad >= 0) return new ApiError('BAD_USER_INPUT', errors[bad]!.message);
  return new ApiError('UNKNOWN', errors[0]?.message ?? '');
}

// Same origin as the page: api/server.ts serves both, and `vite dev` proxies it.
const endpoint = '/graphql';

export async function graphql<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
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

const agencyRef = 'name aliases';
const source = 'file line';

export const queries = {
  jurisdictions: `query Jurisdictions { jurisdictions { key name } }`,

  whoHandles: `query WhoHandles($question: String!, $jurisdiction: String, $first: Int) {
    whoHandles(question: $question, jurisdiction: $jurisdiction, first: $first) {
      agency { ${agencyRef} }
      matter { title }
      division
      bases { title docNumber }
      case
      score
      source { ${source} }
      matchedWords
    }
  }`,

  whereToComplain: `query WhereToComplain($question: String!, $jurisdiction: String, $first: Int) {
    whereToComplain(question: $question, jurisdiction: $jurisdiction, first: $first) {
      agency { ${agencyRef} }
      unit
      phones
      reason
    }
  }`,

  overlaps: `query Overlaps($jurisdiction: String!, $kind: OverlapKind, $first: Int) {
    overlaps(jurisdiction: $jurisdiction, kind: $kind, first: $first) {
      kind
      score
      agencies { ${agencyRef} }
      items { text agency matter source { ${source} } }
    }
  }`,

  agencies: `query Agencies($jurisdiction: String!) {
    agencies(jurisdiction: $jurisdiction) { ${agencyRef} matterCount }
  }`,

  agency: `query Agency($jurisdiction: String!, $name: String!) {
    agency(jurisdiction: $jurisdiction, name: $name) {
      ${agencyRef}
      duties { text items }
      matters { title division }
      services { title units phones }
    }
  }`,

  sharedMatters: `query SharedMatters($jurisdiction: String!, $agencies: [String!]!) {
    sharedMatters(jurisdiction: $jurisdiction, agencies: $agencies) {
      title
      assignments { agency { name } agencyRaw division }
    }
  }`,

  compareMatter: `query CompareMatter($title: String!, $first: Int) {
    compareMatter(title: $title, first: $first) {
      jurisdiction
      matter { title }
      assignments { agency { name } agencyRaw division }
    }
  }`,
} as const;

export const api = {
  jurisdictions: (signal?: AbortSignal) =>
    graphql<{ jurisdictions: Jurisdiction[] }>(queries.jurisdictions, {}, signal).then((d) => d.jurisdictions),
  whoHandles: (question: string, jurisdiction: string | null, signal?: AbortSignal) =>
    graphql<{ whoHandles: Answer[] }>(queries.whoHandles, { question, jurisdiction, first: 20 }, signal).then(
      (d) => d.whoHandles,
    ),
  whereToComplain: (question: string, jurisdiction: string | null, signal?: AbortSignal) =>
    graphql<{ whereToComplain: ComplaintAnswer[] }>(
      queries.whereToComplain,
      { question, jurisdiction, first: 5 },
      signal,
    ).then((d) => d.whereToComplain),
  overlaps: (jurisdiction: string, signal?: AbortSignal) =>
    graphql<{ overlaps: Overlap[] }>(queries.overlaps, { jurisdiction, kind: null, first: 2000 }, signal).then(
      (d) => d.overlaps,
    ),
  agencies: (jurisdiction: string, signal?: AbortSignal) =>
    graphql<{ agencies: AgencySummary[] }>(queries.agencies, { jurisdiction }, signal).then((d) => d.agencies),
  agency: (jurisdiction: string, name: string, signal?: AbortSignal) =>
    graphql<{ agency: AgencyDetail | null }>(queries.agency, { jurisdiction, name }, signal).then((d) => d.agency),
  sharedMatters: (jurisdiction: string, agencies: string[], signal?: AbortSignal) =>
    graphql<{ sharedMatters: SharedMatter[] }>(queries.sharedMatters, { jurisdiction, agencies }, signal).then(
      (d) => d.sharedMatters,
    ),
  compareMatter: (title: string, signal?: AbortSignal) =>
    graphql<{ compareMatter: MatterDivision[] }>(queries.compareMatter, { title, first: 50 }, signal).then(
      (d) => d.compareMatter,
    ),
};
