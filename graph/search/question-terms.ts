// Turns a plain-Chinese question into search terms. Question words (谁管, 哪个部门,
// 找谁, 怎么办…) say that the user asks, not what about: they are dropped so they
// never drive the ranking.
import { segmenter } from '../../domain/segmenter.js';

/** Words that carry the asking, the politeness or the grammar of a question. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  '谁',
  '谁管',
  '谁来',
  '谁来管',
  '谁来查',
  '谁负责',
  '归谁',
  '归谁管',
  '找谁',
  '问谁',
  '管谁',
  '哪个',
  '哪个部门',
  '哪些',
  '哪些部门',
  '哪里',
  '哪儿',
  '什么',
  '什么部门',
  '部门',
  '单位',
  '怎么',
  '怎么办',
  '怎样',
  '如何',
  '该',
  '应该',
  '应当',
  '需要',
  '要',
  '想',
  '能',
  '能不能',
  '可以',
  '可不可以',
  '请问',
  '请',
  '问',
  '问问',
  '反映',
  '举报',
  '投诉',
  '找',
  '去',
  '办',
  '管',
  '归',
  '负责',
  '处理',
  '由',
  '是',
  '的',
  '了',
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
  '么',
  '和',
  '与',
  '及',
  '或',
  '在',
  '把',
  '给',
  '被',
  '让',
  '我',
  '我们',
  '你',
  '你们',
  '他',
  '他们',
  '她',
  '它',
  '有人',
  '有',
  '人',
  '这',
  '那',
  '这个',
  '那个',
  '这些',
  '那些',
  '一个',
  '一些',
  '个',
  '上',
  '下',
  '里',
  '中',
  '到',
  '向',
  '对',
  '从',
  '就',
  '都',
  '也',
  '还',
  '又',
  '却',
  '很',
  '太',
  '事',
  '事情',
  '情况',
  '问题',
  '时候',
  '现在',
  '一直',
  '听说',
  '发现',
  '知道',
  '了解',
  '说',
  '看',
  '看看',
  '区',
  '县',
  '市',
  '省',
  '区里',
  '县里',
  '市里',
  '本区',
  '本县',
  '全区',
  '全县',
  '政府',
  '相关',
  '有关',
  '最后',
  '由谁',
  '谁管理',
  '谁审批',
  '谁监管',
  '在管',
  '主管',
  '管理部门',
  '主管部门',
  '行业主管部门',
]);

const CJK_OR_WORD = /[\p{Script=Han}A-Za-z0-9]/u;

export interface QuestionTerms {
  /** Content words, in first-seen order, question words removed. */
  terms: string[];
  /** The question's content characters joined (question words removed), for bigram overlap. */
  content: string;
  /** Character pairs of `content`, computed once per question for every candidate's bigram coverage. */
  contentBigrams: ReadonlySet<string>;
  /**
   * Terms added from the colloquial lexicon (lexicon.ts), not typed by the user, with the
   * lexicon entry that added each: they weigh less, and one entry counts once.
   */
  expanded?: ReadonlyMap<string, number>;
}

/** Segments for search (long words and their parts), drops punctuation and question words. */
export function questionTerms(question: string): QuestionTerms {
  const words = segmenter().cut(question, true);
  const content = words.filter((w) => isContent(w)).join('');
  const terms: string[] = [];
  for (const w of segmenter().cutForSearch(question, true)) {
    if (isContent(w) && !terms.includes(w)) terms.push(w);
  }
  return { terms, content, contentBigrams: bigrams(content) };
}

function isContent(word: string): boolean {
  const w = word.trim();
  return w.length > 0 && CJK_OR_WORD.test(w) && !QUESTION_WORDS.has(w);
}

/** Overlapping character pairs, the same unit Neo4j's cjk analyzer indexes. */
export function bigrams(text: string): Set<string> {
  const chars = [...text.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '')];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes Lucene query syntax in user text (a term can never become an operator). */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * A full-text query matching any of the terms. Terms of two or more characters become
 * quoted phrases, which the cjk analyzer turns into adjacent bigrams; single characters
 * are left to the re-ranking (the index holds no unigrams for them).
 */
export function luceneQuery(terms: readonly string[]): string | null {
  const phrases = terms.filter((t) => [...t].length >= 2).map((t) => `"${escapeLucene(t)}"`);
  return phrases.length ? phrases.join(' OR ') : null;
}
