import { registerEnumType } from 'type-graphql';

/** Where an answer comes from (graph/search/route.ts); the same strings as the graph layer's type. */
export const Coverage = { LIST: 'LIST', GENERAL_FUNCTION: 'GENERAL_FUNCTION', NOT_COVERED: 'NOT_COVERED' } as const;
export type Coverage = (typeof Coverage)[keyof typeof Coverage];

registerEnumType(Coverage, {
  name: 'Coverage',
  description: 'LIST：已加载的清单载明；GENERAL_FUNCTION：本地清单未载明，按此类部门的通常职能；NOT_COVERED：不在已加载清单内',
});
