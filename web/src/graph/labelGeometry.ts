// Label boxes on the drawn graph: which labels to show so that none covers another (a greedy
// pass, most important first), and how many pairs of visible labels overlap (the readability
// figure bench/web.ts reports). Pure, so it is unit-tested without a browser.

export interface LabelBox {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Higher keeps its label when two collide (selected, hovered, then bigger agencies). */
  priority: number;
}

const overlap = (a: LabelBox, b: LabelBox, gap: number) => a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

/**
 * Greedy placement: labels in order of priority (ties by id, so a given layout always shows
 * the same labels), each kept unless it overlaps one already kept. `gap` keeps kept labels
 * that far apart. Quadratic in the kept labels, which is fine below the large-graph
 * threshold (labels are off above it).
 */
export function placeLabels(boxes: readonly LabelBox[], gap = 2): Set<string> {
  const order = [...boxes].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const kept: LabelBox[] = [];
  for (const box of order) if (!kept.some((k) => overlap(box, k, gap))) kept.push(box);
  return new Set(kept.map((k) => k.id));
}

/** Pairs of boxes that overlap (touching edges do not count). */
export function overlappingPairs(boxes: readonly LabelBox[]): number {
  let pairs = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlap(boxes[i]!, boxes[j]!, 0)) pairs++;
  return pairs;
}
