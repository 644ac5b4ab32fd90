// The text-level coverage check on the five seeds (issue 11, item 4): the loader's own
// per-section TEXT_LOST finds nothing, and the fuzz suite's file-level oracle agrees.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocuments } from '../../../loaders/load';
import { readDocumentBytes } from '../../../loaders/read/index';
import { silentLosses } from '../fuzz/oracle';

const SEEDS = path.resolve(import.meta.dirname, '../../../../shared/seeds');

describe('every cell text of every seed reaches a record or a diagnostic', () => {
  for (const name of readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    it(name.slice(0, 3), async () => {
      const file = path.join(SEEDS, name);
      const run = await loadDocuments([file]);
      expect(run.result.diagnostics.filter((d) => d.code === 'TEXT_LOST' || d.code.startsWith('HEADER_'))).toEqual([]);
      const read = await readDocumentBytes(readFileSync(file), file);
      expect(silentLosses(read.blocks, run.result)).toEqual([]);
    }, 20_000);
  }
});

describe('fuzz finds, kept as regressions', () => {
  it('001 with its 部门职责 heading damaged (fuzz seed 7 #10371): the department owns the table above its first heading', async () => {
    const file = path.join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith('001')) ?? '');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[2] = lines[2].replace('部门职责', '部#职责');
    const read = await readDocumentBytes(Buffer.from(lines.join('\n')), '001-damaged.txt');
    const { parseDocument } = await import('../../../loaders/parse/index');
    const parsed = parseDocument(read);
    expect(parsed.departments.map((d) => [d.source.line, d.duties.length])).toEqual([[1, 11]]);
    const result = { departments: parsed.departments, agencyMerges: [], diagnostics: parsed.diagnostics };
    expect(silentLosses(read.blocks, result)).toEqual([]);
  });
});
