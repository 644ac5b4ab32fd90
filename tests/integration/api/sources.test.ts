// The original text behind every source line (issue 12): titles on every Source, the
// sourceText query around a line, and the stored text following its document through
// reloads and unloads.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDocuments, writeLoad } from '../../../graph/writer.js';
import { scopedCounts } from '../../../graph/repositories/stats.repository.js';
import { TEXT_CHUNK_LINES } from '../../../graph/load/rows.js';
import { loadSeeds, seedFiles, synthetic, uniqueTag } from '../fixtures.js';
import { api, errorCodes, gql } from './client.js';

beforeAll(async () => {
  await loadSeeds();
  await api();
}, 120_000);
afterAll(async () => (await api()).close());

const seed004 = () => seedFiles().find((f) => path.basename(f).startsWith('004'))!;

interface SourceTextData {
  sourceText: {
    file: string;
    title: string | null;
    department: string | null;
    line: number;
    endLine: number | null;
    lineCount: number;
    lines: Array<{ number: number; text: string }>;
  };
}
const SOURCE_TEXT = `query($file: String!, $line: Int!, $before: Int, $after: Int) {
  sourceText(file: $file, line: $line, before: $before, after: $after) { file title department line endLine lineCount lines { number text } } }`;

describe('sourceText', () => {
  it('shows the rows around 004 line 9823 with their own line numbers and the 人口计生局 list’s title', async () => {
    const shown = path.basename(seed004());
    const r = await gql<SourceTextData>(SOURCE_TEXT, { file: shown, line: 9823 });
    expect(r.errors).toBeUndefined();
    const t = r.data!.sourceText;
    expect(t.file).toBe(shown);
    expect(t.title).toBe('衡阳市蒸湘区人口和计划生育局');
    expect(t.department).toBe('衡阳市蒸湘区人口和计划生育局');
    expect(t.lines.find((l) => l.number === 9823)?.text).toBe('\t出生人口性别比治理');
    expect(t.lines.find((l) => l.number === 9824)?.text).toBe('\t区人口计生局');
    // 8 before, 12 after, consecutive.
    expect(t.lines.map((l) => l.number)).toEqual(Array.from({ length: 21 }, (_, i) => 9815 + i));
  });

  it('shows a whole multi-line record and takes the stored key as well as the shown name', async () => {
    const r = await gql<SourceTextData>(SOURCE_TEXT, { file: seed004(), line: 9822, before: 0, after: 0 });
    expect(r.errors).toBeUndefined();
    const t = r.data!.sourceText;
    expect(t.endLine).toBe(9827);
    expect(t.lineCount).toBe(11559);
    expect(t.lines.map((l) => l.number)).toEqual([9822, 9823, 9824, 9825, 9826, 9827]);
    expect(t.lines[0]!.text).toBe('\t1');
  });

  it('refuses an unknown file, a line outside the file and a window too wide, in Chinese', async () => {
    const shown = path.basename(seed004());
    const unknown = await gql(SOURCE_TEXT, { file: 'no-such-list.txt', line: 1 });
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors![0]!.extensions?.argumentName).toBe('file');
    expect(unknown.errors![0]!.message).toMatch(/没有已加载的文件/);
    for (const line of [0, 11560]) {
      const out = await gql(SOURCE_TEXT, { file: shown, line });
      expect(errorCodes(out), String(line)).toEqual(['BAD_USER_INPUT']);
      expect(out.errors![0]!.extensions?.argumentName).toBe('line');
      expect(out.errors![0]!.message).toMatch(/超出/);
    }
    const wide = await gql(SOURCE_TEXT, { file: shown, line: 10, before: 101 });
    expect(errorCodes(wide)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a file name two loaded documents end in, and accepts the longer tail', async () => {
    const a = synthetic(uniqueTag('srcA'));
    const b = synthetic(uniqueTag('srcB'));
    await writeLoad(a.result, a.docs);
    await writeLoad(b.result, b.docs);
    try {
      const both = await gql(SOURCE_TEXT, { file: 'list.txt', line: 1 });
      expect(errorCodes(both)).toEqual(['BAD_USER_INPUT']);
      expect(both.errors![0]!.message).toMatch(/对应 \d+ 个已加载的文件/);
      expect(both.errors![0]!.message).not.toContain('/nonexistent/');
      const one = await gql<SourceTextData>(SOURCE_TEXT, { file: `jurisgraph-${a.tag}/list.txt`, line: 11, before: 1, after: 1 });
      expect(one.errors).toBeUndefined();
      // The fixture's list spans line 1 only: line 11 is cited with the document's title and no department.
      expect(one.data!.sourceText).toMatchObject({ title: `测试县${a.tag}甲局责任清单`, department: null, endLine: 11 });
      const head = await gql<SourceTextData>(SOURCE_TEXT, { file: `jurisgraph-${a.tag}/list.txt`, line: 1 });
      expect(head.data!.sourceText).toMatchObject({ department: `测试县${a.tag}甲局`, endLine: null });
      expect(one.data!.sourceText.lines).toEqual([
        { number: 10, text: '第10行' },
        { number: 11, text: '第11行' },
        { number: 12, text: '第12行' },
      ]);
      const doc = await gql<{ document: { key: string; title: string } | null }>(`query($k: ID!) { document(key: $k) { key title } }`, {
        k: `jurisgraph-${b.tag}/list.txt`,
      });
      expect(doc.data!.document?.title).toBe(`测试县${b.tag}甲局责任清单`);
      expect(errorCodes(await gql(`{ document(key: "list.txt") { key } }`))).toEqual(['BAD_USER_INPUT']);
    } finally {
      await removeDocuments([a.docKey, b.docKey]);
    }
  });
});

