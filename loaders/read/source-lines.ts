// The document's own lines, numbered exactly as every fact's `line` is (SourceRef): the
// graph stores them so a source line can be shown in its context (the 原文 panel).
//   .txt / .csv  the decoded text's physical lines (the tokenizer and the CSV reader count them)
//   .docx        paragraph ordinals (cells included): rebuilt from the blocks the parser read
//   .xlsx        row numbers: a row's cells joined by TAB, as in the Word text export
import type { Block } from '../blocks';

/** Physical lines of a decoded text, split as the tokenizer splits them (CRLF, LF or CR). */
export function linesOfText(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  // A final line break ends the last line; it does not start another.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Lines rebuilt from blocks: line n holds what the blocks place at n. A cell spanning
 * several paragraphs puts one paragraph per line; a cell whose text has more line breaks
 * than lines (an .xlsx cell) keeps them as spaces on its line; pieces sharing a line
 * (cells of one row, a sheet name and its first row) are TAB-separated. Lines no block
 * reaches (empty paragraphs) are empty.
 */
export function linesOfBlocks(blocks: Block[]): string[] {
  const pieces = new Map<number, string[]>();
  const put = (line: number, text: string): void => {
    const at = pieces.get(line) ?? [];
    at.push(text);
    pieces.set(line, at);
  };
  let last = 0;
  for (const block of blocks) {
    last = Math.max(last, block.endLine);
    if (block.kind === 'text') {
      put(block.line, block.text);
      continue;
    }
    for (const cell of block.cells) {
      const parts = cell.text.split('\n');
      const span = cell.endLine - cell.line + 1;
      if (parts.length <= span) parts.forEach((part, i) => put(cell.line + i, part));
      else put(cell.line, parts.join(' '));
    }
  }
  return Array.from({ length: last }, (_, i) => (pieces.get(i + 1) ?? []).join('\t'));
}
