import { ask as searchAsk } from '../../graph/search/ask.js';
import { whereToComplain as searchComplaints } from '../../graph/search/whereToComplain.js';
import { whoHandles as searchAnswers } from '../../graph/search/whoHandles.js';
import { pageSize, questionText } from '../guards.js';
import type { Answer } from './answer.type.js';
import type { ComplaintAnswer } from './complaint-answer.type.js';
import type { Routing } from './routing.type.js';

export interface QuestionArgs {
  question: string;
  jurisdiction?: string | null;
  first?: number | null;
}

const DEFAULT_ANSWERS = 5;

export async function whoHandles(args: QuestionArgs): Promise<Answer[]> {
  const first = pageSize(args.first, DEFAULT_ANSWERS);
  const question = questionText(args.question);
  return withJurisdiction(await searchAnswers({ question, jurisdiction: args.jurisdiction, first }));
}

export async function ask(args: QuestionArgs): Promise<Routing> {
  const first = pageSize(args.first, DEFAULT_ANSWERS);
  const question = questionText(args.question);
  const reply = await searchAsk({ question, jurisdiction: args.jurisdiction, first });
  return { ...reply, answers: withJurisdiction(reply.answers) } as Routing;
}

function withJurisdiction<T extends { agency: { jurisdiction: string } }>(answers: T[]): Array<T & { jurisdiction: string }> {
  return answers.map((a) => ({ ...a, jurisdiction: a.agency.jurisdiction }));
}

export async function whereToComplain(args: QuestionArgs): Promise<ComplaintAnswer[]> {
  const first = pageSize(args.first, DEFAULT_ANSWERS);
  const question = questionText(args.question);
  return searchComplaints({ question, jurisdiction: args.jurisdiction, first });
}
