// No server path in open data: stored document keys (resolved paths) become file names
// wherever they appear, and jurisdiction keys that merely contain slashes are left alone.
import { describe, expect, it } from 'vitest';
import { DocumentNames, fileName } from '../../../graph/export/document-names.js';

describe('document names in exports', () => {
  const names = new DocumentNames(['/srv/data/seeds/004_de.txt', '/srv/data/seeds/004_de.txt.bak', 'C:\\lists\\清单.docx']);

  it('keeps the file name of a path written with / or \\', () => {
    expect(fileName('/srv/data/seeds/004_de.txt')).toBe('004_de.txt');
    expect(fileName('C:\\lists\\清单.docx')).toBe('清单.docx');
    expect(fileName('清单.docx')).toBe('清单.docx');
  });

  it('rewrites the document part of fact and list keys', () => {
    expect(names.key('/srv/data/seeds/004_de.txt#L0#M3#A1')).toBe('004_de.txt#L0#M3#A1');
    expect(names.key('C:\\lists\\清单.docx#L2')).toBe('清单.docx#L2');
  });

  it('rewrites document keys anywhere in a text, the longest key first', () => {
    expect(names.text('C|湖南省/衡阳市/蒸湘区|x#/srv/data/seeds/004_de.txt#L1|y#/srv/data/seeds/004_de.txt.bak#L2')).toBe(
      'C|湖南省/衡阳市/蒸湘区|x#004_de.txt#L1|y#004_de.txt.bak#L2',
    );
  });

  it('leaves keys without a document alone', () => {
    expect(names.key('海南省//临高县|水务局')).toBe('海南省//临高县|水务局');
    expect(new DocumentNames([]).text('//|未知')).toBe('//|未知');
  });
});
