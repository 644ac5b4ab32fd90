// The streamed JSON pieces, put together as export.ts does, are one valid JSON object.
import { describe, expect, it } from 'vitest';
import { JSON_FORMAT, jsonClosing, jsonOpening, jsonRow, jsonTableClosing, jsonTableOpening } from '../../../graph/export/json.js';

describe('JSON export pieces', () => {
  it('make one object with the header, the tables in order and their counts', () => {
    const header = {
      exportedAt: '2026-01-01T00:00:00.000Z',
      graphVersion: 7,
      jurisdiction: '蒸湘区',
      jurisdictionKeys: ['湖南省/衡阳市/蒸湘区'],
    };
    const text =
      jsonOpening(header) +
      jsonTableOpening('jurisdictions', true) +
      jsonRow({ key: 'a', name: '"引号"\n' }, true) +
      jsonRow({ key: 'b' }, false) +
      jsonTableClosing() +
      jsonTableOpening('agencies', false) +
      jsonTableClosing() +
      jsonClosing({ jurisdictions: 2, agencies: 0 });
    const parsed = JSON.parse(text);
    expect(parsed).toEqual({
      ...JSON_FORMAT,
      ...header,
      tables: { jurisdictions: [{ key: 'a', name: '"引号"\n' }, { key: 'b' }], agencies: [] },
      counts: { jurisdictions: 2, agencies: 0 },
    });
    expect(Object.keys(parsed.tables)).toEqual(['jurisdictions', 'agencies']);
  });
});
