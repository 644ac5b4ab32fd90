// Contradictions between lists, for the dossier: the analyses find them (graph/analyses/
// contradictions.ts: two lists state one matter with different agencies or divisions); here
// each becomes the two statements side by side, the earlier list first (by file and line, so
// the order is the same on every run), with what differs marked: agencies only one list
// names, agencies both name with different divisions (and a character diff), and a division
// one list gives to one agency and the other to another.
import { normaliseTitle } from '../../domain/matter-title.js';
import type { OverlapFinding } from '../analyses/finding.js';
import { sameText } from '../analyses/similarity/titles.js';
import { differs, diffText } from './diff.js';
import type { DivergentDivision, DossierContradiction, DossierRow, ListStatement } from './dossier.js';

/** The findings about these matters as side-by-side statements, in the order of their first list. */
export function sideBySide(
  findings: readonly OverlapFinding[],
  matterKeys: readonly string[],
  rows: readonly DossierRow[],
): DossierContradiction[] {
  const wanted = new Set(matterKeys);
  const out: DossierContradiction[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    if (f.kind !== 'CONTRADICTION') continue;
    const sides = [...new Map(f.divisions.map((d) => [`${d.matterKey}\n${d.listKey}`, d] as const)).values()];
    if (sides.length !== 2 || !sides.every((s) => wanted.has(s.matterKey))) continue;
    const statements = sides
      .map((s) => statementOf(s.matterKey, s.listKey, rows))
      .filter((s): s is ListStatement => s !== null)
      .sort(statementOrder);
    if (statements.length !== 2) continue;
    const [first, second] = statements as [ListStatement, ListStatement];
    const id = `${first.matter.key}#${first.list.key}|${second.matter.key}#${second.list.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(compareStatements(first, second));
  }
  return out.sort((a, b) => statementOrder(a.first, b.first) || statementOrder(a.second, b.second));
}

function statementOf(matterKey: string, listKey: string, rows: readonly DossierRow[]): ListStatement | null {
  const own = rows.filter((r) => r.matter.key === matterKey && r.list.key === listKey).sort((a, b) => a.source.line - b.source.line);
  if (own.length === 0) return null;
  return { matter: own[0]!.matter, list: own[0]!.list, rows: own };
}

function statementOrder(a: ListStatement, b: ListStatement): number {
  return (a.list.file < b.list.file ? -1 : a.list.file > b.list.file ? 1 : 0) || a.list.line - b.list.line;
}

/** Who a row assigns: the agency, or the generic cell as written. */
function holderOf(r: DossierRow): string {
  return r.agency?.key ?? `generic:${normaliseTitle(r.agencyRaw)}`;
}

export function compareStatements(first: ListStatement, second: ListStatement): DossierContradiction {
  const group = (s: ListStatement) => {
    const by = new Map<string, DossierRow[]>();
    for (const r of s.rows) by.set(holderOf(r), [...(by.get(holderOf(r)) ?? []), r]);
    return by;
  };
  const a = group(first);
  const b = group(second);
  const name = (rows: DossierRow[]) => rows[0]!.agency?.name ?? rows[0]!.agencyRaw;
  const onlyFirst = [...a].filter(([h]) => !b.has(h)).map(([, rows]) => name(rows));
  const onlySecond = [...b].filter(([h]) => !a.has(h)).map(([, rows]) => name(rows));
  const divergent: DivergentDivision[] = [];
  for (const [h, rows] of a) {
    const other = b.get(h);
    if (!other) continue;
    const x = rows.map((r) => r.division).join('；');
    const y = other.map((r) => r.division).join('；');
    const diff = diffText(x, y);
    if (normaliseTitle(x) !== normaliseTitle(y) && differs(diff))
      divergent.push({ agency: rows[0]!.agency, agencyRaw: rows[0]!.agencyRaw, first: x, second: y, diff });
  }
  // One division handed to another agency: the same text under different holders.
  const moved: DossierContradiction['moved'] = [];
  for (const r of first.rows)
    for (const q of second.rows)
      if (holderOf(r) !== holderOf(q) && r.division.trim() && sameText(r.division, q.division))
        moved.push({ division: r.division, first: r.agency?.name ?? r.agencyRaw, second: q.agency?.name ?? q.agencyRaw });
  return {
    first,
    second,
    onlyFirst,
    onlySecond,
    divergent,
    moved,
    explanation: explain(first, second, onlyFirst, onlySecond, divergent, moved),
  };
}

function explain(
  first: ListStatement,
  second: ListStatement,
  onlyFirst: string[],
  onlySecond: string[],
  divergent: DivergentDivision[],
  moved: DossierContradiction['moved'],
): string {
  const where = (s: ListStatement) => `${s.list.department}清单的“${s.matter.title}”`;
  const parts = [`${where(first)}与${where(second)}写法不同`];
  for (const m of moved) parts.push(`同一分工在前者给${m.first}，在后者给${m.second}`);
  if (onlyFirst.length) parts.push(`只有前者列了${onlyFirst.join('、')}`);
  if (onlySecond.length) parts.push(`只有后者列了${onlySecond.join('、')}`);
  if (divergent.length) parts.push(`${divergent.map((d) => d.agency?.name ?? d.agencyRaw).join('、')}的分工两处写法不同`);
  return `${parts.join('；')}。`;
}
