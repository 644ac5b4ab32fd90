// whoHandles: the routing (route.ts) shown for staff: each agency with the row that decides
// it (division, bases, case, source), how sure the answer is and where it comes from.
// How the score is made is documented in graph/README.md ("How whoHandles ranks").
import { rulingDivision } from '../rulings/ruling.js';
import { CONFIDENT, RULING_CONFIDENCE } from './confidence.js';
import { answerOf, type GeneralFunction, type RankedAgency, type RuledMatter, type Routing, route, type SearchInput } from './route.js';
import type { AgencyRef, Answer } from './types.js';

export async function whoHandles(input: SearchInput): Promise<Answer[]> {
  return answersOf(await route(input), input.first);
}

/**
 * A ruling's agencies first when one decides the question's matter (its lead, then the agencies
 * cooperating); else the general-function answer first when the lists are silent and the
 * jurisdiction has an agency of the fitting kind; then the list agencies, best first. The top
 * list agency carries the routing's confidence; the others less, in proportion to their scores.
 */
export function answersOf(r: Routing, first: number): Answer[] {
  const head = r.ruled
    ? rulingAnswers(r.ruled)
    : r.coverage === 'GENERAL_FUNCTION' && r.general?.agency
      ? [generalAnswer(r.general, r)]
      : [];
  const shown = new Set(head.map((a) => a.agency.key));
  const top = r.ranked[0]?.score ?? 0;
  // When the routing finds the lists silent, or a ruling has decided the matter, no list row is an answer to act on.
  const cap = r.coverage === 'LIST' ? 1 : WEAK;
  const listed = r.ranked
    .filter((a) => !shown.has(a.agency.key))
    .map((a) => listAnswer(a, top > 0 ? round(Math.min(cap, r.confidence * (a.score / top))) : 0));
  // What became of each agency since its list: added, never reordering (route.ts ranks alone).
  return [...head, ...listed].slice(0, first).map((a) => ({
    ...a,
    succession: r.successionOf(
      a.agency,
      `${a.matter.title}\n${a.division}`,
      a.source,
      a.kind === 'general' ? 'general' : a.kind === 'ruling' ? 'ruling' : 'list',
    ),
  }));
}

function listAnswer(a: RankedAgency, confidence: number): Answer {
  return { ...answerOf(a), confidence, coverage: 'LIST' };
}

/** The ruling's lead, then its cooperating agencies, each with the ruling's division for it. */
function rulingAnswers(m: RuledMatter): Answer[] {
  const answer = (agency: AgencyRef, division: string, role: 'lead' | 'cooperate', confidence: number): Answer => ({
    kind: 'ruling',
    key: m.ruling.key,
    agency,
    matter: { key: m.ruling.matterKey, title: m.ruling.matterTitle },
    division: rulingDivision(m.ruling, division),
    role,
    case: null,
    bases: [],
    score: m.score,
    highlights: m.highlights,
    // A ruling is cited by its reference number (文号), not by a document line.
    source: { file: m.ruling.reference, line: 0, endLine: 0 },
    confidence,
    coverage: 'RULING',
    ruling: m.ruling,
  });
  return [
    answer(m.lead.agency, m.lead.division, 'lead', RULING_CONFIDENCE.lead),
    ...m.cooperating.map((c) => answer(c.agency, c.division, 'cooperate', RULING_CONFIDENCE.cooperating)),
  ];
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
    ruling: null,
  };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** The highest confidence of a list answer the routing does not trust: below CONFIDENT, so weak. */
const WEAK = Math.round((CONFIDENT - 0.01) * 100) / 100;
