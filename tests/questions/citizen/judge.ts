// How an answer to a labelled real message is judged (RUBRIC.md): used by bench/citizen.ts,
// tools/tune-route.ts and the integration test of the dev split.
import type { Routing } from '../../../graph/search/route.js';
import { type CitizenLabel, isLabelledAgency } from './labels.js';

export interface Judged {
  message: CitizenLabel;
  top1: boolean;
  top3: boolean;
  /** The routing said a loaded list covers the message. */
  list: boolean;
  confidence: number;
  /** The top agency is a labelled one, and the routing called it a list answer: right as a list answer. */
  listRight: boolean;
  got: string[];
}

/** The agencies an answer names, first first: the general-function agency, then the list ranking. */
export function answeredAgencies(r: Routing): Array<{ name: string; aliases: string[] }> {
  const out = r.coverage === 'GENERAL_FUNCTION' && r.general?.agency ? [r.general.agency] : [];
  for (const a of r.ranked) if (!out.some((o) => o.name === a.agency.name)) out.push(a.agency);
  return out;
}

export function judge(message: CitizenLabel, r: Routing): Judged {
  const agencies = answeredAgencies(r);
  const hit = (a: { name: string; aliases: readonly string[] }) => isLabelledAgency(message, a);
  const covered = message.coverage === 'LIST';
  const list = r.coverage === 'LIST';
  const top1 = covered && agencies[0] !== undefined && hit(agencies[0]);
  return {
    message,
    top1,
    top3: covered && agencies.slice(0, 3).some(hit),
    list,
    confidence: r.confidence,
    listRight: list && top1,
    got: agencies.slice(0, 3).map((a) => a.name.replace('衡阳市蒸湘区', '')),
  };
}

const pct = (n: number, d: number): string => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

export function report(results: Judged[], label: string, showMisses: boolean): void {
  const covered = results.filter((r) => r.message.coverage === 'LIST');
  const notCovered = results.filter((r) => r.message.coverage === 'NOT_COVERED');
  console.log(`\n${label}: ${results.length} messages, ${covered.length} covered by a loaded list, ${notCovered.length} not covered`);
  console.log('domain            covered  top-1   top-3   as list   not-covered  not a list answer');
  const domains = [...new Set(results.map((r) => r.message.domain))].sort();
  for (const d of [...domains, '(all)']) {
    const rs = d === '(all)' ? results : results.filter((r) => r.message.domain === d);
    const c = rs.filter((r) => r.message.coverage === 'LIST');
    const n = rs.filter((r) => r.message.coverage === 'NOT_COVERED');
    console.log(
      `${d.padEnd(16)} ${String(c.length).padStart(5)}  ${pct(c.filter((r) => r.top1).length, c.length)} ${pct(c.filter((r) => r.top3).length, c.length)} ${pct(c.filter((r) => r.list).length, c.length)}  ${String(n.length).padStart(8)}     ${pct(n.filter((r) => !r.list).length, n.length)}`,
    );
  }
  console.log('\nreliability of list answers (the top agency is a labelled one), by confidence');
  const bands = [0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];
  for (let i = 0; i + 1 < bands.length; i++) {
    const rs = results.filter((r) => r.list && r.confidence >= bands[i]! && r.confidence < bands[i + 1]!);
    console.log(
      `  ${bands[i]!.toFixed(1)}–${Math.min(1, bands[i + 1]!).toFixed(1)}: ${String(rs.length).padStart(4)} answers, ${pct(rs.filter((r) => r.listRight).length, rs.length)} right`,
    );
  }
  if (showMisses) {
    console.log('\ncovered misses:');
    for (const r of covered.filter((x) => !x.top1)) {
      console.log(
        `  ${r.message.id} [${r.message.subject}] want ${r.message.agencies[0]?.replace('衡阳市蒸湘区', '')} got ${r.got.join(' | ')}`,
      );
    }
  }
}
