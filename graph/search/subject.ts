// What a message is about. Real messages are long and personal (尊敬的领导, names, dates,
// amounts, the history of a quarrel): the subject is a few words among them. Two filters,
// both general:
// - grammar: jieba's part-of-speech tags drop people's and place names, times, numbers,
//   pronouns, particles and adverbs (anonymised places such as K8县 and A4区 are Latin
//   letters and digits, dropped with them);
// - speech: words that citizens write about every subject alike (领导, 反映, 希望, 问题)
//   weigh little. How alike is learnt from the board's own messages, not from our
//   evaluation sample (tools/citizen-speech.ts → citizen-speech.json).
import { segmenter } from '../../domain/segmenter.js';
import speech from './citizen-speech.json' with { type: 'json' };
import { bigrams, QUESTION_WORDS, type QuestionTerms } from './question-terms.js';

/** Tags whose words never carry the subject: names (nr*), places (ns), time, numerals, function words. */
const NOT_SUBJECT = /^(nr|ns|t|m|q|r|p|c|u|y|e|o|d|f|x|w|eng|zg|tg|mq|ul|uj|uz|uv|ud|ug)/;
const HAN = /\p{Script=Han}/u;

const SPREAD: ReadonlyMap<string, number> = new Map(Object.entries((speech as { spreads: Record<string, number> }).spreads));

export const SUBJECT = {
  /** How sharply speech words are discounted: weight = 1 − spread^power (spread 1 = every domain alike). */
  speechPower: 4,
  /** Messages longer than this (characters) are read for their subject; shorter ones are questions, taken whole. */
  longMessage: 40,
};

/** 0..1: how much a word says about the subject rather than about the writing. */
export function subjectWeight(word: string): number {
  const spread = SPREAD.get(word);
  return spread === undefined ? 1 : 1 - spread ** SUBJECT.speechPower;
}

/**
 * The subject words of a message, with their search-mode parts (劳动报酬 → 劳动, 报酬), in
 * first-seen order, and the weight of each (speech words weigh little).
 */
export function messageSubject(text: string): { terms: string[]; weights: Map<string, number>; content: string } {
  const kept: string[] = [];
  for (const { word, tag } of segmenter().tag(text, true)) {
    const w = word.trim();
    if (!w || !HAN.test(w) || NOT_SUBJECT.test(tag) || QUESTION_WORDS.has(w) || /[A-Za-z0-9]/.test(w)) continue;
    kept.push(w);
  }
  const terms: string[] = [];
  const weights = new Map<string, number>();
  for (const w of kept) {
    for (const part of [w, ...(w.length > 2 ? segmenter().cutForSearch(w, true) : [])]) {
      if (part.length < 2 && part !== w) continue;
      if (QUESTION_WORDS.has(part) || terms.includes(part)) continue;
      terms.push(part);
      weights.set(part, subjectWeight(part));
    }
  }
  const content = kept.filter((w) => subjectWeight(w) >= 0.5).join('');
  return { terms, weights, content };
}

/** QuestionTerms for a long message: its subject words, weighted. */
export function subjectTerms(text: string): QuestionTerms & { weights: Map<string, number> } {
  const { terms, weights, content } = messageSubject(text);
  return { terms, content, contentBigrams: bigrams(content), weights };
}
