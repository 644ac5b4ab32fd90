// whoHandles: the routing (route.ts) shown for staff: each agency with the row that decides
// it (division, bases, case, source), how sure the answer is and where it comes from.
// How the score is made is documented in graph/README.md ("How whoHandles ranks").
import { CONFIDENT } from './confidence.js';
import { answerOf, type GeneralFunction, type RankedAgency, type Routing, route, type SearchInput } from './route.js';
import type { Answer } from './types.js';

export async function whoHandles(input: SearchInput): Promise<Answer[]> {
  return answersOf(await route(input), input.first);
}

/**
 * The general-function answer first when the lists are silent and the jurisdiction has an agency
 * of the fitting kind; then the list agencies, best first. The top list agency carries the
 * routing's confidence; the others less, in proportion to their scores.
 */
export function answersOf(r: Routing, first: number): Answer[] {
  const general = r.coverage === 'GENERAL_FUNCTION' && r.general?.agency ? [generalAnswer(r.general, r)] : [];
  const top = r.ranked[0]?.score ?? 0;
  // When the routing finds the lists silent, no list row is an answer to act on: only possibly related.
  const cap = r.coverage === 'LIST' ? 1 : WEAK;
  const listed = r.ranked
    .filter((a) => a.agency.key !== general[0]?.agency.key)
    .map((a) => listAnswer(a, top > 0 ? round(Math.min(cap, r.confidence * (a.score / top))) : 0));
  return [...general, ...listed].slice(0, first);
}

function listAnswer(a: RankedAgency, confidence: number): Answer {
  return { ...answerOf(a), confidence, coverage: 'LIST' };
}

/** 本地清单未载明: the agency of the fitting kind, its general function and the laws that give it. */
function generalAnswer(g: GeneralFunction, r: Routing): Answer {
  const { profile } = g;
  return {
    kind: 'general',
    key: `general:${profile.id}`,
    agency: g.agency!,
    matter: { key: null, title: profile.kind },
    division: [g.note, ...profile.functions.slice(1)].join('\n'),
    role: null,
    case: null,
    bases: profile.sources.map((s) => ({
      key: `${s.title}${s.docNumber ?? ''}`,
      title: s.title.replace(/^《|》$/g, ''),
      docNumber: s.docNumber ?? null,
      kind: null,
      articles: s.article ? [s.article] : [],
    })),
    score: r.ranked[0]?.score ?? 0,
    highlights: g.subjects,
    source: { file: 'domain/department-profiles.ts', line: 0, endLine: 0 },
    // A general function says what such a department usually does, not what this county decided.
    confidence: Math.min(r.confidence, CONFIDENT),
    coverage: 'GENERAL_FUNCTION',
  };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** The highest confidence of a list answer the routing does not trust: below CONFIDENT, so weak. */
const WEAK = Math.round((CONFIDENT - 0.01) * 100) / 100;
