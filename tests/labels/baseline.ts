import type { JurisdictionAnalysis } from '../../graph/analyses/analyses.js';
import type { OverlapFinding } from '../../graph/analyses/finding.js';
import { DEFAULT_UNDECLARED, type UndeclaredOptions } from '../../graph/analyses/undeclared.js';

/** Plain clause similarity without the structural filters: what the filters are measured against. */
export const BASELINE_UNDECLARED: UndeclaredOptions = { ...DEFAULT_UNDECLARED, minScore: 0.3, structuralFilters: false };

/** How many baseline findings are labelled (strongest first). */
export const BASELINE_TOP = 40;

/** What the labels cover: every default and wide UNDECLARED and CONTRADICTION finding, plus the baseline's top. */
export function candidateFindings(
  defaults: JurisdictionAnalysis,
  baseline: JurisdictionAnalysis,
  wide: JurisdictionAnalysis,
): OverlapFinding[] {
  return [
    ...defaults.overlaps.CONTRADICTION,
    ...defaults.overlaps.UNDECLARED,
    ...wide.overlaps.UNDECLARED,
    ...baseline.overlaps.UNDECLARED.slice(0, BASELINE_TOP),
  ];
}
