// The only module that talks to the GraphQL API: the operations of operations.graphql (typed by
// operations.generated.ts, checked against api/schema.graphql), plain fetch, and one place that
// turns GraphQL error codes into an `ApiError` the views can explain. Writes (mutations, list
// uploads) carry the editor's token as `Authorization: Bearer`; reads never do.

import { editorToken } from './editorToken.js';
import {
  AgencyDocument,
  AskDocument,
  AskPublicDocument,
  CompareMatterDocument,
  DisputeDocument,
  JurisdictionAgenciesDocument,
  JurisdictionsDocument,
  MatterDocument,
  OverlapMatrixDocument,
  OverlapsDocument,
  RecordRulingDocument,
  RegionOverlapsDocument,
  RegionPairDocument,
  SharedMattersDocument,
  SourceTextDocument,
  WithdrawRulingDocument,
  type AgencyQuery,
  type AskPublicQuery,
  type AskQuery,
  type CompareMatterQuery,
  type DisputeQuery,
  type MatterQuery,
  type OverlapKind,
  type OverlapMatrixQuery,
  type OverlapsQuery,
  type RegionOverlapsQuery,
  type RegionPairQuery,
  type RulingInput,
  type RulingWithdrawalInput,
  type SharedMattersQuery,
  type SourceTextQuery,
  type TypedDocumentString,
} from './operations.generated.js';

export type {
  RulingInput,
  RulingWithdrawalInput,
  RulingRefFragment as Ruling,
  RulingCitationFragment as RulingCitation,
  AssignmentFragment as Assignment,
  Coverage,
  OverlapKind,
  RoutingSummaryFragment as RoutingSummary,
  SuccessionRefFragment as SuccessionNote,
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
export type SourceText = SourceTextQuery['sourceText'];
/** The province/city overlap view: department kind pairs over a region's counties. */
export type RegionOverlaps = RegionOverlapsQuery['regionOverlaps'];
export type RegionKindPair = RegionOverlaps['pairs'][number];
/** One county where a kind pair overlaps (the drill-down). */
export type RegionPairCounty = RegionPairQuery['regionOverlaps']['pairs'][number]['countyRows'][number];
/** The dispute dossier (争议协调). */
export type Dossier = DisputeQuery['dispute'];

export type ApiErrorCode =
  | 'DATABASE_UNAVAILABLE'
  | 'BAD_USER_INPUT'
  | 'TIMEOUT'
  | 'NETWORK'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  | 'NOT_FOUND'
  | 'UNKNOWN';

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

/** Refusals of a write, passed on with their own code so the page can say what to do. */
const refusals: readonly ApiErrorCode[] = ['UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED', 'PAYLOAD_TOO_LARGE', 'NOT_FOUND'];

/** Picks the error a person should hear about first: a down database explains everything else. */
export function errorFromResponse(errors: NonNullable<GraphqlResponse<unknown>['errors']>): ApiError {
  const codes = errors.map((e) => e.extensions?.code ?? '');
  const unavailable = codes.indexOf('DATABASE_UNAVAILABLE');
  if (unavailable >= 0) return new ApiError('DATABASE_UNAVAILABLE', errors[unavailable]!.message);
  const timeout = codes.indexOf('TIMEOUT');
  if (timeout >= 0) return new ApiError('TIMEOUT', errors[timeout]!.message);
  const refused = codes.findIndex((c) => (refusals as readonly string[]).includes(c));
  if (refused >= 0) return new ApiError(codes[refused] as ApiErrorCode, errors[refused]!.message);
  const bad = codes.findIndex((c) => c === 'BAD_USER_INPUT' || c === 'GRAPHQL_VALIDATION_FAILED');
  if (bad >= 0) return new ApiError('BAD_USER_INPUT', errors[bad]!.message);
  return new ApiError('UNKNOWN', errors[0]?.message ?? '');
}

// Same origin as the page: api/server.ts serves both, and `vite dev` proxies it.
const endpoint = '/graphql';

/** The editor's token as a header, for writes only; a write without one is refused by the server in words. */
function writeHeaders(): Record<string, string> {
  const token = editorToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** One HTTP exchange with a JSON answer; GraphQL-shaped errors (also from the upload routes) become ApiError. */
async function exchange<B>(url: string, init: RequestInit, signal?: AbortSignal): Promise<B> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('NETWORK', String(error));
  }
  let body: B & Pick<GraphqlResponse<unknown>, 'errors'>;
  try {
    body = (await response.json()) as B & Pick<GraphqlResponse<unknown>, 'errors'>;
  } catch {
    // A proxy or a crashed server answering with HTML: the API is not reachable as such.
    throw new ApiError(response.status >= 500 ? 'DATABASE_UNAVAILABLE' : 'NETWORK', `HTTP ${response.status}`);
  }
  if (body.errors?.length) throw errorFromResponse(body.errors);
  if (!response.ok) throw new ApiError('UNKNOWN', `HTTP ${response.status}`);
  return body;
}

