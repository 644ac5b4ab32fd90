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
