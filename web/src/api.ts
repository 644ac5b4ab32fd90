// The only module that talks to the GraphQL API: hand-written query strings, plain fetch,
// and one place that turns GraphQL error codes into an `ApiError` the views can explain.

export type OverlapKind = 'DECLARED' | 'UNDECLARED' | 'CONTRADICTION';
export const overlapKinds: readonly OverlapKind[] = ['DECLARED', 'UNDECLARED', 'CONTRADICTION'];

export interface AgencyRef {
  key: string;
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
  /** Key of the cited fact (a responsibility or a duty): stable, so the URL can name it. */
  key: string;
  agency: AgencyRef | null;
  /** key is null when a duty (部门职责) answers instead of a boundary matter. */
  matter: { key: string | null; title: string };
  division: string;
  /** 'lead' / 'cooperate' when the division text says so. */
  role: string | null;
  bases: BasisRef[];
  case: string | null;
  score: number;
  source: SourceRef;
  /** Words of the question found in the answer's texts; the UI marks them. */
  highlights: string[];
}
export interface ComplaintAnswer {
  agency: AgencyRef | null;
  unit: string | null;
  phones: string[];
  reason: string;
  service: string | null;
  source: SourceRef;
}
export interface Jurisdiction {
  key: string;
  name: string;
  /** province, city or county */
  level: string;
  agencyCount: number;
  matterCount: number;
}
export interface OverlapItem {
  text: string;
  /** The clause that matched, when only part of the text did. */
  excerpt: string | null;
  agencyKey: string | null;
  source: SourceRef;
}
export interface Overlap {
  id: string;
  kind: OverlapKind;
  score: number;
  agencies: AgencyRef[];
  /** Duty / work-item texts (UNDECLARED). */
  items: OverlapItem[];
  matter: { title: string } | null;
  /** How each list divides the matter (DECLARED, CONTRADICTION). */
  divisions: Assignment[];
  sharedTerms: string[];
  explanation: string;
}
export interface MatterDetail {
  key: string | null;
  title: string;
  responsibilities: {
    agencies: AgencyRef[];
    agencyRaw: string;
    division: string;
    role: string | null;
    bases: BasisRef[];
  }[];
}
export interface MatrixAgency extends AgencyRef {
  matterCount: number;
  dutyCount: number;
}
export interface MatrixEdge {
  /** Agency keys. */
  source: string;
  target: string;
  kind: OverlapKind;
  /** Number of findings of this kind between the two agencies. */
  weight: number;
  maxScore: number;
  /** Matter titles or shared terms, strongest first. */
  labels: string[];
}
export interface OverlapMatrix {
  agencies: MatrixAgency[];
  edges: MatrixEdge[];
}
export interface AgencyDetail extends AgencyRef {
  duties: { text: string; items: string[] }[];
  responsibilities: { matter: { title: string }; division: string; role: string | null }[];
  services: { title: string; units: string[]; phones: string[] }[];
}
export interface Assignment {
  agency: AgencyRef | null;
  agencyRaw: string;
  division: string;
  /** The department whose list states this row. */
  listDepartment: string;
  source: SourceRef;
}
export interface SharedMatter {
  title: string;
  assignments: Assignment[];
}
export interface MatterDivision {
  jurisdiction: string;
  matter: { title: string };
  /** Title similarity to the title asked for, 0–1. */
  similarity: number;
  assignments: Assignment[];
}

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
  const unavailable = codes.findIndex((c) => c === 'DATABASE_UNAVAILABLE' || c === 'SERVICE_UNAVAILABLE');
  if (unavailable >= 0) return new ApiError('DATABASE_UNAVAILABLE', errors[unavailable]!.message);
  const timeout = codes.indexOf('TIMEOUT');
  if (timeout >= 0) return new ApiError('TIMEOUT', errors[timeout]!.message);
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

const agencyRef = 'key name aliases';
const source = 'file line';
const assignment = `agency { ${agencyRef} } agencyRaw division listDepartment source { ${source} }`;

