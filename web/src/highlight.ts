// Splits a text into plain and marked pieces for the words a question matched. Pure, so the
// rendering code only maps segments to <mark> and the matching rules are unit-tested.

export interface Segment {
  text: string;
  marked: boolean;
}

export function highlightSegments(text: string, words: readonly string[]): Segment[] {
  const needles = [...new Set(words.map((w) => w.trim()).filter((w) => w.length > 0))];
  if (!text) return [];
  if (!needles.length) return [{ text, marked: false }];
  // Mark every character covered by any word; overlapping and adjacent matches merge.
  const covered = new Uint8Array(text.length);
  for (const needle of needles) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      covered.fill(1, at, at + needle.length);
    }
  }
  const segments: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || covered[i] !== covered[start]) {
      segments.push({ text: text.slice(start, i), marked: covered[start] === 1 });
      start = i;
    }
  }
  return segments;
}
