// 事中事后监管制度 section → SupervisionRule records: the paragraphs under each heading,
// with the heading path from the section down, e.g.
//   ["事中事后监管制度", "（二）行政处罚裁量权规范", "三、标准规范"].
//
// Numbering styles differ between documents (（一）/一、/1./（1）) and are nested in
// different orders, so a style's level is the order in which it first appears as a
// heading in the section. A heading is short and does not end a sentence; a numbered
// line ending in 。or ； is a list item and stays in the text.
import type { Block } from '../blocks';
import type { SupervisionRule } from '../../domain/records';
import { HEADING_NUMBER, HEADING_TEXT, NOISE_LINE, OUTLINE_STYLES, PLACEHOLDER, PROSE_PUNCTUATION } from '../rules';
import { report, sourceRef, type ParseContext } from './context';
import { declaredName } from './headings';
import { clean } from './text';

interface Numbered {
  style: string;
  ordinal: number;
}

const CN_DIGITS = '一二三四五六七八九';

/** 一 → 1, 十 → 10, 十二 → 12, 二十三 → 23; arabic digits as they are. */
function ordinalOf(token: string): number {
  if (/^\d+$/.test(token)) return Number(token);
  const ten = token.indexOf('十');
  if (ten < 0) return CN_DIGITS.indexOf(token) + 1;
  const tens = ten === 0 ? 1 : CN_DIGITS.indexOf(token[0]) + 1;
  const units = ten === token.length - 1 ? 0 : CN_DIGITS.indexOf(token[ten + 1]) + 1;
  return tens * 10 + units;
}

function numbering(text: string): Numbered | null {
  if (!HEADING_TEXT.test(text)) return null;
  for (const { style, pattern } of OUTLINE_STYLES) {
    const m = pattern.exec(text);
    if (m) return { style, ordinal: ordinalOf(m[1]) };
  }
  return null;
}

interface Frame extends Numbered {
  text: string;
}

/** Documents switch between （2） and （三） for one level: such styles count as one family. */
const FAMILY: Record<string, string> = { 'paren-cn': 'paren', 'paren-num': 'paren', cn: 'plain', num: 'plain', bare: 'bare' };

/**
 * Where a numbered heading goes in the outline: beside the frame whose numbering it
 * continues ((一)→(二)); else as the first child of the deepest heading when it starts a
 * new run (一、 or a nested (一)); else beside the outermost heading of its style.
 * When it continues two frames (a nested (一) and the outer (一)), the heading that
 * opens a fresh run right after it (一、…) shows it is the outer one.
 */
function place(stack: Frame[], heading: Frame, nextOpensRun: boolean): Frame[] {
  const continues = (sameStyle: boolean) =>
    stack
      .map((f, depth) => ({ f, depth }))
      .filter(
        ({ f }) => (sameStyle ? f.style === heading.style : FAMILY[f.style] === FAMILY[heading.style]) && f.ordinal === heading.ordinal - 1,
      )
      .map(({ depth }) => depth);
  const candidates = continues(true).length > 0 ? continues(true) : continues(false);
  if (candidates.length > 0) {
    const depth = nextOpensRun ? candidates[0] : candidates[candidates.length - 1];
    return [...stack.slice(0, depth), heading];
  }
  if (heading.ordinal <= 1 || !stack.some((f) => f.style === heading.style)) return [...stack, heading];
  const outer = stack.findIndex((f) => f.style === heading.style);
  return [...stack.slice(0, outer), heading];
}

function blockText(block: Block): string {
  if (block.kind === 'text') return clean(block.text);
  return block.cells
    .map((c) => clean(c.text))
    .filter(Boolean)
    .join('\t');
}

export function parseSupervision(heading: string, blocks: Block[], ctx: ParseContext, headingLine: number): SupervisionRule[] {
  const root = heading.replace(HEADING_NUMBER, '').trim();
  const rules: SupervisionRule[] = [];
  let stack: Frame[] = [];
  let paragraphs: string[] = [];
  let first = 0;
  let last = 0;

  const flush = (): void => {
    if (paragraphs.length > 0) {
      rules.push({ path: [root, ...stack.map((f) => f.text)], text: paragraphs.join('\n'), source: sourceRef(ctx, first, last) });
    }
    paragraphs = [];
  };

  const lines = blocks
    .map((block) => ({ block, text: blockText(block) }))
    .filter(({ block, text }) => text && !NOISE_LINE.test(text) && !PLACEHOLDER.test(text) && declaredName(block) === null);
  // A table of contents ((一)规范案件查处 / (二)行政处罚裁量权规范, then the same headings
  // again with their text) would nest the real outline under its last entry: drop it.
  const key = (t: string): string => t.replace(/[（(]/g, '(').replace(/[）)]/g, ')').replace(/\s+/g, '');
  const numbered = lines.map(({ text }) => numbering(text));
  const lastIndexOf = new Map<string, number>();
  lines.forEach(({ text }, i) => {
    if (numbered[i] !== null) lastIndexOf.set(key(text), i);
  });
  /** Ordinal of the next numbered heading after each line (null at the end). */
  const nextOrdinal: (number | null)[] = new Array<number | null>(lines.length).fill(null);
  for (let i = lines.length - 2; i >= 0; i--) nextOrdinal[i] = numbered[i + 1]?.ordinal ?? nextOrdinal[i + 1];
  const toc = new Set<number>();
  lines.forEach(({ text }, i) => {
    const isEntry = numbered[i] !== null && (i + 1 === lines.length || numbered[i + 1] !== null);
    if (isEntry && (lastIndexOf.get(key(text)) ?? i) > i) toc.add(i);
  });

  for (const [i, { block, text }] of lines.entries()) {
    if (toc.has(i)) continue;
    const outline = numbered[i];
    // An unnumbered short line without punctuation opening the section is its sub-heading
    // (对属地管理的行政执法职权的监督检查).
    const bareOpening =
      outline === null &&
      rules.length === 0 &&
      paragraphs.length === 0 &&
      stack.length === 0 &&
      text.length <= 30 &&
      !PROSE_PUNCTUATION.test(text);
    if (outline !== null || bareOpening) {
      flush();
      stack = place(stack, { ...(outline ?? { style: 'bare', ordinal: 0 }), text }, nextOrdinal[i] === 1);
      continue;
    }
    if (paragraphs.length === 0) first = block.line;
    paragraphs.push(text);
    last = block.endLine;
  }
  flush();
  if (rules.length === 0) report(ctx, 'info', 'SECTION_EMPTY', headingLine, `“${root}”一节没有内容`, heading);
  return rules;
}
