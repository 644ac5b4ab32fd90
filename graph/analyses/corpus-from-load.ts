import { agencyNodeKey } from '../../domain/agency-names.js';
import { jurisdictionKey } from '../../domain/jurisdiction.js';
import { matterKey } from '../../domain/matter-title.js';
import type { Department, LoadResult } from '../../domain/records.js';
import type { CorpusAgency, CorpusMatter, JurisdictionCorpus } from './corpus.js';

/**
 * Corpora straight from loader output, keyed like the graph keys them, for benches and for
 * developing the analyses without a database. The API reads the graph instead.
 */
export function corpusFromLoad(load: LoadResult): JurisdictionCorpus[] {
  const byJurisdiction = new Map<string, Department[]>();
  for (const d of load.departments) {
    const key = jurisdictionKey(d.jurisdiction);
    byJurisdiction.set(key, [...(byJurisdiction.get(key) ?? []), d]);
  }
  return [...byJurisdiction].map(([key, departments]) => {
    const agencies = new Map<string, CorpusAgency>();
    const agencyKey = (name: string) => {
      const k = agencyNodeKey(key, name);
      if (!agencies.has(k)) {
        const merge = load.agencyMerges.find((m) => m.canonical === name && jurisdictionKey(m.jurisdiction) === key);
        agencies.set(k, { key: k, name, aliases: merge?.aliases ?? [] });
      }
      return k;
    };
    const texts: JurisdictionCorpus['texts'] = [];
    const matters = new Map<string, CorpusMatter>();
    for (const d of departments) {
      const owner = agencyKey(d.name);
      const listKey = `${d.source.file}#${d.source.line}`;
      for (const duty of d.duties) {
        const dutyId = `${duty.source.file}#${duty.source.line}`;
        texts.push({ id: dutyId, agencyKey: owner, kind: 'duty', dutyId, text: duty.text, source: duty.source });
        // Items share their duty's source: the loader keeps positions per duty row.
        duty.items.forEach((item, n) =>
          texts.push({ id: `${dutyId}.${n + 1}`, agencyKey: owner, kind: 'workItem', dutyId, text: item, source: duty.source }),
        );
      }
      for (const m of d.boundaryMatters) {
        const mKey = matterKey(key, m.title);
        const matter = matters.get(mKey) ?? { key: mKey, title: m.title, jurisdictionKey: key, assignments: [] };
        matters.set(mKey, matter);
        for (const a of m.assignments) {
          const names = a.generic ? [] : a.agencies;
          for (const name of names.length ? names : [null])
            matter.assignments.push({
              agencyKey: name ? agencyKey(name) : null,
              agencyRaw: a.agencyRaw,
              division: a.division,
              listKey,
              listDepartment: d.name,
              role: a.role,
              case: a.case ?? (m.cases.length ? m.cases.join('\n') : null),
              // As graph/load/rows.ts stores them: a row without its own bases has its matter's.
              bases: (a.bases.length ? a.bases : m.bases).map((b) => ({
                key: b.docNumber ?? b.title ?? b.raw,
                title: b.title,
                docNumber: b.docNumber,
                kind: b.kind,
                articles: b.articles,
              })),
              source: a.source,
            });
        }
      }
    }
    const name = departments[0]!.jurisdiction.county ?? departments[0]!.jurisdiction.city ?? key;
    return { key, name, agencies: [...agencies.values()], texts, matters: [...matters.values()] };
  });
}
