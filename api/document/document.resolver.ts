import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { DepartmentList, Diagnostic, Document } from './document.type.js';
import { ListDate } from './list-date.type.js';
import { SourceText } from './source-text.type.js';
import * as service from './document.service.js';

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => [Document], { description: '已加载的文件及加载统计', complexity: 10 })
  documents(): Promise<Document[]> {
    return service.documents();
  }

  @Query(() => Document, {
    nullable: true,
    description: '按键（绝对路径）、加载时的文件名或答案中显示的文件名（如 004_….txt）取文件；对应多个文件时报错',
  })
  document(@Arg('key', () => ID) key: string): Promise<Document | null> {
    return service.document(key);
  }

  @Query(() => SourceText, {
    description: '出处周围的原文：file 可为答案中显示的文件名或文件键；默认前 8 行、后 12 行，各最多 100 行',
    complexity: 5,
  })
  sourceText(
    @Arg('file', () => String) file: string,
    @Arg('line', () => Int) line: number,
    @Arg('before', () => Int, { nullable: true, description: 'Lines before `line`: default 8, max 100' }) before: number | null,
    @Arg('after', () => Int, { nullable: true, description: 'Lines after the record: default 12, max 100' }) after: number | null,
    @Ctx() ctx: ApiContext,
  ): Promise<SourceText> {
    return service.sourceText(ctx, { file, line, before, after });
  }

  @FieldResolver(() => [Diagnostic], { description: '加载报告（诊断）', complexity: 20 })
  diagnostics(
    @Root() document: Document,
    @Arg('severity', () => String, { nullable: true, description: 'error, warning or info' }) severity: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'Default 100, max 100' }) first: number | null,
  ): Promise<Diagnostic[]> {
    return service.diagnostics(document, { severity, first });
  }

  @FieldResolver(() => [DepartmentList], { description: '文件中的部门清单', complexity: 10 })
  departments(@Root() document: Document): Promise<DepartmentList[]> {
    return service.departments(document);
  }

  @FieldResolver(() => ListDate, { description: '文件的日期：其第一个写明日期的清单的日期，否则导入时指定的，否则不详' })
  date(@Root() document: Document, @Ctx() ctx: ApiContext): Promise<ListDate> {
    return service.documentDate(ctx, document);
  }
}

@Resolver(() => DepartmentList)
export class DepartmentListResolver {
  @FieldResolver(() => ListDate, { description: '清单的日期（正文写明、导入时指定或不详）' })
  date(@Root() list: DepartmentList, @Ctx() ctx: ApiContext): Promise<ListDate> {
    return service.listDate(ctx, list);
  }
}
