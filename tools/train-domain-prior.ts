// Trains the domain prior (graph/search/domain-prior.ts): a multinomial naive Bayes over jieba
// words, from the board's own subject labels (7 domains) of the 3,191 messages minus the
// evaluation sample (tests/questions/citizen/sample.tsv: neither dev nor test is learnt from).
// Writes the per-domain log-probabilities of words seen at least MIN_COUNT times.
//   npx tsx tools/train-domain-prior.ts > graph/search/domain-prior.json
import { segmenter } from '../domain/segmenter.js';
import { unsampledMessages } from '../tests/questions/citizen/sample.js';

const MIN_COUNT = 3;
const messages = unsampledMessages();
const domains = [...new Set(messages.map((m) => m.domain))].sort();
const counts = domains.map(() => new Map<string, number>());
const totals = domains.map(() => 0);
const docs = domains.map((d) => messages.filter((m) => m.domain === d).length);
const seen = new Map<string, number>();
for (const m of messages) {
  const d = domains.indexOf(m.domain);
  for (const w of segmenter().cut(m.text, false)) {
    if (!/^\p{Script=Han}{2,}$/u.test(w)) continue;
    counts[d]!.set(w, (counts[d]!.get(w) ?? 0) + 1);
    totals[d]! += 1;
    seen.set(w, (seen.get(w) ?? 0) + 1);
  }
}
const vocabulary = [...seen]
  .filter(([, n]) => n >= MIN_COUNT)
  .map(([w]) => w)
  .sort();
const V = vocabulary.length;
const round = (x: number) => Math.round(x * 1000) / 1000;
const logPrior = docs.map((n) => round(Math.log(n / messages.length)));
// Laplace smoothing; an unseen word weighs the same in every domain, so it is left out.
const words: Record<string, number[]> = {};
for (const w of vocabulary) words[w] = domains.map((_, d) => round(Math.log(((counts[d]!.get(w) ?? 0) + 1) / (totals[d]! + V))));
console.log(JSON.stringify({ learntFrom: messages.length, domains, logPrior, words }));
