// Chinese word segmentation (jieba), one instance per process. Building it loads a
// dictionary (~0.1–0.3 s), so it is built on first use: a load of titled documents and a
// process that never asks a question never pay for it.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;

export function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}