export const queries = {
  jurisdictions: `query Jurisdictions { jurisdictions { key name level agencyCount matterCount } }`,

  whoHandles: `query WhoHandles($question: String!, $jurisdiction: String, $first: Int) {
    whoHandles(question: $question, jurisdiction: $jurisdiction, first: $first) {
      key
      agency { ${agencyRef} }
      matter { key title }
      division
      role
      bases { title docNumber }
      case
      score
      source { ${source} }
      highlights
    }
  }`,

  whereToComplain: `query WhereToComplain($question: String!, $jurisdiction: String, $first: Int) {
    whereToComplain(question: $question, jurisdiction: $jurisdiction, first: $first) {
      agency { ${agencyRef} }
      unit
      phones
      reason
      service
      source { ${source} }
    }
  }`,

  matter: `query Matter($key: ID!) {
    matter(key: $key) {
      key
      title
      responsibilities { agencies { ${agencyRef} } agencyRaw division role bases { title docNumber } }
    }
  }`,

  overlapMatrix: `query OverlapMatrix($jurisdiction: String!) {
    overlapMatrix(jurisdiction: $jurisdiction) {
      agencies { ${agencyRef} matterCount dutyCount }
      edges { source target kind weight maxScore labels }
    }
  }`,

  overlaps: `query Overlaps($jurisdiction: String!, $kind: OverlapKind, $first: Int, $after: String) {
    overlaps(jurisdiction: $jurisdiction, kind: $kind, first: $first, after: $after) {
      id
      kind
      score
      explanation
      sharedTerms
      agencies { ${agencyRef} }
      matter { title }
      items { text excerpt agencyKey source { ${source} } }
      divisions { ${assignment} }
    }
  }`,

  agency: `query Agency($key: ID!) {
    agency(key: $key) {
      ${agencyRef}
      duties { text items }
      responsibilities { matter { title } division role }
      services { title units phones }
    }
  }`,

  sharedMatters: `query SharedMatters($jurisdiction: String!, $agencies: [String!]!) {
    sharedMatters(jurisdiction: $jurisdiction, agencies: $agencies) {
      title
      assignments { ${assignment} }
    }
  }`,

  compareMatter: `query CompareMatter($title: String!, $first: Int) {
    compareMatter(title: $title, first: $first) {
      jurisdiction
      matter { title }
      similarity
      assignments { ${assignment} }
    }
  }`,
} as const;

/** Page size for overlaps: under the API's max page (100) and complexity limit (2000) with our fields. */
const maxPage = 50;

export const api = {
  jurisdictions: (signal?: AbortSignal) =>
    graphql<{ jurisdictions: Jurisdiction[] }>(queries.jurisdictions, {}, signal).then((d) => d.jurisdictions),
  whoHandles: (question: string, jurisdiction: string | null, signal?: AbortSignal) =>
    graphql<{ whoHandles: Answer[] }>(queries.whoHandles, { question, jurisdiction, first: 10 }, signal).then((d) => d.whoHandles),
  whereToComplain: (question: string, jurisdiction: string | null, signal?: AbortSignal) =>
    graphql<{ whereToComplain: ComplaintAnswer[] }>(queries.whereToComplain, { question, jurisdiction, first: 5 }, signal).then(
      (d) => d.whereToComplain,
    ),
  matter: (key: string, signal?: AbortSignal) =>
    graphql<{ matter: MatterDetail | null }>(queries.matter, { key }, signal).then((d) => d.matter),
  overlapMatrix: (jurisdiction: string, signal?: AbortSignal) =>
    graphql<{ overlapMatrix: OverlapMatrix }>(queries.overlapMatrix, { jurisdiction }, signal).then((d) => d.overlapMatrix),
  /** Every finding of one kind, page by page (the API pages at 100), strongest first. */
  async overlaps(jurisdiction: string, kind: OverlapKind, signal?: AbortSignal): Promise<Overlap[]> {
    const all: Overlap[] = [];
    for (let after: string | null = null; ; ) {
      const page: Overlap[] = (
        await graphql<{ overlaps: Overlap[] }>(queries.overlaps, { jurisdiction, kind, first: maxPage, after }, signal)
      ).overlaps;
      all.push(...page);
      if (page.length < maxPage) return all;
      after = page.at(-1)!.id;
    }
  },
  agency: (key: string, signal?: AbortSignal) =>
    graphql<{ agency: AgencyDetail | null }>(queries.agency, { key }, signal).then((d) => d.agency),
  sharedMatters: (jurisdiction: string, agencies: string[], signal?: AbortSignal) =>
    graphql<{ sharedMatters: SharedMatter[] }>(queries.sharedMatters, { jurisdiction, agencies }, signal).then((d) => d.sharedMatters),
  compareMatter: (title: string, signal?: AbortSignal) =>
    graphql<{ compareMatter: MatterDivision[] }>(queries.compareMatter, { title, first: 30 }, signal).then((d) => d.compareMatter),
};
