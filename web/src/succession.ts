// How a succession note (issue 13) reads: each step in words, the document it rests on, where a
// local record was written down, and whether the step is this jurisdiction's own record or the
// reform's general pattern. Pure: no DOM, so the wording is tested without a browser.

import type { SuccessionNote } from './api.js';
import { strings } from './strings.js';

export type SuccessionStep = SuccessionNote['steps'][number];

/** 本地记录 / 全国改革通行做法. */
export function originLabel(origin: SuccessionStep['origin']): string {
  return strings.succession.origins[origin] ?? origin;
}

/** 2019-03-31 起，区食品药品监督管理局 并入 市场监督管理局. */
export function stepText(step: SuccessionStep): string {
  const s = strings.succession;
  return s.step(step.effective, step.from, s.kinds[step.kind] ?? step.kind, step.to.join('、'));
}

/** 中共中央《深化党和国家机构改革方案》（2018-03）, with its 文号 when it has one. */
export function stepSourceLabel(step: SuccessionStep): string {
  const { title, docNumber, issuer, date } = step.source;
  const book = /^《.*》$/.test(title) ? title : `《${title}》`;
  return `${issuer}${book}${docNumber ? ` ${docNumber}` : ''}（${date}）`;
}

/** file.xlsx 第 4 行: where a local record was loaded from; null for the pattern or an editor's entry. */
export function stepRecordLabel(step: SuccessionStep): string | null {
  if (!step.recordedAt) return null;
  return strings.sourceLine(step.recordedAt.file.split(/[\\/]/).pop() ?? step.recordedAt.file, step.recordedAt.line);
}

/** 区市场监督管理局 (or several, 、-joined, when the duty was split). */
export const currentBodies = (note: SuccessionNote): string => note.current.join('、');
