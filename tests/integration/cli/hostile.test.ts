// Issue 11: a hostile file beside a good one, through the real write path into Neo4j (as
// `npm start -- --load` and `npm run load` do): the good list lands in the graph, the hostile
// file is named in the load report, and nothing escapes as an exception.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAndWrite } from '../../../cli/write.js';
import { documentByKeyOrFile } from '../../../graph/repositories/document.repository.js';
import { HOSTILE_FILES } from '../../unit/loaders/hostile-files.js';
import { SAMPLE_LIST, exportTxt } from '../../unit/loaders/read/fixture-files.js';
import { uniqueTag } from '../fixtures.js';

const dir = mkdtempSync(path.join(tmpdir(), 'jurisgraph-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The quick ones; the decompression bombs and million-row files are covered by the unit limits tests.
const PICKED = ['grid_span_1e8.docx', 'grid_before_1e7.docx'];

describe('a hostile file beside a good one, written to the graph', () => {
  for (const hostile of HOSTILE_FILES.filter((h) => PICKED.includes(h.name))) {
    it(`loads the good list and names ${hostile.name}`, async () => {
      const tag = uniqueTag('hostile');
      const good = path.join(dir, `good-${tag}.txt`);
      // A title naming a county of its own keeps this list apart from the other tests' data.
      writeFileSync(good, exportTxt({ ...SAMPLE_LIST, title: `湖南省测试市敌意${tag.length}县发展和改革局责任清单` }));
      const bad = path.join(dir, `${tag}-${hostile.name}`);
      writeFileSync(bad, await hostile.build());
      const warnings: string[] = [];
      const report = await loadAndWrite([bad, good], { force: false, log: () => undefined, warn: (line) => warnings.push(line) });
      expect(report.documents.find((d) => d.file === good)?.status).toBe('created');
      expect((await documentByKeyOrFile(path.resolve(good)))?.lists).toBe(1);
      expect(warnings.some((w) => w.includes(path.basename(bad)) && w.includes(hostile.code))).toBe(true);
    }, 60_000);
  }
});
