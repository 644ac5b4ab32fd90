// Matter titles (管理事项): how two spellings of one title become one matter. Lists wrap
// titles over lines and punctuate them differently (农村贫困农户\n危房改造, 校车安全（管理）),
// so the key drops whitespace, punctuation and symbols. The graph keys matters with it and
// the analyses compare titles with it: one function, so they always agree.

const TITLE_NOISE = /[\s\p{P}\p{S}]+/gu;

/** Whitespace and punctuation removed: 农村贫困农户\n危房改造 and 农村贫困农户危房改造 are one matter. */
export function normaliseTitle(title: string): string {
  return title.replace(TITLE_NOISE, '');
}

/** The graph's Matter.key: one matter per jurisdiction and normalised title. */
export function matterKey(jurisdictionKey: string, title: string): string {
  return `${jurisdictionKey}|${normaliseTitle(title)}`;
}
