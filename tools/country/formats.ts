// Which file format each generated list is written in. Staff hand over Word text exports
// mostly, but also the .docx itself or a spreadsheet, and text saved on Chinese Windows is
// GB18030: the generator writes a share of each so every reader of the pipeline is exercised.

import type { Random } from '../../domain/seeded-random';

export type FileFormat = 'txt' | 'docx' | 'xlsx';
export type TextEncodingName = 'utf-8' | 'gb18030';

export interface FormatShares {
  /** Share of all lists written as .docx (0..1). */
  docx: number;
  /** Share of all lists written as .xlsx (0..1). */
  xlsx: number;
  /** Share of the .txt lists encoded in GB18030 instead of UTF-8 (0..1). */
  gb18030: number;
}

/** The seeds are all UTF-8 text exports, so these are a choice, not a measurement. */
export const DEFAULT_FORMAT_SHARES: FormatShares = { docx: 0.1, xlsx: 0.05, gb18030: 0.1 };

export const TEXT_ONLY: FormatShares = { docx: 0, xlsx: 0, gb18030: 0 };

/** Two draws per file whatever the outcome, so one file's format never shifts the next's. */
export function formatOf(random: Random, shares: FormatShares): { format: FileFormat; encoding: TextEncodingName } {
  const u = random();
  const v = random();
  if (u < shares.docx) return { format: 'docx', encoding: 'utf-8' };
  if (u < shares.docx + shares.xlsx) return { format: 'xlsx', encoding: 'utf-8' };
  return { format: 'txt', encoding: v < shares.gb18030 ? 'gb18030' : 'utf-8' };
}
