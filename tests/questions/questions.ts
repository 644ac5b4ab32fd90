// The question sets and how an answer is judged against them.
// questions.json: round 1 (57, written from the seeds before any ranking ran).
// heldout.json: round 2 (plain spoken words, written before the colloquial lexicon existed).
import { readFileSync } from 'node:fs';

export interface Question {
  id: string;
  audience: 'staff' | 'public';
  /** County/district the question is asked in; null asks without a place. */
  jurisdiction: string | null;
  /** When asked without a place: the jurisdiction whose agency must answer. */
  agencyJurisdiction?: string;
  question: string;
  /** Spellings of the expected agency; an answer matches when its name or an alias contains one. */
  accept: string[];
}

export type QuestionSet = 'questions' | 'heldout';

export function readQuestions(set: QuestionSet = 'questions'): Question[] {
  const url = new URL(`./${set}.json`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { questions: Question[] }).questions;
}

export function answersQuestion(q: Question, agency: { name: string; aliases: string[]; jurisdiction?: string }): boolean {
  if (q.agencyJurisdiction && agency.jurisdiction !== q.agencyJurisdiction) return false;
  return [agency.name, ...agency.aliases].some((n) => q.accept.some((a) => n.includes(a)));
}

/** Accuracy floors the test enforces (measured value minus a margin; see /work/notes/graph-api.md, Round 2). */
export const FLOORS: Record<QuestionSet, { top1: number; top3: number }> = {
  questions: { top1: 0.78, top3: 0.9 },
  heldout: { top1: 0.7, top3: 0.9 },
};
