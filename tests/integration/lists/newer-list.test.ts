// List dates and the newer-list rule (issue 13) against the real Neo4j: seed 001 (安化县工信局)
// loaded as of 2016, and a copy of it whose title says 2023年度 and whose 指导墙体材料革新 row gives
// 县工信局 a new division, both in a county of their own. Both documents stay with their dates;
// whoHandles answers from the 2023 list, and asked as of 2017 from the 2016 one; every source
// carries its list's date.
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Jurisdiction } from '../../../domain/jurisdiction.js';
import { removeDocuments, writeLoad } from '../../../graph/writer.js';
import { loadDocuments } from '../../../loaders/load.js';
import { api, errorCodes, gql } from '../api/client.js';
import { seedsDir, uniqueTag } from '../fixtures.js';

const SEED = '001_04f6da2f69c911bf.txt';
/** The 县工信局 division of 指导墙体材料革新 as seed 001 line 403 opens, and what the 2023 copy says instead. */
const OLD_DIVISION = '会同有关部门确定并公布新型墙体材料的产品目录';
const NEW_DIVISION = '负责确定并公布新型墙体材料和绿色建材的产品目录，组织绿色建材产品认证推广';
const QUESTION = '新型墙体材料的产品目录由哪个部门确定并公布？';

interface Answer {
  agency: { name: string };
  division: string;
  source: { file: string; line: number; listDate: { year: number | null; date: string | null; origin: string; label: string } };
}
const WHO = `query($q: String!, $j: String, $asOf: String) { whoHandles(question: $q, jurisdiction: $j, first: 10, asOf: $asOf) {
  agency { name } division source { file line listDate { year date origin label } } } }`;

const tag = uniqueTag('ld');
const place: Jurisdiction = { province: `测试省${tag}`, city: `测试市${tag}`, county: `日期测${tag}县` };
let dir: string;
let file2016: string;
let file2023: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), `jurisgraph-list-dates-${tag}-`));
  // Not the seed's name: tests counting the five seeds by file name (00N_…) must not count these copies.
  file2016 = path.join(dir, `list-2016-${tag}.txt`);
  file2023 = path.join(dir, `list-2023-${tag}.txt`);
  await copyFile(path.join(seedsDir, SEED), file2016);
  const lines = (await readFile(file2016, 'utf8')).split('\n');
  expect(lines[0]).toBe('安化县工业和信息化局责任清单');
  expect(lines[402]).toContain(OLD_DIVISION);
  lines[0] = '安化县工业和信息化局2023年度责任清单';
  lines[402] = `\t${NEW_DIVISION}`;
  await writeFile(file2023, lines.join('\n'));
  const old = await loadDocuments([file2016], { asOf: '2016', jurisdiction: place });
  await writeLoad(old.result, old.documents);
  const renewed = await loadDocuments([file2023], { jurisdiction: place });
  await writeLoad(renewed.result, renewed.documents);
  await api();
}, 120_000);

afterAll(async () => {
  await removeDocuments([file2016, file2023]);
  await rm(dir, { recursive: true, force: true });
});

const ask = async (asOf: string | null): Promise<Answer[]> => {
  const r = await gql<{ whoHandles: Answer[] }>(WHO, { q: QUESTION, j: place.county, asOf });
  expect(r.errors).toBeUndefined();
  return r.data!.whoHandles;
};
const ownRow = (answers: Answer[]): Answer | undefined =>
  answers.find((a) => a.agency.name.includes('工业和信息化局') || a.agency.name.includes('工信局'));

describe('an older and a newer list of one department', { timeout: 120_000 }, () => {
  it('keeps both documents, each with its date and where it came from', async () => {
    const r = await gql<{
      documents: Array<{
        file: string;
        date: { label: string; origin: string; line: number | null };
        departments: Array<{ date: { label: string } }>;
      }>;
    }>(`{ documents { file date { label origin line } departments { date { label } } } }`);
    expect(r.errors).toBeUndefined();
    // The API shows file names without the server's paths (api/server.ts).
    const byFile = new Map(r.data!.documents.map((d) => [path.basename(d.file), d]));
    const [name2016, name2023] = [path.basename(file2016), path.basename(file2023)];
    expect(byFile.get(name2016)?.date).toEqual({ label: '2016年', origin: 'given', line: null });
    expect(byFile.get(name2023)?.date).toEqual({ label: '2023年', origin: 'text', line: 1 });
    expect(byFile.get(name2016)?.departments.map((d) => d.date.label)).toEqual(['2016年']);
    expect(byFile.get(name2023)?.departments.map((d) => d.date.label)).toEqual(['2023年']);
  });

  it('answers from the newest list: the 2023 division, every source in the 2023 document, labelled 2023年', async () => {
    const answers = await ask(null);
    expect(answers.length).toBeGreaterThan(0);
    expect(ownRow(answers)?.division).toBe(NEW_DIVISION);
    for (const a of answers) {
      expect(path.basename(a.source.file)).toBe(path.basename(file2023));
      expect(a.source.listDate).toEqual({ year: 2023, date: '2023', origin: 'text', label: '2023年' });
    }
  });

  it('asked as of 2017, answers from the 2016 list, labelled 2016年 (given at load)', async () => {
    const answers = await ask('2017');
    expect(ownRow(answers)?.division).toContain(OLD_DIVISION);
    for (const a of answers) {
      expect(path.basename(a.source.file)).toBe(path.basename(file2016));
      expect(a.source.listDate).toEqual({ year: 2016, date: '2016', origin: 'given', label: '2016年' });
    }
    // As of a day in 2023 the 2023 list exists again; before 2016 no list of the department did.
    expect(ownRow(await ask('2023-06-01'))?.division).toBe(NEW_DIVISION);
    const names = [path.basename(file2016), path.basename(file2023)];
    expect((await ask('2015')).filter((a) => names.includes(path.basename(a.source.file)))).toEqual([]);
  });

  it('refuses an asOf that is no date', async () => {
    const r = await gql(WHO, { q: QUESTION, j: place.county, asOf: '2016-13' });
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0].message).toContain('asOf 的日期无效');
  });
});
