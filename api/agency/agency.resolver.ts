import { Arg, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { AgencyResponsibility } from './agency-responsibility.type.js';
import { Matter } from '../matter/matter.type.js';
import { Agency } from './agency.type.js';
import { Duty } from './duty.type.js';
import { PublicService } from './service.type.js';
import * as service from './agency.service.js';

/** A nested list of an agency costs like a page of rows. */
const LIST_COMPLEXITY = 20;

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => [Agency], { description: '部门列表，可按辖区和名称（含别名）筛选', complexity: LIST_COMPLEXITY })
  agencies(
    @Arg('jurisdiction', () => String, { nullable: true }) jurisdiction: string | null,
    @Arg('name', () => String, { nullable: true, description: 'Part of the name or an alias' }) name: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'Default 50, max 100' }) first: number | null,
  ): Promise<Agency[]> {
    return service.agencies({ jurisdiction, name, first });
  }

  @Query(() => Agency, { nullable: true })
  agency(@Arg('key', () => ID) key: string): Promise<Agency | null> {
    return service.agency(key);
  }

  @FieldResolver(() => [Duty], { description: '部门职责', complexity: LIST_COMPLEXITY })
  duties(@Root() agency: Agency): Promise<Duty[]> {
    return service.duties(agency);
  }

  @FieldResolver(() => [AgencyResponsibility], { description: '在职责边界表中承担的事项', complexity: LIST_COMPLEXITY })
  responsibilities(@Root() agency: Agency): Promise<AgencyResponsibility[]> {
    return service.responsibilities(agency);
  }

  @FieldResolver(() => [Matter], { description: '承担职责的管理事项', complexity: LIST_COMPLEXITY })
  matters(@Root() agency: Agency): Promise<Matter[]> {
    return service.matters(agency);
  }

  @FieldResolver(() => [PublicService], { description: '公共服务事项', complexity: LIST_COMPLEXITY })
  services(@Root() agency: Agency): Promise<PublicService[]> {
    return service.services(agency);
  }
}
