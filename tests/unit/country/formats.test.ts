// The office share of the synthetic country (tools/country/formats.ts, render-office.ts):
// the same lists written as UTF-8 text, GB18030 text, .docx and .xlsx must read back through
// the project's loader (loaders/load.ts, no Neo4j) as the same departments, with no warning.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadDocuments } from '../../../loaders/load';
import { DEFAULT_FORMAT_SHARES, type FileFormat, type TextEncodingName } from '../../../tools/country/formats';
import { type GeneratedFile, generateCountry } from '../../../tools/country/generate';
import { fileBytes, loadSeedVocabulary } from '../../../tools/country/io';
import type { Vocabulary } from '../../../tools/country/vocabulary';
import { DISTRIBUTIONS, SEEDS } from './seeds';

/** A record without its source references, which name the file and differ by format. */
function withoutSource(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSource);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'source')
        .map(([k, v]) => [k, withoutSource(v)]),
    );
  }
  return value;
}

let vocabulary: Vocabulary;
let lists: GeneratedFile[];
const dirs: string[] = [];

/** `lists` all written as `format` (`encoding` for text), loaded; departments in file order. */
async function loadAs(format: FileFormat, encoding: TextEncodingName) {
  const dir = mkdtempSync(path.join(tmpdir(), `country-${format}-`));
  dirs.push(dir);
  const paths: string[] = [];
  for (const f of lists) {
    const file = { ...f, format, encoding, path: f.path.replace(/\.\w+$/, `.${format}`) };
    const target = path.join(dir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, await fileBytes(file));
    paths.push(target);
  }
  const run = await loadDocuments(paths);
  return {
    run,
    departments: run.result.departments.map(withoutSource),
    problems: run.result.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.code} ${d.file}:${d.line}`),
  };
}

let text: Awaited<ReturnType<typeof loadAs>>;

beforeAll(async () => {
  vocabulary = await loadSeedVocabulary(SEEDS);
  // Two counties (~35 lists), every layout oddity of the text export among them.
  lists = generateCountry({ seed: 3, counties: 2 }, vocabulary, DISTRIBUTIONS);
  text = await loadAs('txt', 'utf-8');
}, 120_000);

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('synthetic country: .docx, .xlsx and GB18030 text read back as the .txt does', () => {
  it('the UTF-8 text versions load cleanly, one department per list', () => {
    expect(text.problems).toEqual([]);
    expect(text.departments).toHaveLength(lists.length);
  });

  for (const [format, encoding] of [
    ['txt', 'gb18030'],
    ['docx', 'utf-8'],
    ['xlsx', 'utf-8'],
  ] as const) {
    it(`${format} (${encoding}): same departments, duties, matters, services and rules; no warning`, async () => {
      const other = await loadAs(format, encoding);
      expect(other.problems).toEqual([]);
      expect(other.run.result.departments.length).toBe(lists.length);
      // Each file went through the reader of its format (and the text through GB18030 decoding).
      expect(other.run.documents).toHaveLength(lists.length);
      for (const d of other.run.documents) expect(`${d.format} ${d.encoding ?? encoding}`, d.file).toBe(`${format} ${encoding}`);
      other.departments.forEach((d, i) => {
        expect(d, lists[i].path).toEqual(text.departments[i]);
      });
    }, 120_000);
  }

  it('an office file has the same bytes whenever it is written (no write-time stamps)', async () => {
    const list = { ...lists[0] };
    const bytesAt = async (time: string, format: FileFormat): Promise<Buffer> => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(time));
      try {
        return await fileBytes({ ...list, format });
      } finally {
        vi.useRealTimers();
      }
    };
    for (const format of ['docx', 'xlsx'] as const) {
      expect((await bytesAt('2031-05-06T07:08:09Z', format)).equals(await bytesAt('2042-10-11T12:13:14Z', format)), format).toBe(true);
    }
  }, 60_000);

  it('the default shares are met on a 20-county sample, and the formats do not change the texts', () => {
    const files = generateCountry({ seed: 1, counties: 20 }, vocabulary, DISTRIBUTIONS);
    const share = (p: (f: GeneratedFile) => boolean): number => files.filter(p).length / files.length;
    // ~330 lists: a share drawn per list is within 0.05 of the asked one.
    expect(Math.abs(share((f) => f.format === 'docx') - DEFAULT_FORMAT_SHARES.docx)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(share((f) => f.format === 'xlsx') - DEFAULT_FORMAT_SHARES.xlsx)).toBeLessThanOrEqual(0.05);
    const texts = files.filter((f) => f.format === 'txt');
    const gb = texts.filter((f) => f.encoding === 'gb18030').length / texts.length;
    expect(Math.abs(gb - DEFAULT_FORMAT_SHARES.gb18030)).toBeLessThanOrEqual(0.05);
    for (const f of files) expect(f.path.endsWith(`.${f.format}`), f.path).toBe(true);
    const textOnly = generateCountry({ seed: 1, counties: 20, formats: { docx: 0, xlsx: 0, gb18030: 0 } }, vocabulary, DISTRIBUTIONS);
    expect(textOnly.map((f) => f.text)).toEqual(files.map((f) => f.text));
    expect(textOnly.every((f) => f.format === 'txt' && f.encoding === 'utf-8')).toBe(true);
  }, 60_000);
});
