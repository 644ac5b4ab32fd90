// The real-message evaluation sample (issue 10): which citizen messages are labelled, and
// which of them are `dev` (tuned on) and `test` (reported once, never tuned on). Fixed seed,
// so the same ids come out on every machine; the ids are also committed (sample.tsv).
//
//   npx tsx tests/questions/citizen/sample.ts > tests/questions/citizen/sample.tsv
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../../../domain/seeded-random.js';

export const MESSAGES = path.resolve(import.meta.dirname, '../../../../shared/data/citizen-messages/messages.tsv');
const SEED = 20261201;
/** Messages per domain (7 domains → 315). */
const PER_DOMAIN = 45;
/** Of each domain's sample, this many go to dev; the rest to test. */
const DEV_PER_DOMAIN = 22;

export interface CitizenMessage {
  id: string;
  label: number;
  domain: string;
  text: string;
}

export function readMessages(file = MESSAGES): CitizenMessage[] {
  const [, ...lines] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  return lines.map((line) => {
    const [id, , label, domain, ...text] = line.split('\t');
    return { id: id!, label: Number(label), domain: domain!, text: text.join('\t') };
  });
}

export interface SampledMessage extends CitizenMessage {
  split: 'dev' | 'test';
}

export function sample(messages: CitizenMessage[]): SampledMessage[] {
  const next = seededRandom(SEED);
  const byDomain = new Map<string, CitizenMessage[]>();
  for (const m of messages) byDomain.set(m.domain, [...(byDomain.get(m.domain) ?? []), m]);
  const out: SampledMessage[] = [];
  for (const domain of [...byDomain.keys()].sort()) {
    const pool = [...byDomain.get(domain)!];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    pool.slice(0, PER_DOMAIN).forEach((m, i) => out.push({ ...m, split: i < DEV_PER_DOMAIN ? 'dev' : 'test' }));
  }
  return out;
}

const isEntry = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isEntry) {
  console.log(['id', 'split', 'domain'].join('\t'));
  for (const m of sample(readMessages())) console.log([m.id, m.split, m.domain].join('\t'));
}

/**
 * The board's messages minus the whole evaluation sample (dev and test, as committed in
 * sample.tsv): what tools may learn from without seeing any message they are judged on.
 */
export function unsampledMessages(): CitizenMessage[] {
  const sampled = new Set(
    readFileSync(path.join(import.meta.dirname, 'sample.tsv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t')[0]),
  );
  return readMessages().filter((m) => !sampled.has(m.id));
}
