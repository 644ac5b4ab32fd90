// Time to compute every analysis for the 蒸湘区 seed, and how it grows when the same
// data is replicated into 10× and 100× synthetic jurisdictions. Ratios are against the
// 1× run measured in the same process. The graph read is left out: it is one query per
// jurisdiction (see graph/analyses/queries.ts) and is measured by the integration suite.
//   npx tsx bench/analyses.ts [path/to/004_*.txt]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFiles } from '../loaders/load.js';
import { analyseJurisdiction } from '../graph/analyses/analyses.js';
import { compareMatter } from '../graph/analyses/compare.js';
import type { JurisdictionCorpus } from '../graph/analyses/corpus.js';
import { corpusFromLoad } from '../graph/analyses/corpus-from-load.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seeds = path.resolve(repoRoot, '../shared/seeds');
const file = process.argv[2] ?? path.join(seeds, fs.readdirSync(seeds).find((f) => f.startsWith('004_'))!);

/** The corpus copied under a new jurisdiction key: same texts, distinct agencies and matters. */
function replicate(c: JurisdictionCorpus, n: number): JurisdictionCorpus {
  const key = `${c.key}#${n}`;
  const re = (k: string) => (k.startsWith(c.key) ? key + k.slice(c.key.length) : k);
  return {
    key,
    name: `${c.name}${n}`,
    agencies: c.agencies.map((a) => ({ ...a, key: re(a.key) })),
    texts: c.texts.map((t) => ({ ...t, id: `${n}:${t.id}`, dutyId: `${n}:${t.dutyId}`, agencyKey: re(t.agencyKey) })),
    matters: c.matters.map((m) => ({
      ...m,
      key: re(m.key),
      jurisdictionKey: key,
      assignments: m.assignments.map((a) => ({ ...a, agencyKey: a.agencyKey && re(a.agencyKey) })),
    })),
  };
}

function run(corpora: JurisdictionCorpus[]): { ms: number; findings: number } {
  const t0 = performance.now();
  let findings = 0;
  for (const c of corpora) {
    const a = analyseJurisdiction(c);
    findings += a.overlaps.DECLARED.length + a.overlaps.UNDECLARED.length + a.overlaps.CONTRADICTION.length + a.uncovered.length;
  }
  // Cross-jurisdiction comparison searches every matter of every jurisdiction.
  const allMatters = corpora.flatMap((c) => c.matters);
  for (const title of ['节能管理', '校车安全管理', '物流管理']) compareMatter(title, allMatters, new Map());
  return { ms: performance.now() - t0, findings };
}

const result = await loadFiles([file]);
const base = corpusFromLoad(result);
if (base.length !== 1) throw new Error(`expected one jurisdiction in ${file}, got ${base.length}`);
const one = base[0]!;
console.log(`${path.basename(file)}: ${one.agencies.length} agencies, ${one.texts.length} duty texts, ${one.matters.length} matters`);
run([one]); // warm-up: jieba dictionary, JIT
const rows: Array<{ scale: number; ms: number; findings: number }> = [];
// Other processes share the two cores: the smaller scales take the best of three runs.
for (const [scale, repeats] of [
  [1, 3],
  [10, 3],
  [100, 1],
] as const) {
  const corpora = Array.from({ length: scale }, (_, i) => (i === 0 && scale === 1 ? one : replicate(one, i)));
  const runs = Array.from({ length: repeats }, () => run(corpora));
  rows.push({ scale, ...runs.reduce((a, b) => (b.ms < a.ms ? b : a)) });
}
const t1 = rows[0]!.ms;
console.log('scale  jurisdictions  ms        ratio vs 1×  findings');
for (const r of rows)
  console.log(
    `${String(r.scale).padEnd(6)} ${String(r.scale).padEnd(14)} ${r.ms.toFixed(0).padEnd(9)} ${(r.ms / t1).toFixed(1).padEnd(12)} ${r.findings}`,
  );
