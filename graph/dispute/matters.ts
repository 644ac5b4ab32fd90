// Which matters a dispute is about, and which of the disputing agencies' own duty lines bear
// on it. Both read the one ranker's scores (graph/search/route.ts rankAgencies) for the
// question within the jurisdiction: the dossier finds what whoHandles would cite, not
// something of its own.
import { titleSimilarity } from '../analyses/similarity/titles.js';
import type { RankedAgency } from '../search/route.js';
import type { ChosenMatter } from './dossier.js';

/**
 * How matters are chosen (graph/README.md "The dispute dossier").
 * - `share`: a disputing agency's boundary row counts when its score is at least this share of
 *   the best such row's: the matter asked about, not one that shares a word with it.
 * - `minCovered`: and when the words it shares with the question (the ranker's highlights) cover at
 *   least this share of the question's characters: a row sharing only 许可 with 月球背面的采矿许可
 *   is not about it. Staff name the matter in dispute, so most of what they type is its title.
 * - `maxMatters`: at most this many matters from the rows (and as many from the title).
 * - `titleMatch`: a matter whose title is this alike to the question is taken even when no
 *   disputing agency holds a row in it ("not ours" on both sides).
 * - `alike`: matters of the jurisdiction whose titles are at least this alike to a chosen one's
 *   come along (危险化学品监管 / 危险化学品安全监督管理): the contradiction analysis's threshold
 *   for "the same matter" (graph/analyses/contradictions.ts DEFAULT_CONTRADICTION).
 */
export const MATTER_CHOICE = { share: 0.6, minCovered: 0.4, maxMatters: 3, titleMatch: 0.75, alike: 0.75 } as const;

export interface MatterTitle {
  key: string;
  title: string;
}

export function chooseMatters(
  question: string,
  partyKeys: readonly string[],
  ranked: readonly RankedAgency[],
  matters: readonly MatterTitle[],
  choice = MATTER_CHOICE,
): ChosenMatter[] {
  const parties = new Set(partyKeys);
  const rows = ranked
    .filter((a) => parties.has(a.agency.key))
    .flatMap((a) => a.rows)
    .filter((r) => r.row.kind === 'responsibility' && r.row.matterKey && coveredShare(question, r.highlights) >= choice.minCovered);
  const best = Math.max(0, ...rows.map((r) => r.score));
  const chosen = new Map<string, ChosenMatter>();
  const byScore = rows.filter((r) => best > 0 && r.score >= choice.share * best).sort((a, b) => b.score - a.score);
  for (const r of byScore) {
    if (chosen.size >= choice.maxMatters) break;
    const key = r.row.matterKey!;
    if (!chosen.has(key)) chosen.set(key, { key, title: r.row.title, reason: 'question', score: round(r.score) });
  }
  const byTitle = matters
    .map((m) => ({ m, similarity: titleSimilarity(question, m.title) }))
    .filter((t) => t.similarity >= choice.titleMatch && !chosen.has(t.m.key))
    .sort((a, b) => b.similarity - a.similarity || a.m.key.localeCompare(b.m.key))
    .slice(0, choice.maxMatters);
  for (const { m, similarity } of byTitle) chosen.set(m.key, { key: m.key, title: m.title, reason: 'title', score: round(similarity) });
  const anchors = [...chosen.values()];
  const alike = matters
    .filter((m) => !chosen.has(m.key))
    .map((m) => ({ m, similarity: Math.max(0, ...anchors.map((a) => titleSimilarity(a.title, m.title))) }))
    .filter((t) => t.similarity >= choice.alike)
    .sort((a, b) => b.similarity - a.similarity || a.m.key.localeCompare(b.m.key));
  for (const { m, similarity } of alike) chosen.set(m.key, { key: m.key, title: m.title, reason: 'alike', score: round(similarity) });
  return [...chosen.values()];
}

/**
 * How many of an agency's own duty lines the dossier shows (one per duty), and the least score one needs: a
 * share of the best duty-line score among the disputing agencies. A line must also share words
 * covering `MATTER_CHOICE.minCovered` of the question, like a boundary row: one that only shares
 * a common word with it (卫生宣传 for 出生人口性别比治理) stays out.
 */
export const DUTY_LINES = { perAgency: 3, share: 0.5 } as const;

export interface RankedLine {
  agencyKey: string;
  row: RankedAgency['rows'][number]['row'];
  score: number;
}

/** The disputing agencies' duties, work items, services and supervision rules that bear on the question, best first. */
export function bearingLines(
  question: string,
  partyKeys: readonly string[],
  ranked: readonly RankedAgency[],
  limits = DUTY_LINES,
  minCovered: number = MATTER_CHOICE.minCovered,
): Map<string, RankedLine[]> {
  const parties = new Set(partyKeys);
  const lines = ranked
    .filter((a) => parties.has(a.agency.key))
    .flatMap((a) =>
      a.rows
        .filter((r) => r.row.kind !== 'responsibility' && coveredShare(question, r.highlights) >= minCovered)
        .map((r) => ({ agencyKey: a.agency.key, row: r.row, score: r.score })),
    );
  const best = Math.max(0, ...lines.map((l) => l.score));
  const out = new Map<string, RankedLine[]>(partyKeys.map((k) => [k, []]));
  for (const line of lines.sort((a, b) => b.score - a.score || a.row.key.localeCompare(b.row.key))) {
    const list = out.get(line.agencyKey)!;
    // One line per duty: its work items repeat the duty's text, the best item stands for it.
    const sameDuty = list.some((l) => l.row.kind === line.row.kind && l.row.title === line.row.title);
    if (best > 0 && line.score >= limits.share * best && list.length < limits.perAgency && !sameDuty)
      list.push({ ...line, score: round(line.score) });
  }
  return out;
}

/** Share of the question's letters (punctuation and spaces aside) inside some occurrence of the terms. */
export function coveredShare(question: string, terms: readonly string[]): number {
  const chars = [...question];
  const letter = chars.map((c) => /[\p{L}\p{N}]/u.test(c));
  const total = letter.filter(Boolean).length;
  if (total === 0) return 0;
  const covered = new Array<boolean>(chars.length).fill(false);
  for (const term of terms) {
    const t = [...term];
    if (t.length === 0) continue;
    for (let i = 0; i + t.length <= chars.length; i += 1)
      if (t.every((c, k) => chars[i + k] === c)) for (let k = 0; k < t.length; k += 1) covered[i + k] = true;
  }
  return covered.filter((c, i) => c && letter[i]).length / total;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
