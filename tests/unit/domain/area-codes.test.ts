import { describe, expect, it } from 'vitest';
import { areaCodeOf, withAreaCode } from '../../../domain/area-codes.js';

const place = (province: string | null, city: string | null, county: string | null) => ({ province, city, county });

describe('areaCodeOf', () => {
  it.each([
    [place('湖南省', '衡阳市', '蒸湘区'), '0734'],
    [place('湖南省', '益阳市', '安化县'), '0737'],
    [place('湖南省', '怀化市', '洪江区'), '0745'],
    [place('河北省', '石家庄市', '鹿泉区'), '0311'],
    [place('湖南省', '湘潭市', '雨湖区'), '0731'],
    [place('北京市', null, '东城区'), '010'],
  ])('a city or municipality: %o → %s', (j, code) => {
    expect(areaCodeOf(j)).toBe(code);
  });

  it('Hainan is one numbering area: a county with no city still gets 0898', () => {
    expect(areaCodeOf(place('海南省', null, '临高县'))).toBe('0898');
  });

  it('a loaded county whose documents name no province or city', () => {
    expect(areaCodeOf(place(null, null, '安化县'))).toBe('0737');
    expect(areaCodeOf(place(null, null, '蒸湘区'))).toBe('0734');
  });

  it('a city name alone is enough when only one province has it', () => {
    expect(areaCodeOf(place(null, '衡阳市', null))).toBe('0734');
  });

  it('knows nothing of a place it has no source for', () => {
    expect(areaCodeOf(place('湖南省', '不存在市', '某县'))).toBeNull();
    expect(areaCodeOf(place(null, null, '某县'))).toBeNull();
    // Left out: other sources give 沈阳's 024 for 铁岭 today.
    expect(areaCodeOf(place('辽宁省', '铁岭市', null))).toBeNull();
  });

  it('the province decides between a city table entry and the wrong province', () => {
    expect(areaCodeOf(place('河北省', '衡阳市', null))).toBeNull();
  });
});

describe('withAreaCode', () => {
  it('puts the area code before a local 7–8 digit number', () => {
    expect(withAreaCode('28273128', '0898')).toBe('0898-28273128');
    expect(withAreaCode('8221234', '0734')).toBe('0734-8221234');
  });

  it('splits a number that already starts with the place’s code', () => {
    expect(withAreaCode('07457622012', '0745')).toBe('0745-7622012');
    expect(withAreaCode('0737-7230976', '0737')).toBe('0737-7230976');
  });

  it('leaves mobiles, hotlines, other places’ numbers and unknown places as written', () => {
    expect(withAreaCode('13973079123', '0734')).toBe('13973079123');
    expect(withAreaCode('12345', '0734')).toBe('12345');
    expect(withAreaCode('07457622012', '0734')).toBe('07457622012');
    expect(withAreaCode('28273128', null)).toBe('28273128');
    expect(withAreaCode('电话待定', '0734')).toBe('电话待定');
  });
});
