// Hand labels of overlap findings (tests/labels/overlaps.json) and how findings are matched
// to them. A label is keyed by the texts a finding rests on, not by ids or line numbers, so
// it survives re-loading the seeds through the graph.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OverlapFinding } from '../../graph/analyses/finding.js';
import { normaliseTitle } from '../../domain/matter-title.js';

export interface OverlapLabel {
  key: string;
  kind: 'UNDECLARED' | 'CONTRADICTION';
  agencies: string[];
  texts: string[];
  /** The reader's judgement: do the two texts describe the same work (UNDECLARED) / really the same matter divided differently (CONTRADICTION)? */
  same: boolean;
  reason: string;
  /** Correct only under the nested-object reading of the rubric. */
  borderline?: boolean;
}

export interface LabelFile {
  rubric: string;
  /** Precision the default settings must keep on their strongest findings. */
  floor: { top: number; precision: number };
  labels: OverlapLabel[];
}

const here = path.dirname(fileURLToPath(import.meta.url));

export function readLabels(): LabelFile {
  return JSON.parse(readFileSync(path.join(here, 'overlaps.json'), 'utf8')) as LabelFile;
}

export function labelKey(f: OverlapFinding): string {
  if (f.kind === 'CONTRADICTION') {
    const lists = [...new Set(f.divisions.map((d) => normaliseTitle(d.listDepartment)))].sort();
    return `C|${normaliseTitle(f.matter?.title ?? '')}|${lists.join('|')}`;
  }
  return `${f.kind[0]}|${f.items
    .map((i) => normaliseTitle(i.text))
    .sort()
    .join('|')}`;
}

export interface PrecisionReport {
  considered: number;
  labelled: number;
  correct: number;
  precision: number;
  /** Precision with borderline labels counted as wrong. */
  strictPrecision: number;
  unlabelled: OverlapFinding[];
}

/** Precision of the first `top` findings (strongest first) against the labels. */
export function precisionAt(findings: readonly OverlapFinding[], labels: readonly OverlapLabel[], top: number): PrecisionReport {
  const byKey = new Map(labels.map((l) => [l.key, l]));
  const considered = findings.slice(0, top);
  const judged = considered.map((f) => byKey.get(labelKey(f)));
  const labelled = judged.filter((l) => l !== undefined).length;
  const correct = judged.filter((l) => l?.same).length;
  const strict = judged.filter((l) => l?.same && !l.borderline).length;
  return {
    considered: considered.length,
    labelled,
    correct,
    precision: labelled ? correct / labelled : 0,
    strictPrecision: labelled ? strict / labelled : 0,
    unlabelled: considered.filter((_, i) => judged[i] === undefined),
  };
}
