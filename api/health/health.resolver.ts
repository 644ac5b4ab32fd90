import { Query, Resolver } from 'type-graphql';
import { serviceHealth } from '../../graph/health.js';
import { Health } from './health.type.js';

@Resolver(() => Health)
export class HealthResolver {
  @Query(() => Health, { description: '服务和数据库是否可用；数据库不可用时仍然回答（reachable: false），不报错' })
  health(): Promise<Health> {
    return serviceHealth();
  }
}
