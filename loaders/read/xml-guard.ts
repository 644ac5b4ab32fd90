// Checks an XML part of a .docx/.xlsx before any parser builds a tree from it: no DOCTYPE
// or entity declarations (external entities read files; nested ones explode), nesting no
// deeper than the limit, and no more paragraphs/rows/cells than the limits allow, counted
// by a linear scan so a million empty paragraphs are refused before a million objects exist.
import { limitExceeded, type ParseLimits } from '../limits';
import { ReadError } from './errors';

/** Element names counted against the limits: rows/paragraphs and cells of Word and Excel. */
const ROW_TAGS = new Set(['w:p', 'w:tr', 'row']);
const CELL_TAGS = new Set(['w:tc', 'c']);
/** Element names that are keys of every JavaScript object: renamed so a parser's tree stays a
 *  plain tree (attribute names get the parser's @_ prefix and are harmless; text is left alone). */
const RESERVED_NAME = /(<\/?)(__proto__|constructor|prototype)(?=[\s/>])/g;

export interface XmlShape {
  rows: number;
  cells: number;
  elements: number;
}

export function guardXml(xml: string, file: string, part: string, limits: ParseLimits): string {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new ReadError('FORMAT_BROKEN', file, `文件 ${file} 的 ${part} 含有 DOCTYPE 或实体声明，出于安全考虑拒绝读取`);
  }
  const shape: XmlShape = { rows: 0, cells: 0, elements: 0 };
  let depth = 0;
  let rowCells = 0;
  for (let at = xml.indexOf('<'); at >= 0; at = xml.indexOf('<', at + 1)) {
    const next = xml.charCodeAt(at + 1);
    if (next === 0x2f /* / */) {
      depth--;
      continue;
    }
    if (next === 0x3f /* ? */ || next === 0x21 /* ! */) continue;
    const close = xml.indexOf('>', at);
    if (close < 0) break;
    let nameEnd = at + 1;
    while (nameEnd < close && !/[\s/>]/.test(xml[nameEnd])) nameEnd++;
    const name = xml.slice(at + 1, nameEnd);
    if (++shape.elements > limits.cells * 4) throw limitExceeded(file, limits, 'cells', `（按 XML 元素计）超过 ${limits.cells * 4}`, part);
    if (ROW_TAGS.has(name)) {
      if (++shape.rows > limits.rows) throw limitExceeded(file, limits, 'rows', `超过 ${limits.rows}`, part);
      if (name !== 'w:p') rowCells = 0;
    } else if (CELL_TAGS.has(name)) {
      if (++shape.cells > limits.cells) throw limitExceeded(file, limits, 'cells', `超过 ${limits.cells}`, part);
      // Approximate under nested tables (the walker checks exactly); enough to stop a 200k-cell row early.
      if (++rowCells > limits.cellsPerRow) throw limitExceeded(file, limits, 'cellsPerRow', `超过 ${limits.cellsPerRow}`, part);
    }
    if (xml.charCodeAt(close - 1) !== 0x2f /* self-closing */) {
      depth++;
      if (depth > limits.xmlDepth) throw limitExceeded(file, limits, 'xmlDepth', `超过 ${limits.xmlDepth}`, part);
    }
    at = close;
  }
  return xml.replace(RESERVED_NAME, '$1_$2');
}
