import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../../domain/seeded-random';
import type { ListTable } from '../../../tools/country/document';
import { type GeneratedFile, generateCountry, localise } from '../../../tools/country/generate';
import { loadSeedVocabulary } from '../../../tools/country/io';
import { RECOMBINE_SHARE, recombine } from '../../../tools/country/variation';
import type { Vocabulary } from '../../../tools/country/vocabulary';
import { DISTRIBUTIONS, SEEDS } from './seeds';

let vocabulary: Vocabulary;
let files: GeneratedFile[];

beforeAll(async () => {
  vocabulary = await loadSeedVocabulary(SEEDS);
  files = generateCountry({ seed: 1, counties: 20 }, vocabulary, DISTRIBUTIONS);
}, 60_000);

const clean = (text: string): string => text.replace(/\s*\n\s*/g, '').trim();
const clausesOf = (text: string): string[] =>
  clean(text)
    .split(/[；;。]/)
    .map((c) => c.trim())
    .filter(Boolean);

/** Column `column` of the table whose header names it, over every list. */
function cells(header: string, column: number): { file: GeneratedFile; text: string }[] {
  return files.flatMap((file) =>
    file.document.blocks
      .filter((b): b is ListTable => b.kind === 'table' && b.header[column] === header)
      .flatMap((t) => t.rows.filter((r) => r[column] !== header && r[column]?.trim()).map((r) => ({ file, text: clean(r[column]) }))),
  );
}

function variationOf(found: { file: GeneratedFile; text: string }[], seedTexts: string[]) {
  let verbatim = 0;
  let foreign = 0;
  const byCounty = new Map<string, { own: Set<string>; known: Set<string> }>();
  for (const { file, text } of found) {
    let county = byCounty.get(file.place.county);
    if (!county) {
      const own = new Set(seedTexts.map((t) => clean(localise(t, file.place))));
      county = { own, known: new Set([...own].flatMap(clausesOf)) };
      byCounty.set(file.place.county, county);
    }
    if (county.own.has(text)) verbatim++;
    if (clausesOf(text).some((c) => !county.known.has(c))) foreign++;
  }
  return { varied: 1 - verbatim / found.length, foreign };
}

describe('county-specific variation', () => {
  it('recombine swaps exactly one clause for one of the sibling’s, keeping the ending', () => {
    const out = recombine(seededRandom(1), '甲一；甲二；甲三。', '乙一；乙二；');
    const parts = out.split('；');
    expect(parts).toHaveLength(3);
    expect(out.endsWith('。')).toBe(true);
    expect(['甲一', '甲二', '甲三。'].filter((part, i) => parts[i] !== part)).toHaveLength(1);
    expect(parts.some((p) => /^乙[一二]。?$/.test(p))).toBe(true);
    // A cell of one clause has nothing to swap.
    expect(recombine(seededRandom(1), '只有一句。', '乙一；乙二；')).toBe('只有一句。');
  });

  it('a share of duties differs from every seed duty, each clause still a seed clause', () => {
    const seeds = vocabulary.kinds.flatMap((k) => k.duties.map((d) => d.text));
    const { varied, foreign } = variationOf(cells('主要职责', 1), seeds);
    // Only duties of two clauses or more can vary: above 5%, at most the recombination share.
    expect(varied).toBeGreaterThan(0.05);
    expect(varied).toBeLessThanOrEqual(RECOMBINE_SHARE);
    expect(foreign).toBe(0);
  });

  it('a share of 职责分工 cells differs from every seed cell, each clause still a seed clause', () => {
    const seeds = vocabulary.kinds.flatMap((k) => k.matters.flatMap((m) => (m.divisions.length > 0 ? m.divisions : [m.title])));
    const { varied, foreign } = variationOf(cells('职责分工', 3), seeds);
    expect(varied).toBeGreaterThan(0.02);
    expect(varied).toBeLessThanOrEqual(RECOMBINE_SHARE);
    expect(foreign).toBe(0);
  });
});
