import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { ListDate } from './list-date.type.js';
import { Source } from './source.type.js';
import * as service from './source.service.js';

@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: '所在清单的标题（无清单时为文件标题），如 衡阳市蒸湘区卫生局责任清单；推断的标题以（标题为推断）结尾',
  })
  async title(@Root() source: Source, @Ctx() ctx: ApiContext): Promise<string | null> {
    return (await service.sourceTitle(ctx, source)).title;
  }

  @FieldResolver(() => String, { nullable: true, description: '所在清单的部门' })
  async department(@Root() source: Source, @Ctx() ctx: ApiContext): Promise<string | null> {
    return (await service.sourceTitle(ctx, source)).department;
  }

  @FieldResolver(() => ListDate, { description: '所在清单的日期（无清单时为文件的日期），如 2016年；不详时为“日期不详”' })
  listDate(@Root() source: Source, @Ctx() ctx: ApiContext): Promise<ListDate> {
    return service.sourceListDate(ctx, source);
  }
}
