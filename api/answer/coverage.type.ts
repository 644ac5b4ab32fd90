import { registerEnumType } from 'type-graphql';

/** Where an answer comes from (graph/search/route.ts); the same strings as the graph layer's type. */
export const Coverage = { RULING: 'RULING', LIST: 'LIST', GENERAL_FUNCTION: 'GENERAL_FUNCTION', NOT_COVERED: 'NOT_COVERED' } as const;
export type Coverage = (typeof Coverage)[keyof typeof Coverage];

registerEnumType(Coverage, {
  name: 'Coverage',
  description:
    'RULING：依据协调意见（编办等机关就此事项作出的职责分工决定）；LIST：已加载的清单载明；GENERAL_FUNCTION：本地清单未载明，按此类部门的通常职能；NOT_COVERED：不在已加载清单内',
});
