// `npm run load -- <files…>` without --dry-run, against the real Neo4j the integration
// setup started: the list lands in the graph, and loading it again changes nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { documentByKeyOrFile, documentLists } from '../../../graph/repositories/document.repository.js';
import { SAMPLE_LIST, exportTxt } from '../../unit/loaders/read/fixture-files.js';
import { loadWithCli } from '../../support/load-cli.js';
import { uniqueTag } from '../fixtures.js';

const dir = mkdtempSync(path.join(tmpdir(), 'jurisgraph-cli-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A county of its own keeps this test's agencies and matters apart from other tests' data.
const load = loadWithCli;

describe('loader CLI writing to Neo4j', () => {
  it('writes a list once and skips it when loaded again unchanged', async () => {
    const tag = uniqueTag('cli');
    const file = path.join(dir, `list-${tag}.txt`);
    writeFileSync(file, exportTxt(SAMPLE_LIST));
    const county = `测${tag}区`;

    const first = load(file, county);
    expect(first.stderr).toContain('新建');
    expect(first.status).toBe(0);
    const doc = await documentByKeyOrFile(path.resolve(file));
    expect(doc).toMatchObject({ format: 'txt', encoding: 'utf-8', lists: 1 });
    const lists = await documentLists(doc!.key);
    expect(lists.map((l) => l.department)).toEqual(['衡阳市蒸湘区发展和改革局']);
    expect(lists[0].agencyKey).toContain(county);

    const second = load(file, county);
    expect(second.status).toBe(0);
    expect(second.stderr).toContain('未变化');
    expect((await documentByKeyOrFile(path.resolve(file)))?.sha256).toBe(doc!.sha256);
  });
});
