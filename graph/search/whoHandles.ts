// whoHandles: question -> terms -> full-text candidates -> transparent re-ranking.
// How the score is made is documented in graph/README.md ("How whoHandles ranks").
import { agencyNames, factCandidates, type FactCandidate } from '../repositories/answer.repository.js';
import { memo } from './cache.js';
import { jurisdictionKeys } from './jurisdiction.js';
import { expandQuestion } from './lexicon.js';
import { findAgencyMentions } from './mentions.js';
import { rankCandidate, termWeights } from './rank.js';
import { luceneQuery, questionTerms, type QuestionTerms } from './tokenize.js';
import type { Answer } from './types.js';

export interface SearchInput {
  question: string;
  jurisdiction?: string | null;
  first: number;
}

/** An agency the question names itself (发改局管不管炼油) is preferred by this factor. */
const MENTION_BOOST = 1.2;

export async function whoHandles(input: SearchInput): Promise<Answer[]> {
  const keys = await jurisdictionKeys(input.jurisdiction);
  const prepared = await prepareQuestion(input.question, keys);
  if (!prepared) return [];
  const candidates = await factCandidates(prepared.lucene, keys);
  return rankAnswers(prepared, candidates).slice(0, input.first);
}

export interface PreparedQuestion {
  terms: QuestionTerms;
  lucene: string;
  mentioned: Set<string>;
}

/** Terms of the question with named agencies resolved and taken out of the text search. */
export async function prepareQuestion(question: string, keys: string[] | null): Promise<PreparedQuestion | null> {
  const raw = questionTerms(question);
  const names = await memo(`agencies:${keys?.join('\n') ?? '*'}`, () => agencyNames(keys));
  const mentions = findAgencyMentions(question, names);
  const own = raw.terms.filter((t) => !mentions.words.some((w) => w.includes(t)));
  // Spoken words (盖房子) gain the document words for them (建筑, 违章建筑), at a lower weight.
  const expanded = expandQuestion(mentions.words.reduce((q, w) => q.replaceAll(w, ''), question), own);
  const terms: QuestionTerms = {
    terms: [...own, ...expanded.keys()],
    content: mentions.words.reduce((c, w) => c.replaceAll(w, ''), raw.content),
    expanded,
  };
  const lucene = luceneQuery(terms.terms);
  return lucene ? { terms, lucene, mentioned: mentions.agencyKeys } : null;
}

/** Scores every candidate, keeps each agency's best answer, best first. */
export function rankAnswers(p: PreparedQuestion, candidates: FactCandidate[]): Answer[] {
  const texts = candidates.map((c) => `${c.matter.title}${c.division}${c.case ?? ''}`);
  const weights = termWeights(p.terms.terms, texts, p.terms.expanded);
  const best = new Map<string, { answer: Answer; ord: number }>();
  for (const c of candidates) {
    // A duty has no matter title: its text and work item weigh as division text.
    const ranked = rankCandidate(p.terms, weights, {
      title: c.kind === 'duty' ? '' : c.matter.title,
      division: c.kind === 'duty' ? `${c.matter.title}\n${c.division}` : c.division,
      case: c.case, role: c.role, kind: c.kind, agencyNames: [c.agency.name, ...c.agency.aliases],
    });
    if (ranked.highlights.length === 0) continue;
    const score = p.mentioned.has(c.agency.key) ? ranked.score * MENTION_BOOST : ranked.score;
    const answer: Answer = {
      kind: c.kind, key: c.key, agency: c.agency, matter: c.matter, division: c.division, role: c.role,
      case: c.case, bases: c.bases, score: Math.round(score * 1000) / 1000, highlights: ranked.highlights,
      source: c.source,
    };
    const held = best.get(c.agency.key);
    if (!held || answer.score > held.answer.score) best.set(c.agency.key, { answer, ord: c.ord });
  }
  // Equal scores (one cell naming two agencies) keep the order the document names them in.
  return [...best.values()]
    .sort((a, b) => b.answer.score - a.answer.score || a.ord - b.ord || a.answer.key.localeCompare(b.answer.key))
    .map((x) => x.answer);
}
