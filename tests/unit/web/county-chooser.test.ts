import { describe, expect, it } from 'vitest';
import { countiesOf } from '../../../web/src/ui/countyChooser.js';

describe('countiesOf', () => {
  it('keeps the counties, in Chinese order, each with the area code its jurisdiction key gives', () => {
    const counties = countiesOf([
      { key: '湖南省/衡阳市/蒸湘区', name: '蒸湘区', level: 'county' },
      { key: '湖南省/衡阳市/', name: '衡阳市', level: 'city' },
      { key: '海南省//临高县', name: '临高县', level: 'county' },
      { key: '//安化县', name: '安化县', level: 'county' },
      { key: '某省/某市/某县', name: '某县', level: 'county' },
    ]);
    expect(counties).toEqual([
      { name: '安化县', areaCode: '0737' },
      { name: '临高县', areaCode: '0898' },
      { name: '某县', areaCode: null },
      { name: '蒸湘区', areaCode: '0734' },
    ]);
  });
});
