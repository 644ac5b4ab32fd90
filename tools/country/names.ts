// Place names of the synthetic country. Provinces are real (so the loader and the area-code
// table treat them as they treat the seeds'); cities and counties are made of common
// place-name syllables, so no generated county is mistaken for a real one.

import type { Random } from '../../domain/seeded-random';

export const PROVINCES = ['湖南省', '河北省', '海南省', '江西省', '四川省', '广东省', '山东省', '河南省'] as const;

const FIRST = '安宁平清永新德兴长临东西南北青白云石金华阳和丰泰康';
const SECOND = '江川山阳河林源宁丰平城乐溪泉州桥门台湖陵岭';

export interface Place {
  province: string;
  city: string;
  /** 县 or 区, and the full name: 石川县. */
  county: string;
  level: '县' | '区';
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function syllables(random: Random): string {
  return pick(random, [...FIRST]) + pick(random, [...SECOND]);
}

/** `count` distinct counties, a few per city, a few cities per province. */
export function places(random: Random, count: number): Place[] {
  const out: Place[] = [];
  const used = new Set<string>();
  // Two syllables give 720 stems; a country needs ~4,000 (2,800 counties and their cities). After
  // 20 taken stems in a row a three-syllable stem is drawn instead (as 博尔塔拉-like long names are
  // rare but real), so small countries keep their names and large ones do not loop forever.
  const fresh = (suffix: string): string => {
    for (let tries = 0; ; tries++) {
      const stem = tries < 20 ? syllables(random) : pick(random, [...FIRST]) + syllables(random);
      if (!used.has(stem)) {
        used.add(stem);
        return stem + suffix;
      }
    }
  };
  while (out.length < count) {
    const province = pick(random, PROVINCES);
    const city = fresh('市');
    const counties = 1 + Math.floor(random() * 4);
    for (let i = 0; i < counties && out.length < count; i++) {
      const level = random() < 0.3 ? '区' : '县';
      out.push({ province, city, county: fresh(level), level });
    }
  }
  return out;
}
