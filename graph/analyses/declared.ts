import type { CorpusAgency, JurisdictionCorpus, MatterAssignment } from './corpus.js';
import { byStrength, type DivisionRow, type OverlapFinding } from './finding.js';
import { meaningfulRows } from './statements.js';
import { cosine } from './similarity/tfidf.js';
import type { TextIndex } from './text-index.js';
import { round } from './undeclared.js';

/**
 * Matters a boundary table shares between two or more agencies: one finding per matter and
 * pair of agencies, with both divisions side by side. The score is how alike the two divisions
 * read — a table that gives both agencies the same words divides the matter in name only.
 */
export function findDeclaredOverlaps(corpus: JurisdictionCorpus, index: TextIndex): OverlapFinding[] {
  const agencies = new Map(corpus.agencies.map((a) => [a.key, a]));
  const findings: OverlapFinding[] = [];
  for (const matter of corpus.matters) {
    const byAgency = new Map<string, MatterAssignment[]>();
    for (const row of meaningfulRows(matter.assignments))
      if (row.agencyKey) byAgency.set(row.agencyKey, [...(byAgency.get(row.agencyKey) ?? []), row]);
    const holders = [...byAgency.keys()].sort();
    for (let i = 0; i < holders.length; i += 1)
      for (let j = i + 1; j < holders.length; j += 1) {
        const [a, b] = [holders[i]!, holders[j]!];
        const rows = [...byAgency.get(a)!, ...byAgency.get(b)!];
        const score = cosine(index.vectorOf(divisionText(byAgency.get(a)!)), index.vectorOf(divisionText(byAgency.get(b)!)));
        const pair = [agencies.get(a), agencies.get(b)].filter((x): x is CorpusAgency => !!x);
        findings.push({
          id: `D|${matter.key}|${a}|${b}`,
          kind: 'DECLARED',
          score: round(score),
          jurisdictionKey: corpus.key,
          agencies: pair,
          items: rows.map((r) => ({ text: r.division, agencyKey: r.agencyKey, role: 'division' as const, source: r.source })),
          matter: { key: matter.key, title: matter.title },
          divisions: rows.map((r) => toDivisionRow(r, matter.key)),
          sharedTerms: [],
          explanation: `职责边界“${matter.title}”在${pair.map((p) => p.name).join('与')}之间划分。`,
        });
      }
  }
  return findings.sort(byStrength);
}

function divisionText(rows: readonly MatterAssignment[]): string {
  return [...new Set(rows.map((r) => r.division))].join('；');
}

export function toDivisionRow(r: MatterAssignment, matterKey: string): DivisionRow {
  return { ...r, matterKey };
}
