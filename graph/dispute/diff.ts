// A character diff of two texts (two lists' wording of one division), for showing what one
// list says that the other does not. Characters, not words: Chinese has no spaces, and the
// lists differ by a clause or a word (卫生局 / 卫计委) as often as by whole sentences.

export type DiffKind = 'same' | 'removed' | 'added';

/** A run of characters: in both texts, only in the first (removed) or only in the second (added). */
export interface DiffSegment {
  kind: DiffKind;
  text: string;
}

/** Above this many cells (len(a) × len(b)) the middle is shown as replaced whole: division texts are far shorter. */
const MAX_CELLS = 4_000_000;

/** Segments turning `a` into `b`: same runs in order, with what only `a` has (removed) and only `b` has (added). */
export function diffText(a: string, b: string): DiffSegment[] {
  const x = [...a];
  const y = [...b];
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start += 1;
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX -= 1;
    endY -= 1;
  }
  const middle =
    (endX - start) * (endY - start) > MAX_CELLS
      ? [
          { kind: 'removed' as const, chars: x.slice(start, endX) },
          { kind: 'added' as const, chars: y.slice(start, endY) },
        ]
      : lcsSegments(x.slice(start, endX), y.slice(start, endY));
  return merge([{ kind: 'same', chars: x.slice(0, start) }, ...middle, { kind: 'same', chars: x.slice(endX) }]);
}

/** Whether two texts differ at all once the diff is taken (no removed or added run). */
export function differs(segments: readonly DiffSegment[]): boolean {
  return segments.some((s) => s.kind !== 'same');
}

interface Run {
  kind: DiffKind;
  chars: string[];
}

/** Longest common subsequence by dynamic programming, walked back into runs. */
function lcsSegments(x: string[], y: string[]): Run[] {
  const n = x.length;
  const m = y.length;
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i -= 1)
    for (let j = m - 1; j >= 0; j -= 1)
      table[i * width + j] =
        x[i] === y[j] ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
  const runs: Run[] = [];
  const push = (kind: DiffKind, c: string) => runs.push({ kind, chars: [c] });
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (x[i] === y[j]) {
      push('same', x[i]!);
      i += 1;
      j += 1;
    } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) {
      push('removed', x[i]!);
      i += 1;
    } else {
      push('added', y[j]!);
      j += 1;
    }
  }
  for (; i < n; i += 1) push('removed', x[i]!);
  for (; j < m; j += 1) push('added', y[j]!);
  return runs;
}

/** Adjacent runs of one kind joined, empty runs dropped; a removed run always before the added one beside it. */
function merge(runs: Run[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (const run of runs) {
    if (run.chars.length === 0) continue;
    const last = out.at(-1);
    if (last && last.kind === run.kind) last.text += run.chars.join('');
    else out.push({ kind: run.kind, text: run.chars.join('') });
  }
  return out;
}
