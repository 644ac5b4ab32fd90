import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { auditEntryFor, requireEditor } from '../auth/editor.js';
import type { ApiContext } from '../context.js';
import { SuccessionRecordInput } from './succession.input.js';
import { SuccessionRecord } from './succession-record.type.js';
import * as service from './succession.service.js';

@Resolver(() => SuccessionRecord)
export class SuccessionResolver {
  @Query(() => [SuccessionRecord], { description: '辖区的本地机构沿革记录（表格载入或编辑录入），按生效日期排列' })
  successionRecords(@Arg('jurisdiction', () => String) jurisdiction: string): Promise<SuccessionRecord[]> {
    return service.listSuccessionRecords(jurisdiction);
  }

  @Mutation(() => SuccessionRecord, {
    description: '录入本辖区的一条机构沿革记录（需编辑令牌）：此后答案按它说明清单所列部门的职责现由谁承担',
  })
  async recordSuccession(
    @Arg('input', () => SuccessionRecordInput) input: SuccessionRecordInput,
    @Ctx() ctx: ApiContext,
  ): Promise<SuccessionRecord> {
    const actor = await requireEditor(ctx);
    const audit = auditEntryFor(ctx, actor, {
      action: 'recordSuccession',
      target: `${input.jurisdiction} ${input.from.join('、')}`,
      summary: `录入机构沿革：${input.jurisdiction} ${input.from.join('、')} ${input.kind} ${input.to.map((t) => t.agency).join('、')}（${input.effective}）`,
    });
    return service.recordSuccession(input, audit);
  }
}
