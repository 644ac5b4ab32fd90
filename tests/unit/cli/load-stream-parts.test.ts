// The pure parts of the streamed load: which files a directory or a list names, the
// non-TTY progress line, the parse stamp, and how files are cut into units.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandLoadPaths } from '../../../cli/load-files';
import { loadProgress, progressLine } from '../../../cli/load-progress';
import { parseStamp } from '../../../cli/parse-stamp';
import { loadUnits } from '../../../loaders/units';
import { SAMPLE_LIST, exportTxt } from '../loaders/read/fixture-files';

const dir = mkdtempSync(path.join(tmpdir(), 'jurisgraph-load-parts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('expandLoadPaths', () => {
  it('reads directories recursively in sorted path order, documents only, and lists from --files-from', async () => {
    mkdirSync(path.join(dir, 'tree/b'), { recursive: true });
    mkdirSync(path.join(dir, 'tree/a'), { recursive: true });
    for (const f of ['b/2.txt', 'a/1.DOCX', 'a/notes.md', 'b/1.xlsx', 'c.csv']) writeFileSync(path.join(dir, 'tree', f), '');
    const files = await expandLoadPaths([path.join(dir, 'tree')]);
    expect(files.map((f) => path.relative(dir, f))).toEqual(['tree/a/1.DOCX', 'tree/b/1.xlsx', 'tree/b/2.txt', 'tree/c.csv']);
    const list = path.join(dir, 'list.txt');
    writeFileSync(list, `# a comment\ntree/c.csv\n\n${path.join(dir, 'tree/b')}\nmissing.txt\n`);
    const listed = await expandLoadPaths([], list);
    // A path that does not exist is kept, so the loader reports it as unreadable.
    expect(listed.map((f) => path.relative(dir, f))).toEqual(['missing.txt', 'tree/b/1.xlsx', 'tree/b/2.txt', 'tree/c.csv']);
  });
});

describe('progress on a non-TTY', () => {
  it('prints a line every 5 % of the files or every 10 s, not for every file', () => {
    const lines: string[] = [];
    let clock = 0;
    const progress = loadProgress(100, { isTTY: false, write: (l) => lines.push(l) }, () => clock);
    for (let done = 1; done <= 100; done++) {
      clock += 10; // 10 ms per file: only the 5 % steps print
      progress.update({ filesDone: done, filesTotal: 100, rowsWritten: done * 150 });
    }
    expect(lines).toHaveLength(20);
    expect(lines[0]).toBe('进度 5/100 个文件（5%），已写入 750 行，15000 行/秒，预计剩余 1 秒');
    lines.length = 0;
    const slow = loadProgress(1000, { isTTY: false, write: (l) => lines.push(l) }, () => clock);
    clock += 11_000;
    slow.update({ filesDone: 1, filesTotal: 1000, rowsWritten: 10 });
    expect(lines).toHaveLength(1);
  });

  it('says the time left from the share of files done', () => {
    expect(progressLine({ filesDone: 10, filesTotal: 40, rowsWritten: 3000 }, 60_000)).toBe(
      '进度 10/40 个文件（25%），已写入 3000 行，50 行/秒，预计剩余 3 分 0 秒',
    );
  });
});

describe('parseStamp', () => {
  it('is stable for the same options and changes with options that change the parse', () => {
    const a = parseStamp({});
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(parseStamp({})).toBe(a);
    expect(parseStamp({ asOf: '2016' })).not.toBe(a);
    expect(parseStamp({ jurisdiction: { county: '临高县' } })).not.toBe(a);
  });
});

describe('loadUnits', () => {
  it('keeps files of one jurisdiction together up to the budget, never splits a file, and skips unchanged files unparsed', async () => {
    const files = ['1.txt', '2.txt', '3.txt', '4.txt'].map((f) => path.join(dir, f));
    for (const f of files) writeFileSync(f, exportTxt(SAMPLE_LIST));
    const sizes: string[][] = [];
    for await (const unit of loadUnits(files, { batchRows: 1 })) sizes.push(unit.files);
    // A budget below one file: every file is a unit of its own.
    expect(sizes).toEqual(files.map((f) => [f]));
    const together: string[][] = [];
    for await (const unit of loadUnits(files, { batchRows: 1_000_000 })) together.push(unit.files);
    expect(together).toEqual([files]);
    const units = [];
    for await (const unit of loadUnits(files, { batchRows: 1_000_000, unchanged: (f) => f !== files[2] })) units.push(unit);
    expect(units.map((u) => [u.skipped, u.files])).toEqual([[[files[0], files[1], files[3]], [files[2]]]]);
  });
});
