// Learns which words of citizen messages are speech rather than subject: words frequent in
// messages of every domain alike (领导, 反映, 希望, 小区?) say how people write, not what
// about. From the 3,191 labelled messages minus the evaluation sample (tests/questions/
// citizen/sample.tsv: neither its dev nor its test messages are learnt from), each word
// seen in at least MIN_MESSAGES messages gets its spread: the entropy of its distribution
// over the 7 domains ÷ log 7 (1: spread evenly, speech; 0: one domain's subject). The ranker
// turns spread into a weight (graph/search/subject.ts). Words not listed count as subject.
//
//   npx tsx tools/citizen-speech.ts > graph/search/citizen-speech.json
import { segmenter } from '../domain/segmenter.js';
import { unsampledMessages } from '../tests/questions/citizen/sample.js';

const MIN_MESSAGES = 15;
const messages = unsampledMessages();
const domains = [...new Set(messages.map((m) => m.label))].sort();
const perDomain = new Map(domains.map((d) => [d, messages.filter((m) => m.label === d).length]));
const counts = new Map<string, Map<number, number>>();
for (const m of messages) {
  for (const w of new Set(segmenter().cut(m.text, false))) {
    if (!/^\p{Script=Han}{2,}$/u.test(w)) continue;
    const c = counts.get(w) ?? new Map<number, number>();
    c.set(m.label, (c.get(m.label) ?? 0) + 1);
    counts.set(w, c);
  }
}
const spreads: Record<string, number> = {};
for (const [word, byDomain] of counts) {
  const total = [...byDomain.values()].reduce((a, b) => a + b, 0);
  if (total < MIN_MESSAGES) continue;
  // Share of each domain's messages containing the word, so big domains do not dominate.
  const rates = domains.map((d) => (byDomain.get(d) ?? 0) / perDomain.get(d)!);
  const sum = rates.reduce((a, b) => a + b, 0);
  const entropy = -rates.filter((r) => r > 0).reduce((h, r) => h + (r / sum) * Math.log(r / sum), 0);
  spreads[word] = Math.round((entropy / Math.log(domains.length)) * 1000) / 1000;
}
const sorted = Object.fromEntries(Object.entries(spreads).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
console.log(JSON.stringify({ learntFrom: messages.length, minMessages: MIN_MESSAGES, spreads: sorted }, null, 0).replace(/,"/g, ',\n"'));
