import type { CorpusAgency, DutyText, JurisdictionCorpus, MatterAssignment } from './corpus.js';
import { cosine } from './similarity/tfidf.js';
import type { TextIndex } from './text-index.js';
import { round } from './undeclared.js';

export interface UncoveredAssignment {
  id: string;
  jurisdictionKey: string;
  agency: CorpusAgency;
  matter: { key: string; title: string };
  row: MatterAssignment;
  /** The agency's own duty text closest to the assignment, if any shares a subject term. */
  closest: { text: DutyText; score: number } | null;
  /** 1 − closest score (halved when the row has no division text): how far the agency's own list is from what the table asks of it. */
  score: number;
}

export interface UncoveredOptions {
  /** An own duty at least this close (TF-IDF cosine) covers the assignment. */
  coverage: number;
  /** Agencies with fewer own duty texts than this are taken as not loaded. */
  minOwnTexts: number;
}

export const DEFAULT_UNCOVERED: UncoveredOptions = { coverage: 0.15, minOwnTexts: 5 };

/**
 * Boundary-table rows that give an agency a responsibility its own duty list (when loaded)
 * says nothing about: the matter title and division are compared with every duty and work item
 * of that agency.
 */
export function findUncoveredAssignments(
  corpus: JurisdictionCorpus,
  index: TextIndex,
  options: UncoveredOptions = DEFAULT_UNCOVERED,
): UncoveredAssignment[] {
  const own = new Map<string, DutyText[]>();
  for (const t of corpus.texts) own.set(t.agencyKey, [...(own.get(t.agencyKey) ?? []), t]);
  const agencies = new Map(corpus.agencies.map((a) => [a.key, a]));
  const found: UncoveredAssignment[] = [];
  for (const matter of corpus.matters)
    for (const row of matter.assignments) {
      const texts = row.agencyKey ? (own.get(row.agencyKey) ?? []) : [];
      const agency = row.agencyKey ? agencies.get(row.agencyKey) : undefined;
      if (!agency || texts.length < options.minOwnTexts) continue;
      const asked = index.vectorOf(`${matter.title}；${row.division}`);
      if (asked.size === 0) continue;
      let closest: UncoveredAssignment['closest'] = null;
      for (const text of texts) {
        const score = cosine(asked, index.vectors.get(text.id)!);
        if (score > (closest?.score ?? 0)) closest = { text, score: round(score) };
      }
      if ((closest?.score ?? 0) >= options.coverage) continue;
      found.push({
        id: `N|${matter.key}|${row.source.file}#${row.source.line}|${agency.key}`,
        jurisdictionKey: corpus.key,
        agency,
        matter: { key: matter.key, title: matter.title },
        row,
        closest,
        // A row with no division text asks only what its title says: weaker evidence.
        score: round((1 - (closest?.score ?? 0)) * (row.division.trim() ? 1 : 0.5)),
      });
    }
  return found.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
