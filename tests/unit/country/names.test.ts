// Place names of the synthetic country: distinct at national size. Two-syllable stems run out
// at 720; a country needs ~4,000 names (2,800 counties and their cities), and before the
// three-syllable fallback a 1,000-county country looped forever drawing taken names.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../domain/seeded-random';
import { places } from '../../../tools/country/names';

describe('synthetic place names', () => {
  it('gives 2,800 distinct counties and distinct cities, most of a small country in two syllables', () => {
    const country = places(seededRandom(1), 2800);
    expect(new Set(country.map((p) => p.county)).size).toBe(2800);
    const stems = [...new Set(country.map((p) => p.city)), ...country.map((p) => p.county)].map((n) => n.slice(0, -1));
    expect(new Set(stems).size).toBe(stems.length);
    const small = places(seededRandom(1), 100);
    expect(small.filter((p) => p.county.length === 3).length).toBe(100);
  });
});
