import { describe, expect, it } from 'vitest';
import { type ContactFacts, groupByMatter } from '../../../web/src/contactGroups.js';

const facts = (matterKey: string | null, role: string | null = null, jurisdiction = '蒸湘区'): ContactFacts => ({
  jurisdiction,
  role,
  division: `${matterKey ?? 'duty'} ${role ?? ''}`,
  matter: { key: matterKey, title: matterKey ? `事项${matterKey}` : '部门职责' },
});

describe('groupByMatter', () => {
  it('agencies dividing one matter are one group, the lead first, at the rank of the best of them', () => {
    const contacts = ['规划', '环保', '城管'];
    const groups = groupByMatter(contacts, [facts('m1', 'cooperate'), facts('m2'), facts('m1', 'lead')]);
    expect(groups.map((g) => g.members.map((m) => m.contact))).toEqual([['城管', '规划'], ['环保']]);
    expect(groups[0]!.matter).toEqual({ key: 'm1', title: '事项m1' });
    expect(groups[1]!.matter).toEqual({ key: 'm2', title: '事项m2' });
  });

  it('without a lead role the best ranked stays first', () => {
    const groups = groupByMatter(['a', 'b'], [facts('m1'), facts('m1', 'cooperate')]);
    expect(groups[0]!.members.map((m) => m.contact)).toEqual(['a', 'b']);
  });

  it('answers without a matter key (duties, services) are never merged', () => {
    const groups = groupByMatter(['a', 'b'], [facts(null), facts(null)]);
    expect(groups).toHaveLength(2);
    expect(groups.every((g) => g.matter === null)).toBe(true);
  });

  it('one matter key in two counties is two groups', () => {
    const groups = groupByMatter(['a', 'b'], [facts('m1', null, '蒸湘区'), facts('m1', null, '洪江区')]);
    expect(groups).toHaveLength(2);
  });

  it('a contact the answers do not describe is a card of its own', () => {
    const groups = groupByMatter(['a', 'b'], [facts('m1')]);
    expect(groups.map((g) => g.members.map((m) => m.facts === null))).toEqual([[false], [true]]);
  });
});
