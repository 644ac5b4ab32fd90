// Freshness per jurisdiction (graph/version.ts): a write stamps the places it changed with the new
// graph version, and a county's evidence index and analysis are kept per version of that county.
// So a load in county B keeps county A's cached values (the same objects, counted as hits) and A's
// answers stay right; a write in A is seen by A's next request; warming after a write in one
// county rebuilds that county only.
import { describe, expect, it } from 'vitest';
import { analysisCache, jurisdictionAnalysis } from '../../../graph/analyses/service.js';
import { agencyJurisdictions } from '../../../graph/repositories/evidence.repository.js';
import { jurisdictionKeys } from '../../../graph/search/jurisdiction.js';
import { evidenceCache, evidenceIndex, route } from '../../../graph/search/route.js';
import { type GraphVersion, graphVersion, jurisdictionVersions, scopeVersion } from '../../../graph/version.js';
import { warmCounties } from '../../../graph/warm.js';
import { removeDocuments, writeLoad } from '../../../graph/writer.js';
import { synthetic, uniqueTag } from '../fixtures.js';

const county = (tag: string) => `测试县${tag}`;

async function load(tag: string, variant: 'a' | 'b' = 'a'): Promise<string> {
  const s = synthetic(tag, variant);
  await writeLoad(s.result, s.docs);
  return s.jurisdictionKey;
}

/** What whoHandles answers in `tag`'s county for the river-sand question: the agency and the line it cites. */
async function answer(tag: string): Promise<{ agency: string; file: string; line: number } | null> {
  const top = (await route({ question: '河道采砂谁负责', jurisdiction: county(tag), first: 3 })).ranked[0];
  return top?.cited ? { agency: top.agency.name, file: top.cited.row.source.file, line: top.cited.row.source.line } : null;
}

async function indexOf(tag: string, version: GraphVersion) {
  return evidenceIndex(await jurisdictionKeys(county(tag), version), version, agencyJurisdictions);
}

