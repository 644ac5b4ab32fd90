import type { JurisdictionCorpus } from './corpus.js';
import { findContradictions, DEFAULT_CONTRADICTION, type ContradictionOptions } from './contradictions.js';
import { findDeclaredOverlaps } from './declared.js';
import type { OverlapFinding, OverlapKind } from './finding.js';
import { indexCorpus, type TextIndex } from './text-index.js';
import { findUncoveredAssignments, DEFAULT_UNCOVERED, type UncoveredAssignment, type UncoveredOptions } from './uncovered.js';
import { findUndeclaredOverlaps, DEFAULT_UNDECLARED, type UndeclaredOptions } from './undeclared.js';

export interface AnalysisOptions {
  undeclared: UndeclaredOptions;
  contradiction: ContradictionOptions;
  uncovered: UncoveredOptions;
}

export const DEFAULT_ANALYSIS: AnalysisOptions = {
  undeclared: DEFAULT_UNDECLARED,
  contradiction: DEFAULT_CONTRADICTION,
  uncovered: DEFAULT_UNCOVERED,
};

/** Everything the overlap views show for one jurisdiction, computed in one pass over its corpus. */
export interface JurisdictionAnalysis {
  corpus: JurisdictionCorpus;
  index: TextIndex;
  overlaps: Record<OverlapKind, OverlapFinding[]>;
  uncovered: UncoveredAssignment[];
}

export function analyseJurisdiction(corpus: JurisdictionCorpus, options: AnalysisOptions = DEFAULT_ANALYSIS): JurisdictionAnalysis {
  const index = indexCorpus(corpus);
  return {
    corpus,
    index,
    overlaps: {
      DECLARED: findDeclaredOverlaps(corpus, index),
      UNDECLARED: findUndeclaredOverlaps(corpus, index, options.undeclared),
      CONTRADICTION: findContradictions(corpus, index, options.contradiction),
    },
    uncovered: findUncoveredAssignments(corpus, index, options.uncovered),
  };
}
