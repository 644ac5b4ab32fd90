// Random damage to a seed document, reproducible from a number: the kinds of damage a
// Word export, a copy through a chat program or a careless edit does (issue 11).
// mulberry32 is enough: the point is a fixed, shareable seed, not statistical quality.

import type { Random } from '../../../domain/seeded-random';

const pick = (random: Random, n: number): number => Math.floor(random() * n);

type Mutation = (bytes: Buffer, random: Random) => Buffer;

const NL = 0x0a;

function lineStarts(bytes: Buffer): number[] {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === NL) starts.push(i + 1);
  return starts;
}

/** The byte range [start, end) of a random line, its LF included. */
function randomLine(bytes: Buffer, random: Random, where?: (line: Buffer) => boolean): [number, number] | null {
  const starts = lineStarts(bytes);
  for (let attempt = 0; attempt < 20; attempt++) {
    const i = pick(random, starts.length);
    const end = i + 1 < starts.length ? starts[i + 1] : bytes.length;
    if (!where || where(bytes.subarray(starts[i], end))) return [starts[i], end];
  }
  return null;
}

export const MUTATIONS: Record<string, Mutation> = {
  byteFlip: (bytes, random) => {
    const out = Buffer.from(bytes);
    if (out.length > 0) out[pick(random, out.length)] ^= 1 + pick(random, 255);
    return out;
  },
  lineDelete: (bytes, random) => {
    const line = randomLine(bytes, random);
    return line ? Buffer.concat([bytes.subarray(0, line[0]), bytes.subarray(line[1])]) : bytes;
  },
  lineDuplicate: (bytes, random) => {
    const line = randomLine(bytes, random);
    return line ? Buffer.concat([bytes.subarray(0, line[1]), bytes.subarray(...line), bytes.subarray(line[1])]) : bytes;
  },
  tabRemove: (bytes, random) => {
    const line = randomLine(bytes, random, (l) => l.includes(0x09));
    if (!line) return bytes;
    const tab = bytes.indexOf(0x09, line[0]);
    return Buffer.concat([bytes.subarray(0, tab), bytes.subarray(tab + 1)]);
  },
  blankLineInsert: (bytes, random) => {
    const line = randomLine(bytes, random);
    return line ? Buffer.concat([bytes.subarray(0, line[0]), Buffer.from('\n'), bytes.subarray(line[0])]) : bytes;
  },
  truncate: (bytes, random) => bytes.subarray(0, pick(random, bytes.length + 1)),
  lineEnds: (bytes, random) => {
    // The whole file to CRLF or CR-only, as other editors save it.
    const text = bytes.toString('latin1');
    return Buffer.from(text.replace(/\n/g, random() < 0.5 ? '\r\n' : '\r'), 'latin1');
  },
};

const NAMES = Object.keys(MUTATIONS);
/** Truncation and line-end changes are rarer than the small edits. */
const WEIGHTS: Record<string, number> = { truncate: 0.3, lineEnds: 0.3 };

export interface Mutant {
  bytes: Buffer;
  /** What was done, in order: enough to understand a failure (the seed reproduces it). */
  steps: string[];
}

export function mutate(bytes: Buffer, random: Random): Mutant {
  const count = 1 + pick(random, 4);
  const steps: string[] = [];
  let out = bytes;
  while (steps.length < count) {
    const name = NAMES[pick(random, NAMES.length)];
    if (random() > (WEIGHTS[name] ?? 1)) continue;
    out = MUTATIONS[name](out, random);
    steps.push(name);
  }
  return { bytes: out, steps };
}
