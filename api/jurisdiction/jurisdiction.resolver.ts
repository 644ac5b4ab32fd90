import { Query, Resolver } from 'type-graphql';
import { Jurisdiction } from './jurisdiction.type.js';
import * as service from './jurisdiction.service.js';

@Resolver(() => Jurisdiction)
export class JurisdictionResolver {
  @Query(() => [Jurisdiction], { description: '所有辖区（省、市、县/区）', complexity: 10 })
  jurisdictions(): Promise<Jurisdiction[]> {
    return service.jurisdictions();
  }
}
