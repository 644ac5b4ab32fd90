import type { CorpusAgency, JurisdictionCorpus } from './corpus.js';
import type { OverlapFinding, OverlapKind } from './finding.js';

export interface MatrixAgency extends CorpusAgency {
  /** Matters in which the agency holds a responsibility. */
  matterCount: number;
  /** Own duties and work items loaded for it. */
  dutyCount: number;
}

export interface MatrixEdge {
  source: string;
  target: string;
  kind: OverlapKind;
  /** Number of findings of this kind between the two agencies. */
  weight: number;
  /** Strongest finding's score. */
  maxScore: number;
  /** Matter titles (DECLARED, CONTRADICTION) or shared terms (UNDECLARED), strongest first. */
  labels: string[];
}

export interface OverlapMatrix {
  agencies: MatrixAgency[];
  edges: MatrixEdge[];
}

/** The agency × agency view: one weighted edge per pair of agencies and kind of finding. */
export function overlapMatrix(corpus: JurisdictionCorpus, findings: readonly OverlapFinding[]): OverlapMatrix {
  const matters = new Map<string, Set<string>>();
  for (const m of corpus.matters)
    for (const row of m.assignments) if (row.agencyKey) matters.set(row.agencyKey, (matters.get(row.agencyKey) ?? new Set()).add(m.key));
  const duties = new Map<string, number>();
  for (const t of corpus.texts) duties.set(t.agencyKey, (duties.get(t.agencyKey) ?? 0) + 1);
  const edges = new Map<string, MatrixEdge>();
  for (const f of findings) {
    const keys = [...new Set(f.agencies.map((a) => a.key))].sort();
    for (let i = 0; i < keys.length; i += 1)
      for (let j = i + 1; j < keys.length; j += 1) {
        const id = `${keys[i]}~${keys[j]}~${f.kind}`;
        const edge = edges.get(id) ?? { source: keys[i]!, target: keys[j]!, kind: f.kind, weight: 0, maxScore: 0, labels: [] };
        edge.weight += 1;
        edge.maxScore = Math.max(edge.maxScore, f.score);
        const label = f.matter?.title ?? f.sharedTerms.slice(0, 2).join('、');
        if (label && !edge.labels.includes(label)) edge.labels.push(label);
        edges.set(id, edge);
      }
  }
  return {
    agencies: corpus.agencies.map((a) => ({ ...a, matterCount: matters.get(a.key)?.size ?? 0, dutyCount: duties.get(a.key) ?? 0 })),
    edges: [...edges.values()].sort((a, b) => b.weight - a.weight || b.maxScore - a.maxScore),
  };
}
