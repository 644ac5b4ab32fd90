import { Arg, Query, Resolver } from 'type-graphql';
import { Dossier } from './dossier.type.js';
import * as service from './dispute.service.js';

@Resolver()
export class DisputeResolver {
  @Query(() => Dossier, {
    description:
      '职责争议卷宗：争议事项在清单中的全部材料（逐部门的分工、依据、案例、出处，清单之间的矛盾，其他地区的分工，既往协调意见）及初步意见。agencies 至少两个部门，可用简称或别名',
    // Ranks every row of the county, reads the matters whole and compares them across jurisdictions: priced like five root fields.
    complexity: ({ childComplexity }) => 500 + childComplexity,
  })
  dispute(
    @Arg('jurisdiction', () => String) jurisdiction: string,
    @Arg('question', () => String, { description: '争议事项，如 出生人口性别比治理' }) question: string,
    @Arg('agencies', () => [String], { description: '争议部门（至少两个），名称、简称或别名' }) agencies: string[],
  ): Promise<Dossier> {
    return service.dispute({ jurisdiction, question, agencies });
  }
}
