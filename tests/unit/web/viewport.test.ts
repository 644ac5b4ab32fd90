import { describe, expect, it } from 'vitest';
import { frame } from '../../../web/src/graph/viewport.js';

const options = { padding: 10, nodeSize: 20, minZoom: 0.05, maxZoom: 4 };

describe('frame', () => {
  it('centres the nodes and zooms so the widest side fits inside the padding', () => {
    const viewport = frame(
      [
        { x: 0, y: 0 },
        { x: 180, y: 80 },
      ],
      { width: 420, height: 420 },
      options,
    );
    // 180 + 20 wide → (420 - 20) / 200 = 2; 80 + 20 tall would allow 4.
    expect(viewport.zoom).toBe(2);
    // The centre (90, 40) lands in the middle of the view.
    expect(viewport.pan.x + 90 * viewport.zoom).toBe(210);
    expect(viewport.pan.y + 40 * viewport.zoom).toBe(210);
  });

  it('stays within the zoom limits', () => {
    expect(frame([{ x: 0, y: 0 }], { width: 800, height: 600 }, options).zoom).toBe(4);
    expect(
      frame(
        [
          { x: 0, y: 0 },
          { x: 1e6, y: 0 },
        ],
        { width: 800, height: 600 },
        options,
      ).zoom,
    ).toBe(0.05);
  });

  it('handles an empty graph', () => {
    expect(frame([], { width: 800, height: 600 }, options)).toEqual({ zoom: 1, pan: { x: 400, y: 300 } });
  });
});
