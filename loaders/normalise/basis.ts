// Splits a 相关依据 cell into separate legal citations and reads each one's title,
// document number, article references and kind. Cells are written by hand: up to
// a handful of laws per cell, numbered (1、 1. 1． 1《) or not, separated by ；、，
// or line breaks, sometimes with the article text itself quoted after the title.
import type { BasisCitation, BasisKind } from '../../domain/records';

/** Citation numbering: `1、` `2.` `3．` or a bare number glued to 《. */
const NUMBER_MARKER = /^(\d{1,2})\s*(?:[、.．](?!\d)|(?=\s*《))/;
/** A marker only counts after one of these (or at the start): keeps 第5条, 〔2011〕46号 out. */
const MARKER_MAY_FOLLOW = /[\s；;。，,、）)》]/;
/** Chinese-numeral numbering only at the start of a line: inside quoted article text it is prose. */
const CHINESE_MARKER = /^[一二三四五六七八九十]{1,3}、/;
const HARD_SEPARATOR = /[；;]/;

/** 湘政发〔2011〕46号 and its bracket/width variants: (2011) [2011] 【2011】 ﹝2011﹞ ［2011］. */
const BRACKETED_NUMBER = /([\u4e00-\u9fa5A-Za-z]{0,12})\s*[〔[【(（﹝［]\s*((?:19|20)\d{2})\s*[〕\]】)）﹞］]\s*第?\s*(\d+)\s*号/;
/** Orders: 国务院令第250号, 商务部令2012年第9号, 国务院、中央军委令第602号, 主席令第七十一号. */
const BRACKETED_NUMBER_AT_START = new RegExp(`^${BRACKETED_NUMBER.source}`);
/** What precedes a bare number in running text and is not its issuer: 》的通知湘办〔2013〕39号. */
const NOT_ISSUER = /^.*(通知|意见|决定|办法|规定|的)/;
const ORDER_NUMBER =
  /((?:中华人民共和国)?[\u4e00-\u9fa5、]{1,40}?令)\s*(?:((?:19|20)\d{2})\s*年\s*)?第?\s*([\d一二三四五六七八九十百零〇]+)\s*号/;
const ARTICLE = /^第[\d一二三四五六七八九十百千零〇两]+[编章节条款项目]?/;
const ARTICLE_JOINER = /^\s*[、，,和及与或]?\s*/;
/** Words that, right before a 《, mean the title is mentioned inside quoted text, not cited. */
const MENTION_LEAD = /(依照|依据|根据|按照|违反|参照|执行|适用|依)\s*$/;

const STAFFING = /三定|主要职责.{0,4}内设机构|人员编制规定|机构编制委员会/;
const LOCAL_IMPLEMENTING_MEASURES = /^.{0,10}(省|市|自治区)实施.+办法$/;
const LAW_TITLE = /(?<!办)法$/;
const REGULATION_TITLE = /条例$/;
const RULE_TITLE = /(规定|办法|细则|规则|规程)$/;
const NORMATIVE_TITLE = /(通知|意见|决定|方案|纲要|目录|条件|标准|公告|批复|函|通告|规划|计划|指南|要点|制度|基准|精神)$/;
/** A title-less citation still names a document when it reads like 某某关于……的通知. */
const UNBRACKETED_TITLE = /关于.+(通知|意见|决定|规定|办法|批复|函|方案|纪要|报告|通报)$/;
/** 《城区供水水质管理规定（建设部令第156号）》: the number belongs in docNumber, not in the title. */
const EMBEDDED_NUMBER = /\s*[（(][^（）()]*号[^（）()]{0,3}[）)]$/;
const TRAILING_QUALIFIER = /[（(][^（）()]{1,6}[）)]$/;

const LEADING_NOISE = /^[\s、，,；;。.]+/;
const TRAILING_NOISE = /[\s、，,；;。]+$/;

interface Span {
  start: number;
  end: number;
}

interface TitleSpan extends Span {
  /** False for a title whose 《 was never written (退役士兵安置条例》…): it starts the piece. */
  opened: boolean;
}

/** Fullwidth digits and dot become ASCII, one char for one char, so offsets stay valid for `raw`. */
function foldWidth(text: string): string {
  return text.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Top-level 《…》 spans (inner 《》 count as nesting). An unclosed 《 runs to `end: -1`. */
function findTitles(text: string): TitleSpan[] {
  const spans: TitleSpan[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '《') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === '》' && depth > 0) {
      depth--;
      if (depth === 0) spans.push({ start, end: i + 1, opened: true });
    } else if (c === '》' && spans.length === 0) {
      spans.push({ start: 0, end: i + 1, opened: false });
    }
  }
  if (depth > 0) spans.push({ start, end: -1, opened: true });
  return spans;
}