describe('titles on sources', () => {
  it('gives every Source of a whoHandles answer a title', async () => {
    for (const question of [
      '电力线路保护区里有人盖房子，该找哪个部门？',
      '出生人口性别比治理谁负责',
      '小区旁边的养猪场臭气熏天，谁来管？',
    ]) {
      const r = await gql<{
        whoHandles: Array<{ source: { file: string; line: number; title: string | null; department: string | null } }>;
      }>(`query($q: String!) { whoHandles(question: $q, first: 5) { source { file line title department } } }`, { q: question });
      expect(r.errors, question).toBeUndefined();
      expect(r.data!.whoHandles.length, question).toBeGreaterThan(0);
      for (const { source } of r.data!.whoHandles) expect(source.title, `${question} ${source.file}:${source.line}`).toBeTruthy();
    }
  });

  it('cites 004’s rows with their own list’s title and department, and titles documents and lists', async () => {
    const r = await gql<{ whoHandles: Array<{ source: { file: string; line: number; title: string; department: string } }> }>(
      `{ whoHandles(question: "出生人口性别比治理谁负责", jurisdiction: "蒸湘区", first: 10) { source { file line title department } } }`,
    );
    expect(r.errors).toBeUndefined();
    const lines = r.data!.whoHandles.map((a) => a.source).filter((s) => s.file.startsWith('004'));
    expect(lines.length).toBeGreaterThan(0);
    for (const s of lines) {
      const inPopulation = s.line >= 9683 && s.line <= 10067;
      if (inPopulation) expect(s).toMatchObject({ title: '衡阳市蒸湘区人口和计划生育局', department: '衡阳市蒸湘区人口和计划生育局' });
      if (s.line >= 8324 && s.line < 9683)
        expect(s).toMatchObject({ title: '衡阳市蒸湘区卫生局责任清单', department: '衡阳市蒸湘区卫生局' });
    }
    const docs = await gql<{ documents: Array<{ file: string; title: string; departments: Array<{ title: string }> }> }>(
      '{ documents { file title departments { title } } }',
    );
    const d000 = docs.data!.documents.find((d) => d.file.startsWith('000'))!;
    expect(d000.title).toBe('湖南省洪江区经信局责任清单（标题为推断）');
    const d004 = docs.data!.documents.find((d) => d.file.startsWith('004'))!;
    expect(d004.departments.map((l) => l.title)).toContain('衡阳市蒸湘区农村工作办公室（蒸湘区水利农机局）责任清单');
  });
});

describe('stored text follows its document', () => {
  it('is replaced by a reload (no duplicates) and removed by an unload', async () => {
    const a = synthetic(uniqueTag('text'));
    const scope = { docKeys: [a.docKey], jurisdictionKeys: [], basisPrefix: '\u0000' };
    await writeLoad(a.result, a.docs);
    expect((await scopedCounts(scope)).DocumentText).toBe(1);
    await writeLoad(a.result, a.docs, { force: true });
    expect((await scopedCounts(scope)).DocumentText).toBe(1);

    // The file grew to 450 lines: three chunks, the new text served, none of the old left.
    const longer = synthetic(a.tag);
    longer.docs[0]!.sha256 = 'sha256-of-longer';
    longer.docs[0]!.sourceLines = Array.from({ length: 450 }, (_, i) => `新第${i + 1}行`);
    await writeLoad(longer.result, longer.docs);
    expect((await scopedCounts(scope)).DocumentText).toBe(Math.ceil(450 / TEXT_CHUNK_LINES));
    const r = await gql<SourceTextData>(SOURCE_TEXT, { file: a.docKey, line: 440, before: 0, after: 100 });
    expect(r.data!.sourceText.lines.map((l) => l.text)).toEqual(Array.from({ length: 11 }, (_, i) => `新第${440 + i}行`));

    await removeDocuments([a.docKey]);
    expect((await scopedCounts(scope)).DocumentText).toBeUndefined();
    expect(errorCodes(await gql(SOURCE_TEXT, { file: a.docKey, line: 1 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps every seed document’s lines, in chunks that cover them once', async () => {
    const run = await gql<{ documents: Array<{ key: string; file: string }> }>('{ documents { key file } }');
    expect(run.errors).toBeUndefined();
    const key = seed004();
    const counts = await scopedCounts({ docKeys: [key], jurisdictionKeys: [], basisPrefix: '\u0000' });
    // 004 has 11,559 lines (11,558 line ends and a last line without one).
    expect(counts.DocumentText).toBe(Math.ceil(11559 / TEXT_CHUNK_LINES));
    const last = await gql<SourceTextData>(SOURCE_TEXT, { file: path.basename(key), line: 11559, before: 1, after: 5 });
    expect(last.errors).toBeUndefined();
    expect(last.data!.sourceText.lines.map((l) => l.number)).toEqual([11558, 11559]);
  });
});
