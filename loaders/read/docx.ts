// Reads a .docx through its real table structure (word/document.xml: w:tbl/w:tr/w:tc)
// instead of flattened text. Paragraphs outside tables become text blocks. Lines are
// paragraph ordinals over the whole document, table cells included, so a diagnostic
// can say "the 412th paragraph".
import { XMLParser } from 'fast-xml-parser';
import type { Block, Cell } from '../blocks';
import { CellBudget, type ParseLimits } from '../limits';
import { ReadError } from './errors';
import { guardXml } from './xml-guard';
import type { BoundedZip } from './zip';

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Cell text like "2011" or " 1 " must stay a string, spaces included.
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  // DOCTYPEs are refused before parsing (guardXml); only the five predefined entities remain.
  processEntities: true,
});

/** Subtrees whose text is not part of the document as read: deletions, field codes, duplicate fallbacks. */
const SKIPPED = new Set(['w:del', 'w:delText', 'w:instrText', 'mc:Fallback', 'w:rPr', 'w:pPr', 'w:tcPr', 'w:trPr', 'w:tblPr']);
/** Wrappers whose children are read as if they stood in the wrapper's place. */
const TRANSPARENT = new Set(['w:sdt', 'w:sdtContent', 'w:customXml', 'w:smartTag', 'w:ins']);

function tagOf(node: XmlNode): string {
  return Object.keys(node).find((k) => k !== ':@') ?? '';
}

function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function attribute(node: XmlNode, name: string): string | undefined {
  const attrs = node[':@'] as Record<string, string> | undefined;
  return attrs?.[`@_${name}`];
}

function find(nodes: XmlNode[], tag: string): XmlNode | undefined {
  return nodes.find((n) => tagOf(n) === tag);
}

function runText(nodes: XmlNode[]): string {
  let text = '';
  for (const node of nodes) {
    const tag = tagOf(node);
    if (SKIPPED.has(tag)) continue;
    if (tag === '#text') text += String(node['#text']);
    else if (tag === 'w:tab') text += ' ';
    else if (tag === 'w:br' || tag === 'w:cr') text += '\n';
    else if (tag === 'w:noBreakHyphen') text += '-';
    else text += runText(childrenOf(node));
  }
  return text;
}

interface Paragraph {
  text: string;
  line: number;
}

/** Reading state: the paragraph ordinal counts every w:p in document order. */
class DocxWalker {
  private paragraph = 0;
  readonly blocks: Block[] = [];

  constructor(private readonly budget: CellBudget) {}

  body(nodes: XmlNode[]): void {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'w:p') {
        const p = this.readParagraph(node);
        this.budget.row(0, `第 ${p.line} 段`);
        if (p.text.trim()) this.blocks.push({ kind: 'text', text: p.text, line: p.line, endLine: p.line });
      } else if (tag === 'w:tbl') {
        this.table(childrenOf(node));
      } else if (TRANSPARENT.has(tag)) {
        this.body(childrenOf(node));
      }
    }
  }

  private readParagraph(node: XmlNode): Paragraph {
    this.paragraph++;
    return { text: runText(childrenOf(node)), line: this.paragraph };
  }

  /** Every paragraph of a cell, nested tables flattened into lines. */
  private cellParagraphs(nodes: XmlNode[]): Paragraph[] {
    const out: Paragraph[] = [];
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'w:p') out.push(this.readParagraph(node));
      else if (tag === 'w:tbl' || tag === 'w:tr' || tag === 'w:tc' || TRANSPARENT.has(tag)) {
        out.push(...this.cellParagraphs(childrenOf(node)));
      }
    }
    return out;
  }

  private table(nodes: XmlNode[]): void {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'w:tr') this.row(childrenOf(node));
      else if (TRANSPARENT.has(tag)) this.table(childrenOf(node));
    }
  }

  private row(nodes: XmlNode[]): void {
    const cells: Cell[] = [];
    const rowProps = childrenOf(find(nodes, 'w:trPr') ?? {});
    const where = `第 ${this.paragraph + 1} 段起的表格行`;
    // Spans are numbers from the file: checked before a single padding cell is made for them.
    const skippedBefore = this.budget.span(Number(attribute(find(rowProps, 'w:gridBefore') ?? {}, 'w:val') ?? 0) || 0, where);
    const pendingEmpty = (): Cell => ({ text: '', line: this.paragraph + 1, endLine: this.paragraph + 1 });
    for (let i = 0; i < skippedBefore; i++) cells.push(pendingEmpty());
    for (const cell of this.rowCells(nodes)) {
      const props = childrenOf(find(childrenOf(cell), 'w:tcPr') ?? {});
      const span = Math.max(1, this.budget.span(Number(attribute(find(props, 'w:gridSpan') ?? {}, 'w:val') ?? 1) || 1, where));
      if (cells.length + span > this.budget.limits.cellsPerRow) this.budget.addCells(cells.length + span, where);
      // A merged continuation shows as an empty cell, as in the text export. w:hMerge is
      // the pre-2007 way of writing a horizontal merge: the continuing cell is still there.
      const continuation = (['w:vMerge', 'w:hMerge'] as const).some((tag) => {
        const merge = find(props, tag);
        return merge !== undefined && attribute(merge, 'w:val') !== 'restart';
      });
      const paragraphs = this.cellParagraphs(childrenOf(cell));
      const line = paragraphs[0]?.line ?? this.paragraph;
      const endLine = paragraphs[paragraphs.length - 1]?.line ?? line;
      const text = continuation
        ? ''
        : paragraphs
            .map((p) => p.text)
            .join('\n')
            .replace(/\s+$/, '');
      cells.push({ text, line, endLine });
      // Pad a horizontally merged cell so later cells keep their grid column.
      for (let i = 1; i < span; i++) cells.push({ text: '', line, endLine });
    }
    if (cells.length === 0) return;
    this.budget.row(cells.length, where);
    this.blocks.push({
      kind: 'row',
      cells,
      line: Math.min(...cells.map((c) => c.line)),
      endLine: Math.max(...cells.map((c) => c.endLine)),
    });
  }

  private rowCells(nodes: XmlNode[]): XmlNode[] {
    return nodes.flatMap((n) => {
      const tag = tagOf(n);
      if (tag === 'w:tc') return [n];
      return TRANSPARENT.has(tag) ? this.rowCells(childrenOf(n)) : [];
    });
  }
}

export function readDocxBlocks(zip: BoundedZip, file: string, limits: ParseLimits): Block[] {
  if (!zip.has('word/document.xml')) throw new ReadError('FORMAT_BROKEN', file, `文件 ${file} 不是有效的 .docx（缺少 word/document.xml）`);
  const xml = guardXml(zip.readText('word/document.xml'), file, 'word/document.xml', limits);
  let root: XmlNode[];
  try {
    root = parser.parse(xml) as XmlNode[];
  } catch (error) {
    throw new ReadError('FORMAT_BROKEN', file, `文件 ${file} 的 word/document.xml 不是有效的 XML（${(error as Error).message}）`);
  }
  const document = find(root, 'w:document');
  const body = document ? find(childrenOf(document), 'w:body') : undefined;
  if (!body) throw new ReadError('FORMAT_BROKEN', file, `文件 ${file} 不是有效的 .docx（缺少 w:body）`);
  const walker = new DocxWalker(new CellBudget(file, limits));
  walker.body(childrenOf(body));
  return walker.blocks;
}