/** Offsets where a new citation starts because of numbering or a ；, outside titles and parentheses. */
function hardBreaks(text: string): number[] {
  const breaks: number[] = [];
  let depth = 0;
  let parens = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '《') depth++;
    else if (c === '》' && depth > 0) depth--;
    else if (c === '（' || c === '(') parens++;
    else if ((c === '）' || c === ')') && parens > 0) parens--;
    // An unclosed parenthesis must not swallow the rest of the cell: it ends with its line.
    else if (c === '\n') parens = 0;
    if (depth > 0 || parens > 0) continue;
    if (HARD_SEPARATOR.test(c)) {
      breaks.push(i + 1);
      continue;
    }
    const prev = i === 0 ? '' : text[i - 1];
    const atLineStart = i === 0 || prev === '\n';
    const rest = text.slice(i, i + 8);
    if (/\d/.test(c) && (i === 0 || MARKER_MAY_FOLLOW.test(prev)) && NUMBER_MARKER.test(rest)) breaks.push(i);
    else if (/\d/.test(c) && !/[\d第〔[【(（﹝［]/.test(prev) && /^\d{1,2}\s*《/.test(rest)) breaks.push(i);
    else if (atLineStart && CHINESE_MARKER.test(rest)) breaks.push(i);
  }
  return breaks;
}

/** Where the article references after a title begin: past a parenthesised or bare document number. */
function articlesStart(text: string, from: number): number {
  let pos = from;
  const skipSpace = (): void => {
    while (pos < text.length && /[^\S\n]/.test(text[pos])) pos++;
  };
  skipSpace();
  const bare = text.slice(pos).match(BRACKETED_NUMBER_AT_START);
  if (bare) pos += bare[0].length;
  // Up to two short groups: （2012修正本）（国务院令第628号）. A group that opens with an
  // article (《…》（第三十五条 严禁……）) holds the cited article itself: read it there.
  for (let group = 0; group < 2; group++) {
    skipSpace();
    if (text[pos] !== '（' && text[pos] !== '(') break;
    const inside = text.slice(pos + 1).replace(/^[^\S\n]*/, '');
    if (ARTICLE.test(inside)) return text.length - inside.length;
    const close = text.slice(pos, pos + 60).search(/[）)]/);
    if (close <= 0) break;
    pos += close + 1;
  }
  skipSpace();
  return pos;
}

/** End of what trails a title: a document number, then article references. */
function tailEnd(text: string, from: number): number {
  const start = articlesStart(text, from);
  return start + articleRun(text.slice(start)).length;
}

/** The article references at the very start of `text`, e.g. 第三条第三款、第五条 → consumed text. */
function articleRun(text: string): string {
  let pos = 0;
  let consumed = 0;
  for (;;) {
    const joiner = consumed === 0 ? '' : (text.slice(pos).match(ARTICLE_JOINER)?.[0] ?? '');
    const article = text.slice(pos + joiner.length).match(ARTICLE);
    if (!article) return text.slice(0, consumed);
    pos += joiner.length + article[0].length;
    consumed = pos;
  }
}

