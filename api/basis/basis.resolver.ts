import { Arg, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Responsibility } from '../matter/responsibility.type.js';
import { Basis } from './basis.type.js';
import * as service from './basis.service.js';

@Resolver(() => Basis)
export class BasisResolver {
  @Query(() => [Basis], { description: '依据，按被引用次数排序，可按标题或文号筛选', complexity: 20 })
  bases(
    @Arg('text', () => String, { nullable: true }) text: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'Default 50, max 100' }) first: number | null,
  ): Promise<Basis[]> {
    return service.bases({ text, first });
  }

  @Query(() => Basis, { nullable: true, description: '按键（文号，否则标题）取一条依据' })
  basis(@Arg('key', () => ID) key: string): Promise<Basis | null> {
    return service.basis(key);
  }

  @FieldResolver(() => [Responsibility], { description: '以此为依据的全部职责', complexity: 20 })
  responsibilities(@Root() basis: Basis): Promise<Responsibility[]> {
    return service.responsibilities(basis);
  }
}
