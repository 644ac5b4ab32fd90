import { Query, Resolver } from 'type-graphql';
import { neo4jHealth } from '../../graph/health.js';
import { Health } from './health.type.js';

@Resolver(() => Health)
export class HealthResolver {
  @Query(() => Health, { description: '服务和数据库是否可用；数据库不可用时仍然回答（reachable: false），不报错' })
  async health(): Promise<Health> {
    const neo4j = await neo4jHealth();
    return { status: neo4j.reachable ? 'ok' : 'degraded', neo4j };
  }
}
