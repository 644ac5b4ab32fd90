// The PNG a planner pastes into a report: title, filters, date and legend above the graph,
// every agency named in full (not the short, collision-free labels of the screen). Composed
// on a canvas because Cytoscape's png() draws the graph only.

import { withFullLabels } from './labels.js';
import type { GraphCanvas } from './render.js';
import { exportFontSize } from './style.js';

export interface LegendEntry {
  label: string;
  color: string;
  /** 'node' draws a ring, 'fill' a filled dot, the line styles a line sample. */
  shape: 'node' | 'fill' | 'solid' | 'dashed' | 'dotted';
  /** Line width of a line sample in px (contradictions are drawn wider). */
  width?: number;
}

export interface ImageCaption {
  title: string;
  /** Filters, date, counts: one line each. */
  lines: string[];
}

const font = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('PNG'));
    image.src = url;
  });
}

/** The graph with every node's full name, as a PNG data URL at `scale`. */
function fullLabelPng(graph: GraphCanvas, scale: number): string {
  const png = () => graph.cy.png({ full: true, scale, bg: '#ffffff', output: 'base64uri', maxWidth: 6000, maxHeight: 6000 });
  if (!graph.large && graph.look === 'readable') return withFullLabels(graph.cy, exportFontSize, png);
  const nodes = graph.cy.nodes();
  nodes.addClass('labelled');
  try {
    return png();
  } finally {
    nodes.removeClass('labelled');
  }
}

function drawLegendEntry(ctx: CanvasRenderingContext2D, entry: LegendEntry, x: number, y: number, s: number): number {
  ctx.save();
  ctx.strokeStyle = ctx.fillStyle = entry.color;
  if (entry.shape === 'node' || entry.shape === 'fill') {
    ctx.beginPath();
    ctx.arc(x + 7 * s, y, 6 * s, 0, 2 * Math.PI);
    if (entry.shape === 'fill') ctx.fill();
    else {
      ctx.lineWidth = 2 * s;
      ctx.stroke();
    }
  } else {
    ctx.lineWidth = (entry.width ?? 3) * s;
    ctx.setLineDash(entry.shape === 'dashed' ? [6 * s, 3 * s] : entry.shape === 'dotted' ? [2 * s, 2 * s] : []);
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + 24 * s, y);
    ctx.stroke();
  }
  ctx.restore();
  ctx.fillStyle = '#1f2937';
  ctx.font = `${13 * s}px ${font}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(entry.label, x + 30 * s, y);
  return 30 * s + ctx.measureText(entry.label).width + 18 * s;
}

/** Title, caption lines and legend (wrapped to the width), then the graph. */
export async function composedPng(graph: GraphCanvas, caption: ImageCaption, legend: readonly LegendEntry[], scale = 2): Promise<string> {
  const image = await loadImage(fullLabelPng(graph, scale));
  const s = scale;
  const width = Math.max(image.width, 900 * s);
  const margin = 24 * s;
  const canvas = document.createElement('canvas');
  const measure = canvas.getContext('2d')!;
  // Lay the legend out first, to know the header's height.
  measure.font = `${13 * s}px ${font}`;
  const rows: Array<Array<{ entry: LegendEntry; x: number }>> = [[]];
  let x = margin;
  for (const entry of legend) {
    const w = 30 * s + measure.measureText(entry.label).width + 18 * s;
    if (x + w > width - margin && rows[rows.length - 1]!.length) {
      rows.push([]);
      x = margin;
    }
    rows[rows.length - 1]!.push({ entry, x });
    x += w;
  }
  const header = margin + 30 * s + caption.lines.length * 20 * s + 8 * s + rows.length * 22 * s + 8 * s;
  canvas.width = width;
  canvas.height = header + image.height + margin;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#111827';
  ctx.textBaseline = 'top';
  ctx.font = `bold ${22 * s}px ${font}`;
  ctx.fillText(caption.title, margin, margin);
  ctx.font = `${13 * s}px ${font}`;
  ctx.fillStyle = '#374151';
  let y = margin + 32 * s;
  for (const line of caption.lines) {
    ctx.fillText(line, margin, y);
    y += 20 * s;
  }
  y += 8 * s + 11 * s;
  for (const row of rows) {
    for (const { entry, x: at } of row) drawLegendEntry(ctx, entry, at, y, s);
    y += 22 * s;
  }
  ctx.drawImage(image, Math.round((width - image.width) / 2), header);
  return canvas.toDataURL('image/png');
}
