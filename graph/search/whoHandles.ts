// whoHandles: question -> terms -> full-text candidates -> transparent re-ranking.
// How the score is made is documented in graph/README.md ("How whoHandles ranks").
import { findAgencyMentions, type MentionableAgency, withMentionForms } from '../../domain/agency-names.js';
import { agencyNames, type FactCandidate } from '../repositories/answer.repository.js';
import { agencyJurisdictions } from '../repositories/evidence.repository.js';
import { answerOf, evidenceIndex, prepareTerms, rankAgencies } from './route.js';
import { type GraphVersion, graphVersion, VersionedCache } from '../version.js';
import { jurisdictionKeys } from './jurisdiction.js';
import { expandQuestion } from './lexicon.js';
import { rankCandidate, termWeights } from './rank.js';
import { bigrams, luceneQuery, questionTerms, type QuestionTerms } from './question-terms.js';
import type { Answer } from './types.js';

export interface SearchInput {
  question: string;
  jurisdiction?: string | null;
  first: number;
}

/** An agency the question names itself (发改局管不管炼油) is preferred by this factor. */
const MENTION_BOOST = 1.2;

export async function whoHandles(input: SearchInput): Promise<Answer[]> {
  const version = await graphVersion();
  const keys = await jurisdictionKeys(input.jurisdiction, version);
  const index = await evidenceIndex(keys, version, agencyJurisdictions);
  const prepared = prepareTerms(input.question, index.mentionable);
  if (!prepared) return [];
  return rankAgencies(prepared, index).slice(0, input.first).map(answerOf);
}

export interface PreparedQuestion {
  terms: QuestionTerms;
  lucene: string;
  mentioned: Set<string>;
}

/** The agencies of the searched jurisdictions with the forms a question may name them by. */
const mentionable = new VersionedCache<MentionableAgency[]>();

/** Terms of the question with named agencies resolved and taken out of the text search. */
export async function prepareQuestion(question: string, keys: string[] | null, version: GraphVersion): Promise<PreparedQuestion | null> {
  const raw = questionTerms(question);
  const agencies = await mentionable.get(version, keys?.join('\n') ?? '*', async () => withMentionForms(await agencyNames(keys)));
  const mentions = findAgencyMentions(question, agencies);
  const own = raw.terms.filter((t) => !mentions.words.some((w) => w.includes(t)));
  // Spoken words (盖房子) gain the document words for them (建筑, 违章建筑), at a lower weight.
  const expanded = expandQuestion(mentions.words.reduce((q, w) => q.replaceAll(w, ''), question), own);
  const content = mentions.words.reduce((c, w) => c.replaceAll(w, ''), raw.content);
  const terms: QuestionTerms = { terms: [...own, ...expanded.keys()], content, contentBigrams: bigrams(content), expanded };
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
      case: c.case, role: c.role, kind: c.kind, agencyNames: [c.agency.name, ...c.agency.aliases], agencyKey: c.agency.key,
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
