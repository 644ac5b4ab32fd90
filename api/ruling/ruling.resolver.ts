import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { auditEntryFor, requireEditor } from '../auth/editor.js';
import type { ApiContext } from '../context.js';
import { RulingInput, RulingWithdrawalInput } from './ruling.input.js';
import { Ruling } from './ruling.type.js';
import * as service from './ruling.service.js';

@Resolver(() => Ruling)
export class RulingResolver {
  @Query(() => [Ruling], { description: '辖区内录入的协调意见（含已被取代的和撤销），新的在前；可限定一个管理事项' })
  rulings(
    @Arg('jurisdiction', () => String) jurisdiction: string,
    @Arg('matter', () => String, { nullable: true, description: '管理事项的名称或键' }) matter: string | null,
  ): Promise<Ruling[]> {
    return service.listRulings(jurisdiction, matter);
  }

  @Mutation(() => Ruling, { description: '录入协调意见（需编辑令牌）：此后该事项的“谁来管”先给出协调意见确定的部门' })
  async recordRuling(@Arg('input', () => RulingInput) input: RulingInput, @Ctx() ctx: ApiContext): Promise<Ruling> {
    const actor = await requireEditor(ctx);
    const audit = auditEntryFor(ctx, actor, {
      action: 'recordRuling',
      target: input.reference,
      summary: `录入协调意见 ${input.reference}：${input.jurisdiction} ${input.matter} 由 ${input.lead.agency} 牵头`,
    });
    return service.recordRuling(input, audit);
  }

  @Mutation(() => Ruling, { description: '撤销某事项现行的协调意见（需编辑令牌）：此后答案回到清单' })
  async withdrawRuling(@Arg('input', () => RulingWithdrawalInput) input: RulingWithdrawalInput, @Ctx() ctx: ApiContext): Promise<Ruling> {
    const actor = await requireEditor(ctx);
    const audit = auditEntryFor(ctx, actor, {
      action: 'withdrawRuling',
      target: input.reference,
      summary: `撤销协调意见 ${input.reference}：${input.jurisdiction} ${input.matter}`,
    });
    return service.withdrawRuling(input, audit);
  }
}
