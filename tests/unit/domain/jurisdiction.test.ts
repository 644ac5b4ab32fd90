import { describe, expect, it } from 'vitest';
import { completeJurisdiction, jurisdictionChain, jurisdictionKey, parseJurisdictionKey } from '../../../domain/jurisdiction.js';

describe('jurisdiction keys', () => {
  it('round-trips a key with a missing level', () => {
    const j = { province: '海南省', city: null, county: '临高县' };
    expect(jurisdictionKey(j)).toBe('海南省//临高县');
    expect(parseJurisdictionKey('海南省//临高县')).toEqual(j);
  });
});

describe('jurisdictionChain', () => {
  it('names an unknown place rather than dropping it', () => {
    expect(jurisdictionChain({ province: null, city: null, county: null })[0]?.name).toBe('未知辖区');
  });

  it('skips a missing city level', () => {
    expect(jurisdictionChain({ province: '海南省', city: null, county: '临高县' }).map((j) => j.key)).toEqual([
      '海南省//临高县',
      '海南省//',
    ]);
  });
});

describe('completeJurisdictions', () => {
  it('fills a missing province from another department naming the same county', () => {
    const full = { province: '湖南省', city: '衡阳市', county: '蒸湘区' };
    const partial = { province: null, city: '衡阳市', county: '蒸湘区' };
    expect(completeJurisdiction(partial, [full, partial])).toEqual(full);
  });

  it('leaves an ambiguous county alone', () => {
    const a = { province: '甲省', city: null, county: '城关区' };
    const b = { province: '乙省', city: null, county: '城关区' };
    const bare = { province: null, city: null, county: '城关区' };
    expect(completeJurisdiction(bare, [a, b, bare])).toBeNull();
  });
});
