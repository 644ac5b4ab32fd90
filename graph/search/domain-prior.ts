// A prior learnt from what citizens write: which of the board's 7 subject domains a text is
// about (naive Bayes over jieba words, tools/train-domain-prior.ts → domain-prior.json, learnt
// from the board's messages minus our evaluation sample). An agency is mapped to domains
// through its own list texts, never through a hand-made table; a message then prefers the
// agencies whose lists speak of its domain.
import { segmenter } from '../../domain/segmenter.js';
import model from './domain-prior.json' with { type: 'json' };

const { logPrior, words } = model as { domains: string[]; logPrior: number[]; words: Record<string, number[]> };
const DOMAINS = logPrior.length;

/**
 * P(domain | text). Naive Bayes is overconfident on long texts (words are not independent):
 * the log-likelihood is divided by √(words seen), which keeps a long text from being certain.
 */
export function domainPosterior(text: string): number[] {
  const sum = new Array<number>(DOMAINS).fill(0);
  let n = 0;
  for (const w of segmenter().cut(text, false)) {
    const lp = words[w];
    if (!lp) continue;
    n++;
    for (let d = 0; d < DOMAINS; d++) sum[d]! += lp[d]!;
  }
  const temper = n > 0 ? Math.sqrt(n) : 1;
  const z = sum.map((s, d) => logPrior[d]! + s / temper);
  const max = Math.max(...z);
  const e = z.map((x) => Math.exp(x - max));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / total);
}

/** 0..1: how much a message's domains and an agency's domains agree (Σ P(d|message)·P(d|agency)). */
export function domainAgreement(message: readonly number[], agency: readonly number[]): number {
  let s = 0;
  for (let d = 0; d < DOMAINS; d++) s += (message[d] ?? 0) * (agency[d] ?? 0);
  return s;
}
