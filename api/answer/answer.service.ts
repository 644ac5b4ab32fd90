import { whereToComplain as searchComplaints } from '../../graph/search/whereToComplain.js';
import { whoHandles as searchAnswers } from '../../graph/search/whoHandles.js';
import { pageSize, questionText } from '../guards.js';
import type { Answer } from './answer.type.js';
import type { ComplaintAnswer } from './complaint-answer.type.js';

export interface QuestionArgs {
  question: string;
  jurisdiction?: string | null;
  first?: number | null;
}

const DEFAULT_ANSWERS = 5;

export async function whoHandles(args: QuestionArgs): Promise<Answer[]> {
  const first = pageSize(args.first, DEFAULT_ANSWERS);
  const question = questionText(args.question);
  const answers = await searchAnswers({ question, jurisdiction: args.jurisdiction, first });
  return answers.map((a) => ({ ...a, jurisdiction: a.agency.jurisdiction }));
}

export async function whereToComplain(args: QuestionArgs): Promise<ComplaintAnswer[]> {
  const first = pageSize(args.first, DEFAULT_ANSWERS);
  const question = questionText(args.question);
  return searchComplaints({ question, jurisdiction: args.jurisdiction, first });
}
