// A small deterministic PRNG (mulberry32): the same numbers from the same seed on every
// machine and in the browser. Shared because three places need reproducible randomness:
// the web's layouts and synthetic graphs, the fuzz suite's mutations, and the fixed-seed
// draw of the citizen evaluation sample. Not for anything that must be unpredictable.

export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
