// Measurement helpers for the benches: every figure is a ratio of two things measured
// in the same run, interleaved A/B over several rounds; we print the median and the
// min/max of the per-round ratios.
import { readFileSync } from 'node:fs';
import os from 'node:os';

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

/** Latencies (ms) of `n` sequential calls. */
export async function latencies(n: number, call: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await call(i);
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

/** Completed calls per second with `clients` closed-loop clients for `ms` milliseconds. */
export async function throughput(clients: number, ms: number, call: (i: number) => Promise<unknown>): Promise<number> {
  const end = performance.now() + ms;
  let done = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        await call(next++);
        done++;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
}

export interface Ratio {
  name: string;
  aim: string;
  perRound: number[];
}

export function report(ratios: Ratio[]): void {
  console.log('\nfigure'.padEnd(58) + 'median   min      max      aim');
  for (const r of ratios) {
    const sorted = [...r.perRound].sort((a, b) => a - b);
    console.log(
      `${r.name.padEnd(57)} ${median(sorted).toFixed(3).padEnd(8)} ${sorted[0]!.toFixed(3).padEnd(8)} ${sorted.at(-1)!.toFixed(3).padEnd(8)} ${r.aim}`,
    );
  }
}

/** Resident set size (kB) of a process from /proc, 0 when it is gone. */
export function vmRssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** os.loadavg() as printed beside every figure: the machines are shared. */
export const loadAverage = (): string =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
