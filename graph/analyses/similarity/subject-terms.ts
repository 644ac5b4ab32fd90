import { normaliseTitle } from '../../../domain/matter-title.js';
import { segmenter } from '../../../domain/segmenter.js';
import { BOILERPLATE_TERMS } from './stoplist.js';

const HAN = /^\p{Script=Han}+$/u;

/**
 * The subject-bearing terms of a Chinese administrative text, with their counts.
 * Precise segmentation keeps compounds whole (节能降耗, 计划生育); a four-character
 * compound also yields its two halves (节能, 降耗) at half weight, because these lists build
 * their subjects as 2+2 compounds: 节能监察 and 节能降耗 still meet on 节能, while a shared
 * compound does not count three times. Search-mode segmentation was tried and rejected: it
 * invents cross-boundary words (审计工作 → 计工). Single characters, non-Han runs (numbering)
 * and boilerplate are dropped.
 */
export function subjectTerms(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const keep = (word: string, weight: number) => {
    if (word.length >= 2 && !BOILERPLATE_TERMS.has(word)) counts.set(word, (counts.get(word) ?? 0) + weight);
  };
  for (const word of segmenter().cut(text, false)) {
    if (!HAN.test(word)) continue;
    // 加强指导, 组织协调: a compound of two boilerplate halves is boilerplate too.
    if (word.length === 4 && BOILERPLATE_TERMS.has(word.slice(0, 2)) && BOILERPLATE_TERMS.has(word.slice(2))) continue;
    keep(word, 1);
    if (word.length === 4) {
      keep(word.slice(0, 2), 0.5);
      keep(word.slice(2), 0.5);
    }
  }
  return counts;
}

/**
 * Terms of `shared` not contained in another of them: 审计工作 and 审计 are one concept.
 * Counting these keeps a single compound and its half from passing as two shared subjects.
 */
export function distinctConcepts(shared: readonly string[]): string[] {
  return shared.filter((t) => !shared.some((u) => u !== t && u.includes(t)));
}

/** Overlapping character bigrams of a title without punctuation. */
export function characterBigrams(text: string): string[] {
  const chars = [...normaliseTitle(text)];
  if (chars.length < 2) return chars.length === 1 ? [chars[0]!] : [];
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 1) grams.push(chars[i]! + chars[i + 1]!);
  return grams;
}
