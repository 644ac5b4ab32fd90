import { characterBigrams, normaliseTitle } from './tokenize.js';

/**
 * How alike two matter titles are, 0–1: Dice over character bigrams, raised to 0.85 when one
 * title contains the other and the shorter has at least four characters (超限超载 / 超限超载治理).
 * Bigrams rather than words: titles are short and segment unstably.
 */
export function titleSimilarity(a: string, b: string): number {
  const x = normaliseTitle(a);
  const y = normaliseTitle(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  const dice = diceCoefficient(characterBigrams(x), characterBigrams(y));
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 4 && long.includes(short) ? Math.max(dice, 0.85) : dice;
}

function diceCoefficient(a: readonly string[], b: readonly string[]): number {
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
