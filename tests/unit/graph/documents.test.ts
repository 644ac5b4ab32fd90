// Pure parts of graph/documents/: which title a source line is cited with, which document a
// name denotes, and how a document's lines are chunked for storage.
import { describe, expect, it } from 'vitest';
import { pickDocument } from '../../../graph/documents/text.js';
import { storedListDate, titleLookup, type TitledDocument } from '../../../graph/documents/titles.js';
import { documentTextRows } from '../../../graph/load/rows.js';

// Dates as a load could give them: the first list dated by its own 落款, the second by --as-of.
const signed = { year: 2016, date: '2016-03', origin: 'text' as const, line: 190 };
const given = { year: 2015, date: '2015', origin: 'given' as const, line: null };
const unknown = { year: null, date: null, origin: 'unknown' as const, line: null };
const many: TitledDocument = {
  key: '/srv/seeds/004.txt',
  file: '../seeds/004.txt',
  title: '衡阳市蒸湘区人民政府法制办公室责任清单',
  date: signed,
  lists: [
    { line: 1, endLine: 191, title: '衡阳市蒸湘区人民政府法制办公室责任清单', department: '衡阳市蒸湘区人民政府法制办公室', date: signed },
    { line: 9683, endLine: 10067, title: '衡阳市蒸湘区人口和计划生育局', department: '衡阳市蒸湘区人口和计划生育局', date: given },
  ],
};

describe('titleLookup', () => {
  const lookup = titleLookup([many]);

  it('cites a line with the title and department of the list whose range holds it', () => {
    expect(lookup('../seeds/004.txt', 9823)).toEqual({
      title: '衡阳市蒸湘区人口和计划生育局',
      department: '衡阳市蒸湘区人口和计划生育局',
      listDate: given,
    });
    expect(lookup('/srv/seeds/004.txt', 10067)).toEqual({
      title: '衡阳市蒸湘区人口和计划生育局',
      department: '衡阳市蒸湘区人口和计划生育局',
      listDate: given,
    });
    expect(lookup('../seeds/004.txt', 191).listDate).toEqual(signed);
  });

  it('falls back to the document title outside every list, and to nothing for an unknown file', () => {
    expect(lookup('../seeds/004.txt', 5000)).toEqual({
      title: '衡阳市蒸湘区人民政府法制办公室责任清单',
      department: null,
      listDate: signed,
    });
    expect(lookup('../seeds/004.txt', 0)).toEqual({ title: '衡阳市蒸湘区人民政府法制办公室责任清单', department: null, listDate: signed });
    expect(lookup('other.txt', 3)).toEqual({ title: null, department: null, listDate: unknown });
    // A general-function answer's source is the department profiles, not a list: it says so.
    expect(lookup('domain/department-profiles.ts', 0).title).toContain('本地清单未载明');
  });
});

describe('pickDocument', () => {
  const doc = (key: string, exact: boolean) => ({ key, file: key, title: null, textLines: 10, exact });

  it('takes the one document a name denotes, an exact key or file first', () => {
    expect(pickDocument([doc('/a/000.txt', false)])).toMatchObject({ kind: 'found', document: { key: '/a/000.txt' } });
    expect(pickDocument([doc('/a/000.txt', true), doc('/b/a/000.txt', false)])).toMatchObject({
      kind: 'found',
      document: { key: '/a/000.txt' },
    });
    expect(pickDocument([doc('/a/000.txt', false)])).not.toHaveProperty('document.exact');
  });

  it('refuses a name several documents end in, and knows no document for none', () => {
    expect(pickDocument([doc('/a/000.txt', false), doc('/b/000.txt', false)])).toEqual({
      kind: 'ambiguous',
      files: ['/a/000.txt', '/b/000.txt'],
    });
    expect(pickDocument([])).toEqual({ kind: 'unknown' });
  });
});

describe('documentTextRows', () => {
  it('cuts the lines into numbered chunks that together are the whole text', () => {
    const lines = Array.from({ length: 450 }, (_, i) => `第${i + 1}行`);
    const rows = documentTextRows('/d.txt', 'd.txt', lines, 200);
    expect(rows.map((r) => [r.key, r.from, r.to])).toEqual([
      ['/d.txt#T0', 1, 200],
      ['/d.txt#T1', 201, 400],
      ['/d.txt#T2', 401, 450],
    ]);
    expect(rows.flatMap((r) => r.lines)).toEqual(lines);
    expect(rows.every((r) => r.lines[0] === `第${r.from}行`)).toBe(true);
    expect(documentTextRows('/e.txt', 'e.txt', [])).toEqual([]);
  });
});

describe('storedListDate', () => {
  it('reads the date properties back, and a node loaded before dates existed as unknown', () => {
    expect(storedListDate({ dateYear: 2016, date: '2016-03', dateOrigin: 'text', dateLine: 190 })).toEqual({
      year: 2016,
      date: '2016-03',
      origin: 'text',
      line: 190,
    });
    expect(storedListDate({ dateYear: 2015, date: '2015', dateOrigin: 'given', dateLine: null })).toMatchObject({
      origin: 'given',
      line: null,
    });
    expect(storedListDate({})).toEqual({ year: null, date: null, origin: 'unknown', line: null });
    expect(storedListDate({ date: '2016', dateOrigin: 'bogus' }).origin).toBe('unknown');
  });
});