describe('freshness per jurisdiction', () => {
  it('a load in county B keeps county A’s cached evidence and analysis, and A’s answers stay right', async () => {
    const a = uniqueTag('fa');
    const b = uniqueTag('fb');
    const keyA = await load(a);
    const before = await graphVersion();
    const indexBefore = await indexOf(a, before);
    const analysisBefore = await jurisdictionAnalysis(county(a));
    const answerBefore = await answer(a);
    expect(answerBefore).toEqual({ agency: `测试县${a}甲局`, file: `/nonexistent/jurisgraph-${a}/list.txt`, line: 11 });
    const entry = evidenceCache([keyA]);

    const keyB = await load(b);
    const after = await graphVersion();
    expect(after).toBeGreaterThan(before);
    // B's county carries the new version, A's the one it had.
    expect(await scopeVersion([keyB], after)).toBeGreaterThan(before);
    expect(await scopeVersion([keyA], after)).toBe(entry.version);
    expect(entry.version).toBeLessThan(after);

    // A's entry survives the write: the very same index, served as a hit.
    const indexAfter = await indexOf(a, after);
    expect(indexAfter).toBe(indexBefore);
    const survived = evidenceCache([keyA]);
    expect(survived.version).toBe(entry.version);
    expect(survived.hits).toBeGreaterThan(entry.hits);
    const analysisEntry = analysisCache(keyA);
    expect(await jurisdictionAnalysis(county(a))).toBe(analysisBefore);
    expect(analysisCache(keyA).hits).toBeGreaterThan(analysisEntry.hits);
    expect(await answer(a)).toEqual(answerBefore);
    // And B answers from its own new facts.
    expect(await answer(b)).toEqual({ agency: `测试县${b}甲局`, file: `/nonexistent/jurisgraph-${b}/list.txt`, line: 11 });
  }, 120_000);

  it('a write in county A is seen by A’s next request', async () => {
    const a = uniqueTag('fw');
    const keyA = await load(a);
    const before = await graphVersion();
    const indexBefore = await indexOf(a, before);
    expect(indexBefore.agencies.map((x) => x.agency.name).sort()).toEqual([`测试县${a}乙局`, `测试县${a}甲局`]);
    const analysisBefore = await jurisdictionAnalysis(county(a));

    // Variant b drops 乙局's row: the reload deletes it, and prunes 乙局.
    await load(a, 'b');
    const after = await graphVersion();
    const versionA = await scopeVersion([keyA], after);
    expect(versionA).toBeGreaterThan(before);
    const indexAfter = await indexOf(a, after);
    expect(indexAfter).not.toBe(indexBefore);
    expect(indexAfter.agencies.map((x) => x.agency.name)).toEqual([`测试县${a}甲局`]);
    expect(evidenceCache([keyA]).version).toBe(versionA);
    const analysisAfter = await jurisdictionAnalysis(county(a));
    expect(analysisAfter).not.toBe(analysisBefore);
    expect(analysisAfter.corpus.agencies.map((x) => x.name)).not.toContain(`测试县${a}乙局`);
  }, 120_000);

  it('an unload stamps the county whose facts it deleted, and leaves the others', async () => {
    const a = uniqueTag('fu');
    const b = uniqueTag('fv');
    const first = synthetic(a);
    const second: typeof first = JSON.parse(JSON.stringify(first).replaceAll('/list.txt', '/list-2.txt'));
    await writeLoad(first.result, first.docs);
    await writeLoad(second.result, second.docs);
    const keyB = await load(b);
    const before = await graphVersion();
    const indexBefore = await indexOf(a, before);
    const indexB = await indexOf(b, before);
    // The newer-list rule: the agencies answer from the document loaded last.
    expect(new Set(indexBefore.rows.map((r) => r.row.source.file))).toEqual(new Set([second.docKey]));

    // The county stays (its first document still holds it); only the deleted facts tell which it is.
    await removeDocuments([second.docKey]);
    const after = await graphVersion();
    expect(await scopeVersion([first.jurisdictionKey], after)).toBeGreaterThan(before);
    const indexAfter = await indexOf(a, after);
    expect(new Set(indexAfter.rows.map((r) => r.row.source.file))).toEqual(new Set([first.docKey]));
    expect(await indexOf(b, after)).toBe(indexB);
    expect(evidenceCache([keyB]).version).toBeLessThanOrEqual(before);
  }, 120_000);

  it('warming after a write in one county rebuilds that county, not the others', async () => {
    const a = uniqueTag('ka');
    const b = uniqueTag('kb');
    const keyA = await load(a);
    const keyB = await load(b);
    const warmedAt = new Map<string, GraphVersion>();
    const first = await warmCounties({ warmedAt });
    expect(first.jurisdictions).toBe(first.counties);
    expect(warmedAt.has(keyA) && warmedAt.has(keyB)).toBe(true);

    const seen = new Map(warmedAt);
    await load(b, 'b');
    const second = await warmCounties({ warmedAt });
    const rewarmed = [...warmedAt].filter(([key, v]) => seen.get(key) !== v).map(([key]) => key);
    expect(second.jurisdictions).toBe(rewarmed.length);
    expect(rewarmed).toContain(keyB);
    expect(rewarmed).not.toContain(keyA);
    // Other test files may write meanwhile: every county rewarmed is one whose version moved.
    const table = await jurisdictionVersions(await graphVersion());
    for (const key of rewarmed) expect(table.byKey.get(key)?.version).toBeGreaterThan(seen.get(key) ?? -1);
  }, 240_000);

  it('a stopped warming ends before its next county', async () => {
    await load(uniqueTag('ks'));
    const report = await warmCounties({ warmedAt: new Map(), stop: () => true });
    expect(report).toMatchObject({ jurisdictions: 0, stopped: true });
    expect(report.counties).toBeGreaterThan(0);
  }, 60_000);
});