async function request<T, V>(document: TypedDocumentString<T, V>, variables: V, signal?: AbortSignal, write = false): Promise<T> {
  const body = await exchange<GraphqlResponse<T>>(
    endpoint,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(write ? writeHeaders() : {}) },
      body: JSON.stringify({ query: document.toString(), variables }),
    },
    signal,
  );
  if (!body.data) throw new ApiError('UNKNOWN', 'no data');
  return body.data;
}

/** Page size for overlaps: under the API's max page (100) and complexity limit (2000) with our fields (50 cost 2110 once rows carried bases and titled sources). */
const maxPage = 40;

export const api = {
  jurisdictions: (signal?: AbortSignal) => request(JurisdictionsDocument, {}, signal).then((d) => d.jurisdictions),
  /** `asOf` (2016, 2016-03, 2016-03-15): answer from each department's newest list on or before that day. */
  ask: (question: string, jurisdiction: string | null, asOf: string | null, signal?: AbortSignal) =>
    request(AskDocument, { question, jurisdiction, first: 10, asOf }, signal).then((d) => d.ask),
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
  /** The dossier of a jurisdiction dispute between `agencies` over `question`. */
  dispute: (jurisdiction: string, question: string, agencies: string[], signal?: AbortSignal) =>
    request(DisputeDocument, { jurisdiction, question, agencies }, signal).then((d) => d.dispute),
  /** The document's rows around a cited line (the 原文 panel). */
  sourceText: (file: string, line: number, before: number, after: number, signal?: AbortSignal) =>
    request(SourceTextDocument, { file, line, before, after }, signal).then((d) => d.sourceText),
  /** Editors: records a ruling (协调意见) for a matter; it supersedes the one in force. */
  recordRuling: (input: RulingInput, signal?: AbortSignal) =>
    request(RecordRulingDocument, { input }, signal, true).then((d) => d.recordRuling),
  /** Editors: withdraws the ruling in force for a matter (answers go back to the lists). */
  withdrawRuling: (input: RulingWithdrawalInput, signal?: AbortSignal) =>
    request(WithdrawRulingDocument, { input }, signal, true).then((d) => d.withdrawRuling),
  /** A province's or city's kind pairs, most counties first (`first` of them). */
  regionOverlaps: (region: string, first: number, signal?: AbortSignal) =>
    request(RegionOverlapsDocument, { region, first }, signal).then((d) => d.regionOverlaps),
  /** The counties where one kind pair of a region overlaps. */
  regionPair: (region: string, pair: string, signal?: AbortSignal) =>
    request(RegionPairDocument, { region, pair }, signal).then((d) => d.regionOverlaps.pairs[0]?.countyRows ?? []),
  /** A jurisdiction's agencies with their aliases (for the agency box). */
  jurisdictionAgencies: (jurisdiction: string, signal?: AbortSignal) =>
    request(JurisdictionAgenciesDocument, { jurisdiction }, signal).then((d) => d.agencies),
};

/** One finding of a list check (api/upload): where in the file, and what. */
export interface UploadDiagnostic {
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  file: string;
  line: number;
  raw: string;
}

/** One department's list in an upload (cli/load-report.ts DepartmentSummary). */
export interface UploadDepartment {
  name: string;
  jurisdiction: string;
  duties: number;
  matters: number;
  assignments: number;
  services: number;
  warnings: number;
}

/** A list upload's dry run (api/upload): what would be written, and every problem found; nothing is written yet. */
export interface UploadReport {
  id: string;
  file: string;
  title: string | null;
  format: string | null;
  encoding: string | null;
  sha256: string;
  departments: UploadDepartment[];
  records: { departments: number; duties: number; matters: number; assignments: number; services: number };
  diagnostics: UploadDiagnostic[];
  diagnosticsOmitted: number;
  /** 共 N 个文档、M 个部门；错误 …，警告 …，提示 … */
  summary: string;
  errors: number;
  expiresAt: string;
}

/** What a commit wrote: the document as `documents` names it, and whether it was new. */
export interface UploadCommit {
  id: string;
  file: string;
  document: string;
  status: 'created' | 'replaced' | 'unchanged';
  rows: number;
  diagnostics: number;
  ms: number;
}

/** The upload routes (api/upload), same origin as the page. */
const uploadsEndpoint = '/api/uploads';

export const uploads = {
  /** Sends the file's bytes for a dry run (POST /api/uploads?name=…). */
  check: (file: File, signal?: AbortSignal) =>
    file.arrayBuffer().then((bytes) =>
      exchange<{ upload: UploadReport }>(
        `${uploadsEndpoint}?${new URLSearchParams({ name: file.name })}`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/octet-stream', accept: 'application/json', ...writeHeaders() },
          body: bytes,
        },
        signal,
      ).then((body) => body.upload),
    ),
  /** Writes a checked upload (POST /api/uploads/<id>/commit). */
  commit: (id: string, signal?: AbortSignal) =>
    exchange<{ commit: UploadCommit }>(
      `${uploadsEndpoint}/${encodeURIComponent(id)}/commit`,
      { method: 'POST', headers: { accept: 'application/json', ...writeHeaders() } },
      signal,
    ).then((body) => body.commit),
};
