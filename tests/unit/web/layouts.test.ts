import { describe, expect, it } from 'vitest';
import { matterPositions } from '../../../web/src/graph/layouts.js';

describe('matterPositions', () => {
  it('puts agencies left, the matter in the middle and bases right, each column centred', () => {
    const positions = matterPositions(
      [
        { id: 'm', kind: 'matter' },
        { id: 'a1', kind: 'agency' },
        { id: 'a2', kind: 'agency' },
        { id: 'a3', kind: 'agency' },
        { id: 'b1', kind: 'basis' },
      ],
      300,
      80,
    );
    expect(positions.m).toEqual({ x: 0, y: 0 });
    expect([positions.a1, positions.a2, positions.a3]).toEqual([
      { x: -300, y: -80 },
      { x: -300, y: 0 },
      { x: -300, y: 80 },
    ]);
    expect(positions.b1).toEqual({ x: 300, y: 0 });
  });
});
