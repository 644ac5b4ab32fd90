// The question set (questions.json) and how an answer is judged against it.
import { readFileSync } from 'node:fs';

export interface Question {
  id: string;
  audience: 'staff' | 'public';
  jurisdiction: string;
  question: string;
  /** Spellings of the expected agency; an answer matches when its name or an alias contains one. */
  accept: string[];
}

export function readQuestions(): Question[] {
  const url = new URL('./questions.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { questions: Question[] }).questions;
}

export function answersQuestion(q: Question, agency: { name: string; aliases: string[] }): boolean {
  return [agency.name, ...agency.aliases].some((n) => q.accept.some((a) => n.includes(a)));
}

/** Accuracy floors the test enforces (measured value minus a small margin; see /work/notes/graph-api.md). */
export const FLOORS = { top1: 0.78, top3: 0.9 } as const;
