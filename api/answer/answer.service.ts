import { ask as searchAsk } from '../../graph/search/ask.js';
import { whereToComplain as searchComplaints } from '../../graph/search/whereToComplain.js';
import { whoHandles as searchAnswers } from '../../graph/search/whoHandles.js';
import type { RulingRecord } from '../../graph/rulings/ruling.js';
import { calendarDate } from '../../domain/list-date.js';
import { apiError } from '../errors.js';
import { pageSize, questionText } from '../guards.js';
import { rulingViews } from '../ruling/ruling.service.js';
import type { Ruling } from '../ruling/ruling.type.js';
import type { Answer } from './answer.type.js';
import type { ComplaintAnswer } from './complaint-answer.type.js';
import type { Routing } from './routing.type.js';

export interface QuestionArgs {
  question: string;
  jurisdiction?: string | null;
  first?: number | null;
  /** Answer from each department's newest list dated on or before this day (YYYY[-MM[-DD]]). */
  asOf?: string | null;
}

const DEFAULT_ANSWERS = 5;

/** asOf as a checked date (2016, 2016-03, 2016-03-15), null when absent; anything else is BAD_USER_INPUT. */
export function asOfDate(asOf: string | null | undefined): string | null {
  if (asOf === null || asOf === undefined || asOf.trim() === '') return null;
  const date = calendarDate(asOf);
  if (date === null) {
    throw apiError('BAD_USER_INPUT', `asOf 的日期无效：“${asOf}”（应为 2016、2016-03 或 2016-03-15 这样的日期）`, { argumentName: 'asOf' });
  }
  return date;
}

export async function whoHandles(args: QuestionArgs): Promise<Answer[]> {
  const first = pageSize(args.first, DEFAULT_ANSWERS);
  const question = questionText(args.question);
  const asOf = asOfDate(args.asOf);
  return withRulings(withJurisdiction(await searchAnswers({ question, jurisdiction: args.jurisdiction, first, asOf })));
}

export async function ask(args: QuestionArgs): Promise<Routing> {
  const first = pageSize(args.first, DEFAULT_ANSWERS);
  const question = questionText(args.question);
  const asOf = asOfDate(args.asOf);
  const reply = await searchAsk({ question, jurisdiction: args.jurisdiction, first, asOf });
  return { ...reply, answers: await withRulings(withJurisdiction(reply.answers)), contacts: await withRulings(reply.contacts) } as Routing;
}

/** The ruling an answer rests on, as the GraphQL Ruling (its agencies as Agency objects). */
async function withRulings<T extends { ruling: RulingRecord | null }>(
  answers: T[],
): Promise<Array<Omit<T, 'ruling'> & { ruling: Ruling | null }>> {
  const records = [...new Map(answers.flatMap((a) => (a.ruling ? [[a.ruling.key, a.ruling] as const] : []))).values()];
  const views = new Map((await rulingViews(records)).map((v) => [v.key, v]));
  return answers.map((a) => ({ ...a, ruling: a.ruling ? (views.get(a.ruling.key) ?? null) : null }));
}

function withJurisdiction<T extends { agency: { jurisdiction: string } }>(answers: T[]): Array<T & { jurisdiction: string }> {
  return answers.map((a) => ({ ...a, jurisdiction: a.agency.jurisdiction }));
}

export async function whereToComplain(args: QuestionArgs): Promise<ComplaintAnswer[]> {
  const first = pageSize(args.first, DEFAULT_ANSWERS);
  const question = questionText(args.question);
  const asOf = asOfDate(args.asOf);
  return withRulings(await searchComplaints({ question, jurisdiction: args.jurisdiction, first, asOf }));
}
