import { Arg, Int, Query, Resolver } from 'type-graphql';
import { pageFactor } from '../guards.js';
import { Answer } from './answer.type.js';
import { ComplaintAnswer } from './complaint-answer.type.js';
import { Routing } from './routing.type.js';
import * as service from './answer.service.js';

/** Ranked answers are the expensive queries: full-text search plus re-ranking. */
const AS_OF_DESCRIPTION = '按某日的清单作答（2016、2016-03 或 2016-03-15）：各部门取该日或之前最新的清单；不填则取各部门最新的清单';

const QUESTION_COMPLEXITY = 50;

@Resolver()
export class AnswerResolver {
  @Query(() => [Answer], {
    description: '“这件事谁来管？”用平常话提问，返回按得分排序的部门及证据（职责分工、依据、案例、出处）',
    complexity: ({ childComplexity, args }) => QUESTION_COMPLEXITY + childComplexity * pageFactor(args, 5),
  })
  whoHandles(
    @Arg('question', () => String) question: string,
    @Arg('jurisdiction', () => String, { nullable: true, description: '县/区名称，如 蒸湘区、安化县' }) jurisdiction: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'At most this many answers (default 5, max 100)' }) first: number | null,
    @Arg('asOf', () => String, { nullable: true, description: AS_OF_DESCRIPTION }) asOf: string | null,
  ): Promise<Answer[]> {
    return service.whoHandles({ question, jurisdiction, first, asOf });
  }

  @Query(() => Routing, {
    description: '一个问题的完整答复（网页用）：紧急情况、清单是否载明、确定程度、一句话说明、部门与联系方式',
    complexity: ({ childComplexity, args }) => QUESTION_COMPLEXITY + childComplexity * pageFactor(args, 5),
  })
  ask(
    @Arg('question', () => String) question: string,
    @Arg('jurisdiction', () => String, { nullable: true }) jurisdiction: string | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('asOf', () => String, { nullable: true, description: AS_OF_DESCRIPTION }) asOf: string | null,
  ): Promise<Routing> {
    return service.ask({ question, jurisdiction, first, asOf });
  }

  @Query(() => [ComplaintAnswer], {
    description: '群众办事/投诉：该找哪个部门、哪个承办机构、联系电话，附一行理由',
    complexity: ({ childComplexity, args }) => QUESTION_COMPLEXITY + childComplexity * pageFactor(args, 5),
  })
  whereToComplain(
    @Arg('question', () => String) question: string,
    @Arg('jurisdiction', () => String, { nullable: true }) jurisdiction: string | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('asOf', () => String, { nullable: true, description: AS_OF_DESCRIPTION }) asOf: string | null,
  ): Promise<ComplaintAnswer[]> {
    return service.whereToComplain({ question, jurisdiction, first, asOf });
  }
}
