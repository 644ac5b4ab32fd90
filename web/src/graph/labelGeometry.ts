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
 * the same labels), each kept unless it overlaps a label already kept, the body of a node
 * whose label is kept, or its own node's body lies on a kept label (`bodies` carry their
 * node's id). Nodes left unlabelled are drawn below labelled ones (style.ts), so their bodies
 * do not block. `gap` keeps kept labels that far apart. Quadratic in the kept labels, which is
 * fine below the large-graph threshold (labels are off above it).
 */
export function placeLabels(boxes: readonly LabelBox[], gap = 2, bodies: readonly LabelBox[] = []): Set<string> {
  const order = [...boxes].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const bodyOf = new Map(bodies.map((b) => [b.id, b]));
  const kept: LabelBox[] = [];
  const keptBodies: LabelBox[] = [];
  for (const box of order) {
    if (kept.some((k) => overlap(box, k, gap))) continue;
    if (keptBodies.some((b) => b.id !== box.id && overlap(box, b, 0))) continue;
    const body = bodyOf.get(box.id);
    if (body && kept.some((k) => k.id !== box.id && overlap(body, k, 0))) continue;
    kept.push(box);
    if (body) keptBodies.push(body);
  }
  return new Set(kept.map((k) => k.id));
}

/** Pairs of boxes that overlap (touching edges do not count). */
export function overlappingPairs(boxes: readonly LabelBox[]): number {
  let pairs = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlap(boxes[i]!, boxes[j]!, 0)) pairs++;
  return pairs;
}