/** Article references as written; consecutive parts (第三条第三款) stay one reference. */
function readArticles(text: string): string[] {
  const run = articleRun(text);
  if (!run) return [];
  return run
    .split(/[、，,和及与或\s]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Splits a piece holding several top-level titles at the end of each title's tail. */
function splitAtTitles(text: string, offset: number): Span[] {
  const titles = findTitles(text);
  const spans: Span[] = [];
  let start = 0;
  for (let k = 1; k < titles.length; k++) {
    const previous = titles[k - 1];
    if (previous.end < 0) break;
    const boundary = Math.min(tailEnd(text, previous.end), titles[k].start);
    if (MENTION_LEAD.test(text.slice(boundary, titles[k].start))) continue;
    spans.push({ start: offset + start, end: offset + boundary });
    start = boundary;
  }
  spans.push({ start: offset + start, end: offset + text.length });
  return spans;
}

function cleanTitle(title: string): string {
  return title
    .replace(/[《<＜]/g, '〈')
    .replace(/[》>＞]/g, '〉')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^中华人民共和国/, '')
    .replace(EMBEDDED_NUMBER, '');
}

/** Normalises every bracket/width variant of a document number to 湘政发〔2011〕46号. */
export function normaliseDocNumber(text: string): string | null {
  const folded = foldWidth(text);
  const bracketed = folded.match(BRACKETED_NUMBER);
  if (bracketed) return `${bracketed[1].replace(NOT_ISSUER, '')}〔${bracketed[2]}〕${bracketed[3]}号`;
  const order = folded.match(ORDER_NUMBER);
  if (order) {
    const issuer = order[1].replace(/^中华人民共和国/, '');
    return `${issuer}${order[2] ? `${order[2]}年` : ''}第${order[3]}号`;
  }
  return null;
}

interface TitleFound {
  title: string | null;
  /** Where the title's text ends in the piece (0 when there is none). */
  end: number;
}

function readTitle(text: string): TitleFound {
  const [first] = findTitles(text);
  if (first && first.end > 0) {
    const title = text.slice(first.opened ? first.start + 1 : first.start, first.end - 1);
    return { title: cleanTitle(title.replace(LEADING_NOISE, '')), end: first.end };
  }
  if (first) {
    // Unclosed 《: the title stops where its number or article text begins.
    const body = text.slice(first.start + 1);
    const stop = body.search(/[（(\n]|第[\d一二三四五六七八九十百]+[条款项]/);
    const title = stop < 0 ? body : body.slice(0, stop);
    return { title: cleanTitle(title) || null, end: first.start + 1 + title.length };
  }
  const beforeNumber = text.split(/[（(]/)[0].trim();
  if (beforeNumber.length <= 80 && UNBRACKETED_TITLE.test(beforeNumber)) {
    return { title: cleanTitle(beforeNumber), end: text.indexOf(beforeNumber) + beforeNumber.length };
  }
  return { title: null, end: 0 };
}

export function classifyBasis(title: string | null, docNumber: string | null, text: string): BasisKind {
  if (STAFFING.test(text)) return 'staffing';
  const isOrder = docNumber !== null && docNumber.includes('令');
  const isNumbered = docNumber !== null && !isOrder;
  const bare = title?.replace(TRAILING_QUALIFIER, '') ?? null;
  if (bare) {
    // 省政府令 implementing measures are government rules; without an order they are local regulations.
    if (isOrder && RULE_TITLE.test(bare)) return 'rule';
    if (LOCAL_IMPLEMENTING_MEASURES.test(bare)) return 'regulation';
    if (REGULATION_TITLE.test(bare)) return 'regulation';
    if (LAW_TITLE.test(bare)) return 'law';
    if (RULE_TITLE.test(bare)) return isNumbered ? 'normative' : 'rule';
    if (NORMATIVE_TITLE.test(bare)) return 'normative';
  }
  if (isOrder) return 'rule';
  if (isNumbered) return 'normative';
  return 'unknown';
}

function buildCitation(raw: string): BasisCitation {
  const folded = foldWidth(raw);
  const { title, end } = readTitle(folded);
  const tail = folded.slice(end, tailEnd(folded, end));
  const docNumber = normaliseDocNumber(tail) ?? normaliseDocNumber(folded);
  return {
    raw,
    title,
    docNumber,
    articles: readArticles(folded.slice(articlesStart(folded, end))),
    kind: classifyBasis(title, docNumber, folded),
  };
}

/** Drops the numbering and separators around one citation's text. */
function trimCitation(text: string): string {
  return text
    .replace(LEADING_NOISE, '')
    .replace(/^(?:\d{1,2}\s*[、.．]?(?=\s*\D)|[一二三四五六七八九十]{1,3}、)\s*/, '')
    .replace(LEADING_NOISE, '')
    .replace(TRAILING_NOISE, '');
}

export function parseBasisCell(raw: string): BasisCitation[] {
  const folded = foldWidth(raw);
  const cuts = [0, ...hardBreaks(folded), folded.length];
  const spans: Span[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    if (cuts[i + 1] <= cuts[i]) continue;
    spans.push(...splitAtTitles(folded.slice(cuts[i], cuts[i + 1]), cuts[i]));
  }
  const citations: BasisCitation[] = [];
  for (const span of spans) {
    const text = trimCitation(raw.slice(span.start, span.end));
    if (!text) continue;
    const citation = buildCitation(text);
    const previous = citations[citations.length - 1];
    // A fragment naming no document (prose of a quoted article, a stray number) belongs to the citation before it.
    if (previous && citation.title === null && citation.docNumber === null) {
      citations[citations.length - 1] = { ...previous, raw: `${previous.raw}\n${text}` };
      continue;
    }
    citations.push(citation);
  }
  return citations;
}
