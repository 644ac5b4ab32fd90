import { Arg, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { DepartmentList, Diagnostic, Document } from './document.type.js';
import * as service from './document.service.js';

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => [Document], { description: '已加载的文件及加载统计', complexity: 10 })
  documents(): Promise<Document[]> {
    return service.documents();
  }

  @Query(() => Document, { nullable: true, description: '按键（绝对路径）或加载时的文件名取文件' })
  document(@Arg('key', () => ID) key: string): Promise<Document | null> {
    return service.document(key);
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
}
