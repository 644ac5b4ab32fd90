import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocuments } from '../../../loaders/load.js';
import { documentKey, removeDocuments, writeLoad } from '../../../graph/writer.js';
import { jurisdictionKey } from '../../../domain/jurisdiction.js';
import { matterKey } from '../../../domain/matter-title.js';
import { graphCounts, scopedCounts } from '../../../graph/repositories/stats.repository.js';
import { documentByKeyOrFile, documentDiagnostics } from '../../../graph/repositories/document.repository.js';
import { matterResponsibilities } from '../../../graph/repositories/matter.repository.js';
import { loadSeeds, seedFiles, synthetic, uniqueTag, type Synthetic } from '../fixtures.js';

const scopeOf = (s: Synthetic) => ({ docKeys: [s.docKey], jurisdictionKeys: [s.jurisdictionKey], basisPrefix: s.basisPrefix });

describe('writeLoad on the five seeds', () => {
  it('loads every seed document with its facts and load report', async () => {
    await loadSeeds();
    for (const file of seedFiles()) {
      const doc = await documentByKeyOrFile(documentKey(file));
      expect(doc, file).not.toBeNull();
      expect(doc!.lists).toBeGreaterThan(0);
      expect(doc!.rows).toBeGreaterThan(0);
    }
    const counts = await graphCounts();
    for (const label of ['Jurisdiction', 'Agency', 'Matter', 'Responsibility', 'Basis', 'Duty', 'Service', 'Diagnostic']) {
      expect(counts[label] ?? 0, label).toBeGreaterThan(0);
    }
  });

  it('changes nothing when the same files are loaded again, skipped or forced', async () => {
    await loadSeeds();
    const before = await graphCounts();
    const run = await loadDocuments(seedFiles());
    const again = await writeLoad(run.result, run.documents);
    expect(again.documents.map((d) => d.status)).toEqual(seedFiles().map(() => 'unchanged'));
    expect(again.rowsWritten).toBe(0);
    expect(await graphCounts()).toEqual(before);
    const forced = await writeLoad(run.result, run.documents, { force: true });
    expect(forced.documents.every((d) => d.status === 'replaced')).toBe(true);
    expect(await graphCounts()).toEqual(before);
  });

  it('replaces a changed file and leaves the other files alone', async () => {
    await loadSeeds();
    const dir = await mkdtemp(path.join(tmpdir(), 'jurisgraph-changed-'));
    const copy = path.join(dir, 'honjiang.txt');
    // The copy is moved to a place of its own (洪江区 -> 湘江区) so it does not add
    // answers to the real 洪江区 that other test files query at the same time.
    await writeFile(copy, (await readFile(seedFiles()[0]!, 'utf8')).replaceAll('洪江', '湘江'));
    const first = await loadDocuments([copy]);
    expect((await writeLoad(first.result, first.documents)).documents[0]?.status).toBe('created');
    const seedKey = documentKey(seedFiles()[0]!);
    const seedBefore = await scopedCounts({ docKeys: [seedKey], jurisdictionKeys: [], basisPrefix: '\u0000' });

    // The edit: 炼油 moves from the 发改局 row to another word.
    const text = await readFile(copy, 'utf8');
    expect(text).toContain('炼油、燃料乙醇');
    await writeFile(copy, text.replace('炼油、燃料乙醇', '炼焦、燃料乙醇'));
    const second = await loadDocuments([copy]);
    const report = await writeLoad(second.result, second.documents);
    expect(report.documents[0]?.status).toBe('replaced');

    const copyKey = documentKey(copy);
    const rows = (await matterResponsibilities(refiningMatterKey(second.result))).filter((r) => r.source.file === copy);
    expect(rows.some((r) => r.division.includes('炼焦、燃料乙醇'))).toBe(true);
    expect(rows.some((r) => r.division.includes('炼油、燃料乙醇'))).toBe(false);
    expect(await scopedCounts({ docKeys: [seedKey], jurisdictionKeys: [], basisPrefix: '\u0000' })).toEqual(seedBefore);
    expect((await documentByKeyOrFile(copyKey))?.sha256).toBe(report.documents[0]?.sha256);
  });
});

function refiningMatterKey(result: Awaited<ReturnType<typeof loadDocuments>>['result']): string {
  const d = result.departments[0]!;
  const m = d.boundaryMatters.find((x) => x.title.includes('石油化工'))!;
  return matterKey(jurisdictionKey(d.jurisdiction), m.title);
}

describe('writeLoad on a synthetic document', () => {
  it('prunes shared nodes nothing points at any more', async () => {
    const a = synthetic(uniqueTag('prune'), 'a');
    await writeLoad(a.result, a.docs);
    const before = await scopedCounts(scopeOf(a));
    expect(before.Agency).toBe(2);
    expect(before.Basis).toBe(1);
    const b = synthetic(a.tag, 'b');
    expect((await writeLoad(b.result, b.docs)).documents[0]?.status).toBe('replaced');
    const after = await scopedCounts(scopeOf(b));
    expect(after.Agency).toBe(1);
    expect(after.Basis).toBe(1);
    expect(after.Responsibility).toBe(1);
    expect(after.Jurisdiction).toBe(before.Jurisdiction);
  });

  it('rewrites an unchanged file whose facts the parser now reads differently', async () => {
    const a = synthetic(uniqueTag('reparse'));
    await writeLoad(a.result, a.docs);
    expect((await writeLoad(a.result, a.docs)).documents[0]?.status).toBe('unchanged');
    const reparsed = synthetic(a.tag);
    reparsed.result.departments[0]!.boundaryMatters[0]!.assignments[0]!.division = '负责河道采砂许可';
    expect(reparsed.docs).toEqual(a.docs);
    expect((await writeLoad(reparsed.result, reparsed.docs)).documents[0]?.status).toBe('replaced');
  });

  it('unloads a document and everything only it pointed at', async () => {
    const a = synthetic(uniqueTag('remove'));
    await writeLoad(a.result, a.docs);
    expect((await scopedCounts(scopeOf(a))).Responsibility).toBe(2);
    expect(await removeDocuments([a.docKey])).toBe(1);
    expect(await scopedCounts(scopeOf(a))).toEqual({});
    expect(await documentByKeyOrFile(a.docKey)).toBeNull();
  });

  it('stores the load report, queryable per document', async () => {
    const a = synthetic(uniqueTag('report'));
    await writeLoad(a.result, a.docs);
    const diagnostics = await documentDiagnostics(a.docKey, { severity: null, limit: 10 });
    expect(diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([['DEPARTMENT_INFERRED', 'warning', 2]]);
    expect((await documentByKeyOrFile(a.docKey))?.diagnosticCount).toBe(1);
  });

  it('leaves the graph as it was when a statement fails mid-load', async () => {
    const a = synthetic(uniqueTag('fail'), 'a');
    await writeLoad(a.result, a.docs);
    const before = await scopedCounts(scopeOf(a));
    const shaBefore = (await documentByKeyOrFile(a.docKey))?.sha256;

    // Variant b with a diagnostic Neo4j cannot store (a map property): diagnostics are
    // written last, after the old facts were deleted and the new ones created.
    const b = synthetic(a.tag, 'b');
    b.result.diagnostics.push({ ...b.result.diagnostics[0]!, raw: { not: 'a string' } as unknown as string });
    await expect(writeLoad(b.result, b.docs)).rejects.toThrow();

    expect(await scopedCounts(scopeOf(a))).toEqual(before);
    expect((await documentByKeyOrFile(a.docKey))?.sha256).toBe(shaBefore);
  });
});
