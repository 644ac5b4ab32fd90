// The national pattern's data file: every event sourced, every name read as the kind it
// claims (so answers and the graph can tie it to the agencies lists name), no cycles or
// contradictions, and the department profiles' reform notes all covered by it.
import { describe, expect, it } from 'vitest';
import { agencyGroupKey } from '../../../domain/agency-names.js';
import { DEPARTMENT_PROFILES, profileOfAgencyName } from '../../../domain/department-profiles.js';
import { ENDING_KINDS, type SuccessionAgency } from '../../../domain/succession/model.js';
import { NATIONAL_PATTERN_2018, PATTERN_CONTEXT } from '../../../domain/succession/national-2018.js';
import { successorsOf } from '../../../domain/succession/successors.js';
import { isIsoDay, validateSuccession } from '../../../domain/succession/validate.js';

const agenciesOf = (): SuccessionAgency[] => NATIONAL_PATTERN_2018.flatMap((e) => [...e.from, ...e.to.map((t) => t.to)]);

describe('the 2018 national pattern (county level)', () => {
  it('has no problems by its own validation', () => {
    expect(validateSuccession(NATIONAL_PATTERN_2018)).toEqual([]);
  });

  it('cites, for every event, a source with title, issuer and date, and a document number or the reason it has none', () => {
    expect(NATIONAL_PATTERN_2018.length).toBeGreaterThan(30);
    for (const event of NATIONAL_PATTERN_2018) {
      expect(event.sources.length, event.id).toBeGreaterThan(0);
      for (const source of event.sources) {
        expect(source.title, event.id).toMatch(/^《.+》$/);
        expect(source.issuer.trim(), event.id).not.toBe('');
        expect(source.date, event.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        expect(source.docNumber === null ? (source.docNumberNote ?? '').length : source.docNumber.length, event.id).toBeGreaterThan(0);
      }
      expect(isIsoDay(event.effective), event.id).toBe(true);
      expect(event.scope.kind, event.id).toBe('national-pattern');
      expect(['stated', 'usual'], event.id).toContain(event.basis);
    }
  });

  it('rests every county-level 2018 event on the reform plan itself', () => {
    for (const event of NATIONAL_PATTERN_2018.filter((e) => e.id.startsWith('n2018-'))) {
      expect(
        event.sources.some((s) => s.title === '《深化党和国家机构改革方案》' && s.issuer === '中共中央'),
        event.id,
      ).toBe(true);
    }
  });

  it('dates the county reform at its required completion (end of March 2019) unless a source gives another day, and says why', () => {
    for (const event of NATIONAL_PATTERN_2018) {
      expect(event.effectiveNote ?? '', event.id).not.toBe('');
      if (event.effective === '2019-03-31') expect(event.effectiveNote, event.id).toContain('2019年3月底前');
    }
  });

  it('names every body so that department-profiles reads it as the kind it claims, aliases included', () => {
    for (const agency of agenciesOf()) {
      expect(agency.profile, agency.name).not.toBeNull();
      for (const name of [agency.name, ...(agency.aliases ?? [])]) {
        expect(profileOfAgencyName(name)?.id ?? null, name).toBe(agency.profile);
      }
    }
  });

  it('writes each body in one form: two events never name one body by names agency-names keeps apart', () => {
    const county = { province: null, city: null, county: '某某县' };
    const byKey = new Map<string, string>();
    for (const agency of agenciesOf()) {
      const key = agencyGroupKey(agency.name, county);
      expect(byKey.get(key) ?? agency.name, key).toBe(agency.name);
      byKey.set(key, agency.name);
    }
  });

  it('keeps the documents it could not check out of the events, with the reason', () => {
    expect(PATTERN_CONTEXT.map((s) => s.title)).toContain('《关于地方机构改革有关问题的指导意见》');
    for (const s of PATTERN_CONTEXT) {
      expect(s.docNumber).toBeNull();
      expect(s.docNumberNote).toMatch(/未能核实/);
      for (const e of NATIONAL_PATTERN_2018) expect(e.sources.map((x) => x.title)).not.toContain(s.title);
    }
  });

  it('covers every kind whose department profile notes a reform change (one home for reform facts)', () => {
    const touched = new Set(agenciesOf().map((a) => a.profile));
    const noted = DEPARTMENT_PROFILES.filter((p) => p.reform).map((p) => p.id);
    expect(noted.length).toBeGreaterThan(10);
    expect(noted.filter((id) => !touched.has(id))).toEqual([]);
  });

  it('takes every pre-reform body the loaded lists name, in the forms they write, to a body that exists after the reform', () => {
    const zhengxiang = '湖南省/衡阳市/蒸湘区';
    const named = [
      // other forms the lists write
      '区食品药品监管局',
      '区人口和计划生育局',
      '县国土局',
      '区防汛抗旱指挥部办',
      '县应急办',
      '区地税分局',
      '区国税分局',
      '区政府法制办',
      '区人民政府法制办',
      '区农办',
      '区农村工作办',
      '区物价局',
      // the 蒸湘区 list
      '区食药监局',
      '区工商分局',
      '工商蒸湘分局',
      '区质监局',
      '区安监局',
      '区卫生局',
      '区人口计生局',
      '区环保局',
      '区国土分局',
      '区城乡规划分局',
    ];
    const ceased = new Set(
      NATIONAL_PATTERN_2018.filter((e) => ENDING_KINDS.has(e.kind)).flatMap((e) =>
        e.from.map((f) => agencyGroupKey(f.name, { province: null, city: null, county: '某某县' })),
      ),
    );
    for (const name of named) {
      const chain = successorsOf(name, { asOf: '2020-01-01', jurisdiction: zhengxiang });
      expect(chain.unchanged, name).toBe(false);
      const all = chain.holders.filter((h) => h.duties === 'all');
      expect(all, name).toHaveLength(1);
      expect(ceased.has(agencyGroupKey(all[0]!.name, { province: null, city: null, county: '某某县' })), name).toBe(false);
      expect(all[0]!.origin, name).toBe('national-pattern');
    }
  });
});
