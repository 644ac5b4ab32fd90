import { normaliseTitle } from '../../../domain/matter-title.js';
import { characterBigrams } from './subject-terms.js';

/** Generic tails of matter titles: 危险化学品监管 and 危险化学品安全监督管理 are one matter. */
const GENERIC_TAIL = /(?:安全|综合)?(?:监督管理|监管|管理|治理|整治|防治|工作|建设|监察|分配)$/u;

/** The title without its generic tail (repeatedly), when something is left. */
export function titleCore(title: string): string {
  let core = normaliseTitle(title);
  for (let next = core.replace(GENERIC_TAIL, ''); next !== core && next.length >= 2; next = core.replace(GENERIC_TAIL, '')) core = next;
  return core;
}

/**
 * How alike two matter titles are, 0–1: 1 for the same normalised title, 0.9 for the same core
 * (title without a generic tail like 监管/安全监督管理), otherwise Dice over character bigrams,
 * raised to 0.85 when one title contains the other and the shorter has at least four characters
 * (超限超载 / 超限超载治理), to 0.8 when one title's core (four characters or more) is written whole
 * in the other. Bigrams rather than words: titles are short and segment unstably.
 */
export function titleSimilarity(a: string, b: string): number {
  const x = normaliseTitle(a);
  const y = normaliseTitle(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  const core = titleCore(x);
  if (core.length >= 3 && core === titleCore(y)) return 0.9;
  const dice = diceCoefficient(characterBigrams(x), characterBigrams(y));
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 4 && long.includes(short)) return Math.max(dice, 0.85);
  // 专项资金分配 / 所有财政安排的专项资金: one title's core, written whole inside the other.
  const contained = [
    [x, y],
    [y, x],
  ].some(([p, q]) => {
    const c = titleCore(p!);
    return c.length >= 4 && c !== p && q!.includes(c);
  });
  return contained ? Math.max(dice, 0.8) : dice;
}

export function diceCoefficient(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const g of a) counts.set(g, (counts.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of b) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      common += 1;
      counts.set(g, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/**
 * Whether two texts are the same text give or take edits: one contains the other (at least
 * `minContained` characters), or their character bigrams mostly agree. Unlike TF-IDF cosine
 * this does not call two short texts alike for sharing one rare word.
 */
export function sameText(a: string, b: string, minDice = 0.8, minContained = 12): boolean {
  const x = normaliseTitle(a);
  const y = normaliseTitle(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= minContained && long.includes(short)) return true;
  return diceCoefficient(characterBigrams(x), characterBigrams(y)) >= minDice;
}
