import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import { requireEditor } from '../auth/editor.js';
import type { ApiContext } from '../context.js';
import * as service from './unload.service.js';

@Resolver()
export class UnloadResolver {
  @Mutation(() => Int, {
    description:
      '从图中卸载一个已加载的文件（其全部事实；写入审计日志）。需要编辑令牌。file：documents 中显示的文件名或键；同名的多个文件用其 sha256 区分',
    complexity: 10,
  })
  async unloadDocument(@Ctx() context: ApiContext, @Arg('file', () => String) file: string): Promise<number> {
    const actor = await requireEditor(context);
    return service.unloadDocument(context, actor, file);
  }
}
