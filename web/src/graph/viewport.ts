// Zoom and pan that frame a set of node positions. Cytoscape's own fit() computes the
// bounding box of every element, edges and labels included: measured ~1 s for 12,500
// elements. For large graphs the node centres (plus the largest node) are enough. Pure.

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export function frame(
  positions: ReadonlyArray<{ x: number; y: number }>,
  view: { width: number; height: number },
  options: { padding: number; nodeSize: number; minZoom: number; maxZoom: number },
): Viewport {
  if (!positions.length) return { zoom: 1, pan: { x: view.width / 2, y: view.height / 2 } };
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of positions) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  const half = options.nodeSize / 2;
  const [w, h] = [x2 - x1 + 2 * half, y2 - y1 + 2 * half];
  const zoom = Math.min(
    options.maxZoom,
    Math.max(options.minZoom, Math.min((view.width - 2 * options.padding) / w, (view.height - 2 * options.padding) / h)),
  );
  const [cx, cy] = [(x1 + x2) / 2, (y1 + y2) / 2];
  return { zoom, pan: { x: view.width / 2 - cx * zoom, y: view.height / 2 - cy * zoom } };
}
