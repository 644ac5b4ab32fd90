import type { CorpusAgency, JurisdictionCorpus } from './corpus.js';
import { byStrength, type OverlapFinding } from './finding.js';
import { holderOf, statementsOf, type MatterStatement } from './statements.js';
import { cosine } from './similarity/tfidf.js';
import { sameText, titleSimilarity } from './similarity/titles.js';
import { normaliseTitle } from '../../domain/matter-title.js';
import type { TextIndex } from './text-index.js';
import { round } from './undeclared.js';

export interface ContradictionOptions {
  /** Matters whose titles are at least this alike are taken for the same matter (1 = same normalised title). */
  minTitleSimilarity: number;
  /** Divisions of one agency at least this alike (TF-IDF cosine) agree. */
  divisionAgreement: number;
  /** Lowest disagreement (0–1, share of agencies the two lists do not assign alike) reported. */
  minDisagreement: number;
}

export const DEFAULT_CONTRADICTION: ContradictionOptions = { minTitleSimilarity: 0.75, divisionAgreement: 0.5, minDisagreement: 0.3 };

/**
 * The same matter stated in the boundary tables of two departments' lists, where the two
 * lists name different agencies or divide the work differently between the same ones.
 */
export function findContradictions(
  corpus: JurisdictionCorpus,
  index: TextIndex,
  options: ContradictionOptions = DEFAULT_CONTRADICTION,
): OverlapFinding[] {
  const statements = statementsOf(corpus.matters);
  const agencies = new Map(corpus.agencies.map((a) => [a.key, a]));
  const findings: OverlapFinding[] = [];
  for (let i = 0; i < statements.length; i += 1)
    for (let j = i + 1; j < statements.length; j += 1) {
      const [x, y] = [statements[i]!, statements[j]!];
      if (x.listKey === y.listKey) continue;
      const titles = titleSimilarity(x.matter.title, y.matter.title);
      if (titles < options.minTitleSimilarity) continue;
      const comparison = compareStatements(x, y, index, options.divisionAgreement);
      if (comparison.disagreement < options.minDisagreement) continue;
      const rows = [...x.rows, ...y.rows];
      const pair = [...new Set(rows.map((r) => r.agencyKey).filter((k): k is string => !!k))]
        .map((k) => agencies.get(k))
        .filter((a): a is CorpusAgency => !!a);
      findings.push({
        id: `C|${x.matter.key}#${x.listKey}|${y.matter.key}#${y.listKey}`,
        kind: 'CONTRADICTION',
        score: round(titles * comparison.disagreement),
        jurisdictionKey: corpus.key,
        agencies: pair,
        items: rows.map((r) => ({
          text: `${r.agencyRaw}：${r.division}`,
          agencyKey: r.agencyKey,
          role: 'division' as const,
          source: r.source,
        })),
        matter: { key: x.matter.key, title: x.matter.title },
        divisions: [...x.rows.map((r) => ({ ...r, matterKey: x.matter.key })), ...y.rows.map((r) => ({ ...r, matterKey: y.matter.key }))],
        sharedTerms: [],
        explanation: explain(x, y, comparison, agencies),
      });
    }
  return findings.sort(byStrength);
}

interface StatementComparison {
  disagreement: number;
  onlyFirst: string[];
  onlySecond: string[];
  divergent: string[];
  /** The same division text given to different agencies by the two lists: [first holder, second holder]. */
  moved: Array<[string, string]>;
}

function compareStatements(x: MatterStatement, y: MatterStatement, index: TextIndex, agreement: number): StatementComparison {
  const divisions = (s: MatterStatement) => {
    const by = new Map<string, string[]>();
    for (const r of s.rows) by.set(holderOf(r), [...(by.get(holderOf(r)) ?? []), r.division]);
    return by;
  };
  const dx = divisions(x);
  const dy = divisions(y);
  const holders = new Set([...dx.keys(), ...dy.keys()]);
  const onlyFirst: string[] = [];
  const onlySecond: string[] = [];
  const divergent: string[] = [];
  let agreed = 0;
  for (const h of holders) {
    const a = dx.get(h);
    const b = dy.get(h);
    if (!a) onlySecond.push(h);
    else if (!b) onlyFirst.push(h);
    else {
      const sim = divisionSimilarity(a.join('；'), b.join('；'), index);
      if (sim >= agreement) agreed += 1;
      else divergent.push(h);
    }
  }
  const moved: Array<[string, string]> = [];
  const alike = (a: string, b: string) => sameText(a, b);
  for (const r of x.rows) {
    if (!r.division.trim() || (dy.get(holderOf(r)) ?? []).some((d) => alike(d, r.division))) continue;
    for (const q of y.rows) if (holderOf(r) !== holderOf(q) && alike(r.division, q.division)) moved.push([holderOf(r), holderOf(q)]);
  }
  const share = holders.size ? 1 - agreed / holders.size : 0;
  // One division handed to another agency is a contradiction however much else agrees.
  return { disagreement: moved.length ? Math.max(share, 0.9) : share, onlyFirst, onlySecond, divergent, moved };
}

/** 1 when one division text repeats the other whole (a list often appends more to a copied row). */
function divisionSimilarity(a: string, b: string, index: TextIndex): number {
  const [x, y] = [normaliseTitle(a), normaliseTitle(b)];
  if (x === y) return 1;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 15 && long.includes(short)) return 1;
  return cosine(index.vectorOf(a), index.vectorOf(b));
}

function explain(x: MatterStatement, y: MatterStatement, c: StatementComparison, agencies: ReadonlyMap<string, CorpusAgency>): string {
  const name = (h: string) => agencies.get(h)?.name ?? (h.startsWith('generic:') ? h.slice(8) || '（空白）' : h);
  const parts = [`“${x.matter.title}”在${x.listDepartment}和${y.listDepartment}的职责边界中都有`];
  for (const [a, b] of c.moved) parts.push(`同一分工在前者清单中给${name(a)}，在后者清单中给${name(b)}`);
  if (c.onlyFirst.length) parts.push(`只有${x.listDepartment}的清单列了${c.onlyFirst.map(name).join('、')}`);
  if (c.onlySecond.length) parts.push(`只有${y.listDepartment}的清单列了${c.onlySecond.map(name).join('、')}`);
  if (c.divergent.length) parts.push(`${c.divergent.map(name).join('、')}的分工两处写法不同`);
  return `${parts.join('；')}。`;
}
